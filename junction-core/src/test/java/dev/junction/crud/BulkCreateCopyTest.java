package dev.junction.crud;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.ForeignKeyConstraintException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.UniqueConstraintException;
import dev.junction.annotation.Column;
import dev.junction.annotation.Json;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * bulkCreate's bulk path: on PostgreSQL, rows that give their keys are loaded with one {@code COPY … FROM STDIN};
 * on every database the rows arrive exactly as given, violations are the typed exceptions they always were and
 * leave nothing behind, and batches beyond the bind-parameter limit are written whole.
 */
class BulkCreateCopyTest {
    enum Mood { HAPPY, GRUMPY }

    /** One property of every type; ids are given, so that the rows may take the bulk path. */
    record Sample(Long id, @Column(length = 80) String name, @Column(text = true) String body, Integer count,
                  Long big, Double ratio, @Column(precision = 15, scale = 3) BigDecimal price, Boolean active,
                  Instant at, OffsetDateTime offsetAt, LocalDateTime localAt, LocalDate day, UUID uuid, byte[] data,
                  Mood mood, @Json Map<String, Object> payload) {
    }

    record User(Long id, String username) {
    }

    record Show(Long id, String title) {
    }

    private static final List<String> TEXTS = Arrays.asList("tab\there", "new\nline", "cr\r\nlf", "quote ' \" `",
            "back\\slash \\N \\. \\t", "comma, semi; pipe|", "unicode 🦀 é ü 日本", "", null, "\\.", "trailing ",
            "\\", "NULL", "\\N");

    private final List<String> statements = new CopyOnWriteArrayList<>();

    private Junction open(TestTarget target) {
        return target.open(b -> b.listener((sql, parameters, nanos) -> statements.add(sql)));
    }

    private long copies() {
        return statements.stream().filter(s -> s.startsWith("COPY ")).count();
    }

    private static Sample sample(long i) {
        int k = (int) i;
        String text = TEXTS.get(k % TEXTS.size());
        boolean nulls = k % 7 == 3;
        byte[] data = new byte[k % 5 == 0 ? 0 : 256];
        for (int b = 0; b < data.length; b++) data[b] = (byte) (b + k);
        return new Sample(i, text, text == null ? null : String.join("", TEXTS.subList(0, 8)).repeat(k % 3 + 1) + k,
                nulls ? null : new int[] {Integer.MIN_VALUE, 0, -1, Integer.MAX_VALUE}[k % 4],
                nulls ? null : new long[] {Long.MIN_VALUE, 5_000_000_000L, Long.MAX_VALUE}[k % 3],
                nulls ? null : new double[] {0.1 + 0.2, 1.0E-300, -2.5, 123456.789, 1.0E300, -1.0E-10}[k % 6],
                nulls ? null : new BigDecimal(new String[] {"12345678.912", "-0.001", "0", "7.5"}[k % 4]),
                nulls ? null : k % 2 == 0,
                nulls ? null : new Instant[] {Instant.parse("2024-02-29T23:59:58.123456789Z"),
                        Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999Z")}[k % 3],
                nulls ? null : OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 6_789 * k, ZoneOffset.ofHoursMinutes(5, 30)),
                nulls ? null : LocalDateTime.of(2024, 12, 31, 23, 59, 59, k % 2 == 0 ? 0 : 123_456_789),
                nulls ? null : new LocalDate[] {LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
                        LocalDate.of(2024, 2, 29)}[k % 3],
                nulls ? null : new UUID(k, -k),
                nulls ? null : data,
                nulls ? null : Mood.values()[k % 2],
                nulls ? null : Map.of("text", text == null ? "none" : text, "list", List.of("a\tb", "c\\d")));
    }

    /** What the database stores for {@code s}: micros, UTC, the declared scale; bytes as hex to compare. */
    private static List<Object> stored(Sample s) {
        return Arrays.asList(s.id(), s.name(), s.body(), s.count(), s.big(), s.ratio(),
                s.price() == null ? null : s.price().setScale(3),
                s.active(), s.at() == null ? null : s.at().truncatedTo(ChronoUnit.MICROS),
                s.offsetAt() == null ? null : s.offsetAt().toInstant().truncatedTo(ChronoUnit.MICROS),
                s.localAt() == null ? null : s.localAt().truncatedTo(ChronoUnit.MICROS), s.day(), s.uuid(),
                s.data() == null ? null : HexFormat.of().formatHex(s.data()), s.mood(), s.payload());
    }

    private static List<Object> read(Sample s) {
        List<Object> values = stored(s);
        if (s.offsetAt() != null) values.set(9, s.offsetAt().toInstant());
        return values;
    }

    @DialectTest
    void everyTypeRoundTripsExactlyThroughTheBulkPath(TestTarget target) {
        Junction db = open(target);
        Model<Sample> samples = db.define(Sample.class);
        db.sync();
        List<Sample> given = new ArrayList<>();
        for (long i = 1; i <= 120; i++) given.add(sample(i));

        samples.bulkCreate(given);

        List<Sample> back = samples.findAll(Query.all().order(Order.asc("id")));
        assertThat(back).hasSize(given.size());
        for (int i = 0; i < given.size(); i++) {
            assertThat(read(back.get(i))).as("row %d", i + 1).isEqualTo(stored(given.get(i)));
        }
        assertThat(copies()).isEqualTo(target.backend() == Backend.POSTGRESQL ? 1 : 0);
    }

