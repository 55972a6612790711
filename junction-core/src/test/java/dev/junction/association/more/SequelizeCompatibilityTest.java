package dev.junction.association.more;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.SchemaException;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Linked;
import dev.junction.association.Through;
import dev.junction.schema.DatabaseSchema;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import dev.junction.testing.Topology;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A database made by Sequelize v6 for the lesson's models works with Junction unchanged, and Junction's own sync
 * of the same definitions makes an equivalent schema. The Sequelize side is {@link SequelizeSchema}.
 */
class SequelizeCompatibilityTest {
    record User(Integer id, String username) { }

    record Show(Integer id, String title) { }

    /** The lesson's models and associations, declared in Junction. */
    private record Lesson(Model<User> users, Model<Show> shows, BelongsToMany<User, Show> favorites,
                          BelongsToMany<Show, User> fans) {
        static Lesson define(Junction db) {
            Model<User> users = db.define(User.class);
            Model<Show> shows = db.define(Show.class);
            return new Lesson(users, shows, users.belongsToMany(shows, as("Favorites").through("UserFavorites")),
                    shows.belongsToMany(users, through("UserFavorites")));
        }
    }

    /** Sequelize's SQLite timestamps: {@code 2024-03-04 20:00:00.000 +00:00} (Junction writes microseconds). */
    private static final DateTimeFormatter SEQUELIZE_SQLITE = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 3, 6, true)
            .appendPattern(" xxx").toFormatter();

    private static final User ALICE = new User(1, "alice");
    private static final User BOB = new User(2, "bob");
    private static final Show DUNE = new Show(1, "Dune");
    private static final Show ARRIVAL = new Show(2, "Arrival");
    private static final Show SOLARIS = new Show(3, "Solaris");

    /** The target's database as Sequelize leaves it after sync and seeding; then the lesson defined in Junction. */
    private static Lesson sequelizeMade(TestTarget target, Junction db) throws Exception {
        RawSql raw = new RawSql(target, db);
        raw.script(SequelizeSchema.ddl(target.backend()).toArray(String[]::new));
        raw.script(SequelizeSchema.seed(target.backend()).toArray(String[]::new));
        return Lesson.define(db);
    }

    @DialectTest
    void junctionReadsWhatSequelizeWrote(TestTarget target) throws Exception {
        Junction db = target.open();
        Lesson lesson = sequelizeMade(target, db);

        assertThat(lesson.users().findAll()).containsExactlyInAnyOrder(ALICE, BOB);
        assertThat(lesson.favorites().get(ALICE)).containsExactlyInAnyOrder(DUNE, ARRIVAL);
        assertThat(lesson.fans().get(DUNE)).containsExactlyInAnyOrder(ALICE, BOB);
        assertThat(lesson.favorites().count(BOB)).isEqualTo(1);
        assertThat(lesson.favorites().has(ALICE, 1, 2)).isTrue();
        assertThat(lesson.fans().has(SOLARIS, ALICE)).isFalse();
    }

    @DialectTest
    void sequelizesTimestampsReadAsTheInstantsTheyWere(TestTarget target) throws Exception {
        Junction db = target.open();
        Lesson lesson = sequelizeMade(target, db);

        List<Linked<Show>> linked = lesson.favorites().getLinked(ALICE);

        assertThat(linked).extracting(l -> l.through().getInstant("createdAt"))
                .containsOnly(SequelizeSchema.SEEDED).hasSize(2);
        assertThat(db.model("User").findAll()).extracting(r -> r.getInstant("updatedAt"))
                .containsOnly(SequelizeSchema.SEEDED);
    }

    @DialectTest
    void junctionWritesNewRowsAndLinksIntoSequelizesTables(TestTarget target) throws Exception {
        Junction db = target.open();
        RawSql raw = new RawSql(target, db);
        Lesson lesson = sequelizeMade(target, db);
        Instant before = Instant.now().minusSeconds(1);

        User carol = lesson.users().create(new User(null, "carol"));
        lesson.favorites().add(carol, SOLARIS, DUNE);
        lesson.favorites().set(ALICE, List.of(SOLARIS, ARRIVAL));
        lesson.fans().remove(DUNE, BOB);
        Show created = lesson.favorites().create(BOB, new Show(null, "Stalker"));

        // 3 and 4 on one server; a Galera cluster steps generated keys by its node count, so there any later ones.
        if (Topology.current() == Topology.GALERA) {
            assertThat(carol.id()).as("the sequence Sequelize's inserts advanced").isGreaterThan(2);
            assertThat(created.id()).isGreaterThan(3);
        } else {
            assertThat(carol.id()).as("the sequence Sequelize's inserts advanced").isEqualTo(3);
            assertThat(created.id()).isEqualTo(4);
        }
        long c = carol.id();
        long s = created.id();
        assertThat(raw.rows("SELECT {UserId}, {ShowId} FROM {UserFavorites} ORDER BY {UserId}, {ShowId}"))
                .containsExactly("1|2", "1|3", "2|" + s, c + "|1", c + "|3");
        Instant after = Instant.now().plusSeconds(1);
        assertThat(lesson.favorites().getLinked(carol)).allSatisfy(l ->
                assertThat(l.through().getInstant("createdAt")).isBetween(before, after));
        assertThat(lesson.favorites().getLinked(ALICE)).extracting(l -> l.through().getInstant("createdAt"))
                .as("alice's kept link is untouched").contains(SequelizeSchema.SEEDED);
    }

    /**
     * Junction writes a link's timestamp as Sequelize reads it: PostgreSQL and H2 hold an absolute instant, MariaDB
     * a zone-less DATETIME in UTC, SQLite (no date type) the text form Sequelize writes.
     */
    @DialectTest
    void junctionWritesTimestampsAsSequelizeReadsThem(TestTarget target) throws Exception {
        Junction db = target.open();
        Lesson lesson = sequelizeMade(target, db);
        Instant before = Instant.now().minusSeconds(1);

        lesson.favorites().add(BOB, SOLARIS);

        Instant after = Instant.now().plusSeconds(1);
        try (Connection c = target.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(new RawSql(target, db).sql(
                     "SELECT {createdAt} FROM {UserFavorites} WHERE {ShowId} = 3"))) {
            assertThat(rs.next()).isTrue();
            Instant stored = switch (target.backend()) {
                case SQLITE -> {
                    String text = rs.getString(1);
                    assertThat(text).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3,6} \\+00:00");
                    yield OffsetDateTime.parse(text, SEQUELIZE_SQLITE).toInstant();
                }
                case MARIADB -> rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                case POSTGRESQL, H2 -> rs.getObject(1, OffsetDateTime.class).toInstant();
            };
            assertThat(stored).isBetween(before, after);
        }
    }

    @DialectTest
    void theJoinTableSeedsWithItsTimestampsFilled(TestTarget target) throws Exception {
        Junction db = target.open();
        Lesson lesson = sequelizeMade(target, db);

        db.model("UserFavorites").bulkCreate(List.of(Row.of("UserId", 2, "ShowId", 2),
                Row.of("UserId", 2, "ShowId", 3)));

        assertThat(lesson.favorites().get(BOB)).containsExactlyInAnyOrder(DUNE, ARRIVAL, SOLARIS);
        assertThat(lesson.favorites().getLinked(BOB)).allSatisfy(l ->
                assertThat(l.through().getInstant("updatedAt")).isNotNull());
    }

    @DialectTest
    void deletingAShowCascadesThroughSequelizesForeignKeys(TestTarget target) throws Exception {
        Junction db = target.open();
        Lesson lesson = sequelizeMade(target, db);

        lesson.shows().destroy(DUNE);

        assertThat(lesson.fans().count(DUNE)).isZero();
        assertThat(lesson.favorites().get(ALICE)).containsExactly(ARRIVAL);
        assertThat(db.model("UserFavorites").count()).isEqualTo(1);
    }

    /**
     * The lesson's {@code through: {model: 'Viewings', unique: false}}: Sequelize v6 keys the table by the pair and
     * has no {@code id}, so Junction's {@code unique(false)} (a surrogate id) does not fit it, and sync says so.
     */
    @DialectTest
    void sequelizesNonUniqueViewingsTableIsReportedWhenDeclaredWithASurrogateId(TestTarget target) throws Exception {
        Junction db = target.open();
        Lesson lesson = sequelizeMade(target, db);
        new RawSql(target, db).script(SequelizeSchema.viewings(target.backend()));
        lesson.users().belongsToMany(lesson.shows(), as("Watched").through(Through.of("Viewings").unique(false)));

        assertThatThrownBy(db::sync).isInstanceOf(SchemaException.class)
                .hasMessageContaining("Viewings (table Viewings)")
                .hasMessageContaining("the table has primary key (UserId, ShowId) and no column id")
                .hasMessageContaining("declare Through.of(\"Viewings\") (unique, the default) to use the table"
                        + " as it is")
                .hasMessageNotContaining("FORCE");
        assertThat(db.describe().table("Viewings").orElseThrow().columns()).hasSize(4);
    }

    /** Declared unique, the same Sequelize-made Viewings table is used as it is. */
    @DialectTest
    void sequelizesNonUniqueViewingsTableWorksDeclaredUnique(TestTarget target) throws Exception {
        Junction db = target.open();
        Lesson lesson = sequelizeMade(target, db);
        new RawSql(target, db).script(SequelizeSchema.viewings(target.backend()));
        BelongsToMany<User, Show> watched = lesson.users().belongsToMany(lesson.shows(),
                as("Watched").through(Through.of("Viewings")));

        assertThat(db.sync().statements()).isEmpty();
        watched.add(ALICE, DUNE, SOLARIS);
        watched.add(ALICE, DUNE);

        assertThat(watched.get(ALICE)).containsExactlyInAnyOrder(DUNE, SOLARIS);
    }

    @DialectTest
    void syncLeavesASequelizeDatabaseAlone(TestTarget target) throws Exception {
        Junction db = target.open();
        sequelizeMade(target, db);
        List<String> before = shape(db.describe());

        assertThat(db.sync().statements()).isEmpty();

        assertThat(shape(db.describe())).isEqualTo(before);
    }

    @DialectTest
    void junctionsOwnSyncMakesAnEquivalentSchema(TestTarget target) throws Exception {
        Junction sequelized = target.open();
        sequelizeMade(target, sequelized);
        try (TestTarget fresh = new TestTarget(target.backend())) {
            Junction db = fresh.open();
            Lesson.define(db);
            db.sync();

            assertThat(shape(db.describe())).isEqualTo(shape(sequelized.describe()));
        }
    }

    /**
     * A schema as this comparison sees it: one line per column (name, type family, nullability, generated),
     * primary key, unique constraint and foreign key (columns, referenced table and columns, actions), sorted.
     * Left out on purpose, because they differ without consequence:
     * <ul>
     * <li>column order — Sequelize puts a join table's timestamps before its keys, Junction after;</li>
     * <li>type spelling and precision — e.g. PostgreSQL {@code serial} vs {@code int4}, MariaDB {@code DATETIME}
     * vs Junction's {@code DATETIME(6)} (Junction keeps microseconds; both read and write the same instants);
     * a string's length is kept, as it limits what fits;</li>
     * <li>constraint names — Sequelize leaves foreign keys unnamed, so each database names them
     * ({@code UserFavorites_ibfk_1} on MariaDB, none on SQLite); Junction names them as PostgreSQL does
     * ({@code UserFavorites_UserId_fkey}) everywhere;</li>
     * <li>column defaults — PostgreSQL reports SERIAL's {@code nextval(…)}; auto-increment is compared instead.</li>
     * </ul>
     */
    private static List<String> shape(DatabaseSchema schema) {
        List<String> lines = new ArrayList<>();
        for (DatabaseSchema.Table t : schema.tables()) {
            for (DatabaseSchema.Column c : t.columns()) {
                String family = family(c.typeName());
                lines.add(t.name() + " column " + c.name() + " " + family
                        + (family.equals("string") ? "(" + c.size() + ")" : "")
                        + (c.nullable() ? " null" : " not null") + (c.autoIncrement() ? " generated" : ""));
            }
            lines.add(t.name() + " primary key " + t.primaryKey());
            t.uniqueConstraints().forEach(u -> lines.add(t.name() + " unique " + u.columns()));
            t.foreignKeys().forEach(f -> lines.add(t.name() + " foreign key " + f.columns() + " references "
                    + f.referencedTable() + f.referencedColumns() + " on delete " + f.onDelete() + " on update "
                    + f.onUpdate()));
        }
        lines.sort(null);
        return lines;
    }

    /** A database's type name as a family: integer, string or timestamp (else as it is). */
    private static String family(String typeName) {
        String type = typeName.toLowerCase(Locale.ROOT).replaceAll("\\(.*\\)", "").trim();
        if (type.contains("int") || type.contains("serial")) return "integer";
        if (type.contains("char") || type.contains("text")) return "string";
        if (type.contains("time") || type.contains("date")) return "timestamp";
        return type;
    }
}