    @DialectTest
    void explicitKeysMoveTheKeyGeneratorPastThem(TestTarget target) {
        Junction db = open(target);
        Model<Sample> samples = db.define(Sample.class);
        db.sync();
        List<Sample> given = new ArrayList<>();
        for (long i = 1; i <= 100; i++) given.add(sample(i));
        samples.bulkCreate(given);

        List<Sample> more = samples.bulkCreate(List.of(withoutId(sample(3)), withoutId(sample(4))));

        assertThat(more).extracting(Sample::id).containsExactly(101L, 102L);
    }

    private static Sample withoutId(Sample s) {
        return new Sample(null, s.name(), s.body(), s.count(), s.big(), s.ratio(), s.price(), s.active(), s.at(),
                s.offsetAt(), s.localAt(), s.day(), s.uuid(), s.data(), s.mood(), s.payload());
    }

    /** Users and shows 1…n each, and the join model. */
    private static Model<Row> favorites(Junction db, int n) {
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        shows.belongsToMany(users, through("UserFavorites"));
        db.sync();
        List<User> u = new ArrayList<>();
        List<Show> s = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
            u.add(new User(i, "user" + i));
            s.add(new Show(i, "show" + i));
        }
        users.bulkCreate(u);
        shows.bulkCreate(s);
        return db.model("UserFavorites");
    }

    private static List<Row> links(int users, int shows) {
        List<Row> rows = new ArrayList<>();
        for (long user = 1; user <= users; user++) {
            for (long show = 1; show <= shows; show++) rows.add(Row.of("UserId", user, "ShowId", show));
        }
        return rows;
    }

    @DialectTest
    void joinRowsBeyondTheBindParameterLimitAreWrittenWhole(TestTarget target) {
        Junction db = open(target);
        Model<Row> favorites = favorites(db, 200);
        List<Row> rows = links(200, 200); // 40,000 rows, 80,000 values: beyond 65,535 parameters

        statements.clear();
        List<Row> created = favorites.bulkCreate(rows);

        assertThat(created).hasSize(40_000);
        assertThat(favorites.count()).isEqualTo(40_000);
        if (target.backend() == Backend.POSTGRESQL) {
            assertThat(statements).filteredOn(s -> s.startsWith("INSERT")).isEmpty();
            assertThat(statements).contains("COPY \"UserFavorites\" (\"UserId\", \"ShowId\", \"createdAt\","
                    + " \"updatedAt\") FROM STDIN");
        }
    }

    @DialectTest
    void aDuplicateRowIsAUniqueViolationNamingItsColumnsAndNothingIsWritten(TestTarget target) {
        Junction db = open(target);
        Model<Row> favorites = favorites(db, 20);
        List<Row> rows = links(20, 20);
        rows.add(Row.of("UserId", 7L, "ShowId", 9L));
        statements.clear();

        assertThatThrownBy(() -> favorites.bulkCreate(rows)).isInstanceOf(UniqueConstraintException.class)
                .hasMessageContaining("UserFavorites")
                .satisfies(e -> assertThat(((UniqueConstraintException) e).columns())
                        .containsExactlyInAnyOrder("UserId", "ShowId"));
        assertThat(favorites.count()).isZero();
        assertThat(copies()).isEqualTo(target.backend() == Backend.POSTGRESQL ? 1 : 0);
    }

    @DialectTest
    void aRowReferringToNoRowIsAForeignKeyViolationAndNothingIsWritten(TestTarget target) {
        Junction db = open(target);
        Model<Row> favorites = favorites(db, 20);
        List<Row> rows = links(20, 20);
        rows.add(Row.of("UserId", 7L, "ShowId", 999L));
        statements.clear();

        assertThatThrownBy(() -> favorites.bulkCreate(rows)).isInstanceOf(ForeignKeyConstraintException.class)
                .hasMessageContaining("UserFavorites");
        assertThat(favorites.count()).isZero();
        assertThat(copies()).isEqualTo(target.backend() == Backend.POSTGRESQL ? 1 : 0);
    }

    @DialectTest
    void aFailureLaterInTheCallersTransactionUndoesTheBulkPath(TestTarget target) {
        Junction db = open(target);
        Model<Row> favorites = favorites(db, 20);

        assertThatThrownBy(() -> db.transaction(tx -> {
            favorites.bulkCreate(links(20, 20));
            long inside = favorites.count();
            if (inside == 400) throw new IllegalStateException("changed my mind after " + inside + " rows");
            return inside;
        })).hasMessageContaining("changed my mind after 400 rows");

        assertThat(favorites.count()).isZero();
    }

    @DialectTest
    void aFewRowsStayOneInsert(TestTarget target) {
        Junction db = open(target);
        Model<Row> favorites = favorites(db, 5);
        statements.clear();

        favorites.bulkCreate(links(5, 5));

        assertThat(copies()).isZero();
        assertThat(statements).filteredOn(s -> s.startsWith("INSERT")).hasSize(1);
    }

    @DialectTest
    void rowHooksAndValidatorsStillRunForEveryRow(TestTarget target) {
        Junction db = open(target);
        List<Long> created = new CopyOnWriteArrayList<>();
        db.define("Watch", m -> m.hooks(Row.class, h -> h
                .beforeValidate(r -> {
                    r.put("note", "seen " + r.get("ShowId"));
                    return r;
                })
                .afterCreate(r -> created.add((Long) r.get("ShowId"))))
                .attribute("note", dev.junction.schema.DataType.string(), a -> a.allowNull(false)));
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Watched").through("Watch"));
        db.sync();
        users.create(new User(1L, "alice"));
        List<Show> many = new ArrayList<>();
        for (long i = 1; i <= 60; i++) many.add(new Show(i, "show" + i));
        shows.bulkCreate(many);
        List<Row> rows = new ArrayList<>();
        for (long i = 1; i <= 60; i++) rows.add(Row.of("UserId", 1L, "ShowId", i));
        statements.clear();

        db.model("Watch").bulkCreate(rows);

        assertThat(created).hasSize(60).containsExactlyElementsOf(
                rows.stream().map(r -> (Long) r.get("ShowId")).toList());
        assertThat(db.model("Watch").findAll()).extracting(r -> r.get("note")).contains("seen 1", "seen 60")
                .doesNotContainNull();
        assertThat(copies()).isEqualTo(target.backend() == Backend.POSTGRESQL ? 1 : 0);
    }

    record Tag(Long id, String name) {
    }

    @DialectTest
    void rowsLeavingTheirKeysGetThemInOrderThroughTheBulkPath(TestTarget target) {
        Junction db = open(target);
        Model<Tag> tags = db.define(Tag.class, m -> m.timestamps(false));
        db.sync();
        tags.create(new Tag(null, "first"));
        List<Tag> given = new ArrayList<>();
        for (int i = 0; i < 300; i++) given.add(new Tag(null, String.format("tag%03d", i)));
        statements.clear();

        List<Tag> created = tags.bulkCreate(given);

        List<Tag> stored = tags.findAll(Query.all().order(Order.asc("name")));
        assertThat(created).extracting(Tag::name).containsExactlyElementsOf(given.stream().map(Tag::name).toList());
        assertThat(created).extracting(Tag::id).isSorted().doesNotHaveDuplicates().doesNotContainNull()
                .containsExactlyElementsOf(stored.stream().skip(1).map(Tag::id).toList());
        assertThat(created.get(0).id()).isGreaterThan(1L);
        assertThat(tags.create(new Tag(null, "last")).id()).isGreaterThan(created.get(299).id());
        assertThat(copies()).isEqualTo(target.backend() == Backend.POSTGRESQL ? 1 : 0);
    }

    @DialectTest
    void anIdentityColumnThatRefusesExplicitKeysKeepsTheInsert(TestTarget target) throws Exception {
        if (target.backend() != Backend.POSTGRESQL) return; // GENERATED ALWAYS: a PostgreSQL table made by hand
        Junction db = open(target);
        new dev.junction.testing.RawSql(target, db).script("CREATE TABLE \"Tags\" (\"id\" BIGINT GENERATED ALWAYS AS"
                + " IDENTITY PRIMARY KEY, \"name\" VARCHAR(255))");
        Model<Tag> tags = db.define(Tag.class, m -> m.timestamps(false));
        List<Tag> given = new ArrayList<>();
        for (int i = 0; i < 100; i++) given.add(new Tag(null, "tag" + i));

        List<Tag> created = tags.bulkCreate(given);

        assertThat(created).extracting(Tag::id).isSorted().doesNotContainNull().hasSize(100);
        assertThat(tags.count()).isEqualTo(100);
        assertThat(copies()).isZero();
    }

    @DialectTest
    void aStringWithANulCharacterTakesTheInsertAndFaresAsAnInsertWould(TestTarget target) {
        Junction db = open(target);
        Model<Tag> tags = db.define(Tag.class, m -> m.timestamps(false));
        db.sync();
        Throwable single = catchThrowable(() -> tags.create(new Tag(1_000L, "nul\u0000here")));
        List<Tag> given = new ArrayList<>();
        for (long i = 1; i <= 60; i++) given.add(new Tag(i, i == 30 ? "nul\u0000here" : "tag" + i));
        statements.clear();

        Throwable bulk = catchThrowable(() -> tags.bulkCreate(given));

        assertThat(bulk == null ? null : bulk.getClass()).isEqualTo(single == null ? null : single.getClass());
        assertThat(tags.count()).isEqualTo((single == null ? 1 : 0) + (bulk == null ? 60 : 0));
        assertThat(copies()).isZero();
    }
}
