package dev.junction.pull;

import static dev.junction.pull.PulledClasses.named;
import static dev.junction.pull.PulledClasses.value;
import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.ValidationException;
import dev.junction.annotation.Column;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Linked;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code db:pull} on a schema made by hand: a self-reference, two keys to one table, a hasOne through a unique key,
 * a composite unique key, a join table with a column of its own, timestamps on one table only, snake_case tables,
 * indexes (one of a default name, one not).
 */
class ModelPullerTest {
    @TempDir
    Path dir;

    private static String timestamp(Backend backend) {
        return switch (backend) {
            case MARIADB -> "DATETIME(6)";
            case SQLITE -> "DATETIME";
            default -> "TIMESTAMP WITH TIME ZONE";
        };
    }

    /**
     * The schema, and a few rows: Ann mentors Bob, who follows her; Ann has a passport; Ann plays for the Gulls as
     * captain.
     */
    private static Junction handMade(TestTarget target) throws Exception {
        Junction db = target.open();
        RawSql raw = new RawSql(target, db);
        String ts = timestamp(target.backend());
        raw.script(
                raw.sql("CREATE TABLE {Teams} ({id} INTEGER NOT NULL PRIMARY KEY, {name} VARCHAR(40) NOT NULL,"
                        + " {city} VARCHAR(255), UNIQUE ({name}, {city}))"),
                raw.sql("CREATE TABLE {people} ({id} INTEGER NOT NULL PRIMARY KEY, {full_name} VARCHAR(80) NOT NULL,"
                        + " {mentor_id} INTEGER, FOREIGN KEY ({mentor_id}) REFERENCES {people} ({id})"
                        + " ON DELETE SET NULL ON UPDATE CASCADE)"),
                raw.sql("CREATE TABLE {Matches} ({id} INTEGER NOT NULL PRIMARY KEY, {homeTeamId} INTEGER NOT NULL,"
                        + " {awayTeamId} INTEGER NOT NULL, {score} DECIMAL(10, 3), {createdAt} " + ts + " NOT NULL,"
                        + " {updatedAt} " + ts + " NOT NULL,"
                        + " FOREIGN KEY ({homeTeamId}) REFERENCES {Teams} ({id}) ON DELETE CASCADE ON UPDATE CASCADE,"
                        + " FOREIGN KEY ({awayTeamId}) REFERENCES {Teams} ({id}) ON DELETE CASCADE ON UPDATE CASCADE)"),
                raw.sql("CREATE TABLE {passports} ({id} INTEGER NOT NULL PRIMARY KEY, {number} VARCHAR(20) NOT NULL,"
                        + " {person_id} INTEGER UNIQUE,"
                        + " FOREIGN KEY ({person_id}) REFERENCES {people} ({id}) ON DELETE CASCADE ON UPDATE CASCADE)"),
                raw.sql("CREATE TABLE {memberships} ({person_id} INTEGER NOT NULL, {team_id} INTEGER NOT NULL,"
                        + " {role} VARCHAR(30), PRIMARY KEY ({person_id}, {team_id}),"
                        + " FOREIGN KEY ({person_id}) REFERENCES {people} ({id}) ON DELETE CASCADE ON UPDATE CASCADE,"
                        + " FOREIGN KEY ({team_id}) REFERENCES {Teams} ({id}) ON DELETE CASCADE ON UPDATE CASCADE)"),
                raw.sql("CREATE TABLE {follows} ({follower_id} INTEGER NOT NULL, {following_id} INTEGER NOT NULL,"
                        + " PRIMARY KEY ({follower_id}, {following_id}),"
                        + " FOREIGN KEY ({follower_id}) REFERENCES {people} ({id}) ON DELETE CASCADE ON UPDATE CASCADE,"
                        + " FOREIGN KEY ({following_id}) REFERENCES {people} ({id}) ON DELETE CASCADE"
                        + " ON UPDATE CASCADE)"),
                raw.sql("CREATE INDEX {Teams_city_idx} ON {Teams} ({city})"),
                raw.sql("CREATE INDEX {matches_score_created_at} ON {Matches} ({score}, {createdAt})"),
                raw.sql("INSERT INTO {Teams} ({id}, {name}, {city}) VALUES (1, 'Gulls', 'Brighton'),"
                        + " (2, 'Crabs', NULL)"),
                raw.sql("INSERT INTO {people} ({id}, {full_name}, {mentor_id}) VALUES (1, 'Ann', NULL), (2, 'Bob', 1)"),
                raw.sql("INSERT INTO {passports} ({id}, {number}, {person_id}) VALUES (1, 'P-1', 1)"),
                raw.sql("INSERT INTO {follows} ({follower_id}, {following_id}) VALUES (2, 1)"),
                raw.sql("INSERT INTO {memberships} ({person_id}, {team_id}, {role}) VALUES (1, 1, 'captain'),"
                        + " (2, 1, NULL), (2, 2, 'keeper')"));
        return db;
    }

    private List<Class<?>> definedOnFreshJunction(TestTarget target, Junction fresh) throws Exception {
        List<Class<?>> classes = PulledClasses.compile(ModelPuller.of(handMade(target)).pull("pulled.club"), dir);
        fresh.defineAll(classes.toArray(Class<?>[]::new));
        return classes;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Model<Object> model(Junction db, Class<?> type) {
        return (Model) db.model(type);
    }

    private static Object one(Model<Object> model, String attribute, Object value) {
        return model.findOne(eq(attribute, value)).orElseThrow(() -> new AssertionError(model.name() + " " + value));
    }

    @DialectTest
    void pulledRecordsCompileAndCheckFindsNoDifference(TestTarget target) throws Exception {
        Junction fresh = target.open();
        List<Class<?>> classes = definedOnFreshJunction(target, fresh);

        assertThat(classes).extracting(Class::getSimpleName)
                .containsExactly("Follow", "Match", "Membership", "Passport", "Person", "Team");
        assertThat(fresh.check().differences()).isEmpty();
    }

    @DialectTest
    void recordsSayKeysTypesNullabilityUniquesTimestampsAndNames(TestTarget target) throws Exception {
        PulledModels pulled = ModelPuller.of(handMade(target)).pull("pulled.club");
        String team = pulled.files().get("pulled/club/Team.java");
        String person = pulled.files().get("pulled/club/Person.java");
        String match = pulled.files().get("pulled/club/Match.java");
        String passport = pulled.files().get("pulled/club/Passport.java");
        String membership = pulled.files().get("pulled/club/Membership.java");

        assertThat(team).contains("@Timestamps(false)", "@Column(allowNull = false, uniqueGroup = \"name_city\","
                + " length = 40) String name", "@Column(uniqueGroup = \"name_city\") String city")
                .contains("@Index(name = \"Teams_city_idx\", value = \"city\")")
                .doesNotContain("@Underscored", "@Table");
        assertThat(person).contains("@Underscored", "@Timestamps(false)", "Integer mentorId",
                "@Column(allowNull = false, length = 80) String fullName").doesNotContain("@Table");
        assertThat(match).contains("@Index({\"score\", \"createdAt\"})\npublic record Match(",
                "@Column(precision = 10, scale = 3) BigDecimal score",
                "@Column(allowNull = false) Integer homeTeamId").doesNotContain("@Timestamps", "Instant createdAt");
        assertThat(passport).contains("@Column(unique = true) Integer personId", "@Column(allowNull = false,"
                + " length = 20) String number");
        assertThat(membership).contains("@Id Integer personId", "@Id Integer teamId",
                "@Column(length = 30) String role");
        assertThat(team).startsWith("// Generated by junction db:pull from " + target.url());
    }

    @DialectTest
    void foreignKeysBecomeAssociationsWithDistinctAliases(TestTarget target) throws Exception {
        PulledModels pulled = ModelPuller.of(handMade(target)).pull("pulled.club");
        String team = pulled.files().get("pulled/club/Team.java");
        String person = pulled.files().get("pulled/club/Person.java");
        String match = pulled.files().get("pulled/club/Match.java");

        assertThat(match).contains("belongsTo(models.model(Team.class),\n                foreignKey(\"homeTeamId\")",
                ".as(\"HomeTeam\")", "foreignKey(\"awayTeamId\")", ".as(\"AwayTeam\")");
        assertThat(team).contains("hasMany(models.model(Match.class)", ".as(\"HomeMatches\")",
                ".as(\"AwayMatches\")", "belongsToMany(models.model(Person.class),\n                through("
                + "Membership.class).foreignKey(\"teamId\").otherKey(\"personId\")");
        assertThat(person).contains("belongsTo(models.model(Person.class)", ".as(\"Mentor\")",
                "hasMany(models.model(Person.class)", ".as(\"MentorPeople\")", "hasOne(models.model(Passport.class)",
                "belongsToMany(models.model(Team.class)", "onDelete(ReferentialAction.SET_NULL)");
    }

    @DialectTest
    @SuppressWarnings("unchecked")
    void pulledAssociationsReadTheRows(TestTarget target) throws Exception {
        Junction fresh = target.open();
        List<Class<?>> classes = definedOnFreshJunction(target, fresh);
        Class<Object> person = (Class<Object>) named(classes, "Person");
        Class<Object> team = (Class<Object>) named(classes, "Team");
        Model<Object> people = model(fresh, person);
        Model<Object> teams = model(fresh, team);
        Object ann = one(people, "fullName", "Ann");
        Object bob = one(people, "fullName", "Bob");

        assertThat(people.belongsTo("Mentor", person).get(bob)).map(p -> value(p, "fullName")).contains("Ann");
        assertThat(people.hasMany("MentorPeople", person).get(ann)).extracting(p -> value(p, "fullName"))
                .containsExactly("Bob");
        assertThat(people.hasOne("Passport", (Class<Object>) named(classes, "Passport")).get(ann))
                .map(p -> value(p, "number")).contains("P-1");
        BelongsToMany<Object, Object> members = teams.belongsToMany("People", person);
        List<Linked<Object>> gulls = members.getLinked(one(teams, "name", "Gulls"));
        assertThat(gulls).extracting(l -> value(l.target(), "fullName") + ":" + l.through().getString("role"))
                .containsExactlyInAnyOrder("Ann:captain", "Bob:null");
        assertThat(people.belongsToMany("Teams", team).count(bob)).isEqualTo(2);
        assertThat(people.belongsToMany("Followings", person).get(bob)).extracting(p -> value(p, "fullName"))
                .containsExactly("Ann");
        assertThat(people.belongsToMany("Followers", person).get(ann)).extracting(p -> value(p, "fullName"))
                .containsExactly("Bob");
        assertThat(people.belongsToMany("Followers", person).get(bob)).isEmpty();
    }

    @DialectTest
    void flywaysHistoryTableIsNotPulled(TestTarget target) throws Exception {
        Junction db = handMade(target);
        RawSql raw = new RawSql(target, db);
        raw.script(raw.sql("CREATE TABLE {flyway_schema_history} ({installed_rank} INTEGER NOT NULL PRIMARY KEY,"
                + " {version} VARCHAR(50), {script} VARCHAR(1000) NOT NULL)"));

        assertThat(ModelPuller.of(db).pull("pulled.club").files()).containsOnlyKeys("pulled/club/Follow.java",
                "pulled/club/Match.java", "pulled/club/Membership.java", "pulled/club/Passport.java",
                "pulled/club/Person.java", "pulled/club/Team.java");
    }

    @DialectTest
    void theSameDatabaseGivesTheSameFilesAndWriteToWritesThem(TestTarget target) throws Exception {
        Junction db = handMade(target);
        PulledModels first = ModelPuller.of(db).pull("pulled.club");
        PulledModels second = ModelPuller.of(db).pull("pulled.club");

        assertThat(second.files()).isEqualTo(first.files());
        List<Path> written = first.writeTo(dir);
        assertThat(written).containsExactly(dir.resolve("pulled/club/Follow.java"),
                dir.resolve("pulled/club/Match.java"),
                dir.resolve("pulled/club/Membership.java"), dir.resolve("pulled/club/Passport.java"),
                dir.resolve("pulled/club/Person.java"), dir.resolve("pulled/club/Team.java"));
        assertThat(Files.readString(written.get(1))).isEqualTo(first.files().get("pulled/club/Match.java"));
        assertThat(first.warnings()).isEmpty();
    }

    @DialectTest
    @SuppressWarnings("unchecked")
    void aJoinTableOfNullableKeysAndTablesNamedLikeAnImportOrAsSingularRoundTrip(TestTarget target) throws Exception {
        Junction db = target.open();
        RawSql raw = new RawSql(target, db);
        raw.script(raw.sql("CREATE TABLE {Columns} ({id} INTEGER NOT NULL PRIMARY KEY, {label} VARCHAR(20))"),
                raw.sql("CREATE TABLE {Status} ({id} INTEGER NOT NULL PRIMARY KEY)"),
                raw.sql("CREATE TABLE {Cards} ({id} INTEGER NOT NULL PRIMARY KEY, {title} TEXT)"),
                raw.sql("CREATE TABLE {Placements} ({id} INTEGER NOT NULL PRIMARY KEY, {ColumnId} INTEGER,"
                        + " {CardId} INTEGER, UNIQUE ({ColumnId}, {CardId}),"
                        + " FOREIGN KEY ({ColumnId}) REFERENCES {Columns} ({id}) ON DELETE SET NULL ON UPDATE CASCADE,"
                        + " FOREIGN KEY ({CardId}) REFERENCES {Cards} ({id}) ON DELETE SET NULL ON UPDATE CASCADE)"),
                raw.sql("INSERT INTO {Columns} ({id}, {label}) VALUES (1, 'todo')"),
                raw.sql("INSERT INTO {Cards} ({id}, {title}) VALUES (1, 'write tests')"),
                raw.sql("INSERT INTO {Placements} ({id}, {ColumnId}, {CardId}) VALUES (1, 1, 1)"));
        PulledModels pulled = ModelPuller.of(db).pull("pulled.board");
        List<Class<?>> classes = PulledClasses.compile(pulled, dir);
        Junction fresh = target.open();
        fresh.defineAll(classes.toArray(Class<?>[]::new));

        assertThat(pulled.files().get("pulled/board/ColumnModel.java")).contains("@Table(\"Columns\")");
        assertThat(pulled.files().get("pulled/board/Status.java")).contains("@Table(\"Status\")",
                "public record Status(");
        assertThat(pulled.files().get("pulled/board/Card.java")).contains("@Column(text = true) String title",
                ".foreignKey(\"CardId\", a -> a.allowNull(true))");
        assertThat(fresh.check().differences()).isEmpty();
        Model<Object> cards = model(fresh, named(classes, "Card"));
        BelongsToMany<Object, Object> columns = cards.belongsToMany("ColumnModels",
                (Class<Object>) named(classes, "ColumnModel"));
        assertThat(columns.get(one(cards, "id", 1))).extracting(c -> value(c, "label")).containsExactly("todo");
    }

    /** Every type Junction stores, as a table Junction made. */
    record Sample(Long id, @Column(length = 40) String code, @Column(text = true) String body, Integer count,
                  @Column(allowNull = false) Long total, Double ratio,
                  @Column(precision = 12, scale = 4) BigDecimal price,
                  Boolean active, Instant seenAt, LocalDateTime localAt, LocalDate day, UUID token, byte[] data,
                  @Column(length = 16) byte[] digest) {
    }

    @DialectTest
    void everyTypeOfATableJunctionMadeComesBackAsATypeCheckAccepts(TestTarget target) throws Exception {
        Junction db = target.open();
        db.define(Sample.class);
        db.sync();
        PulledModels pulled = ModelPuller.of(db).pull("pulled.types");
        List<Class<?>> classes = PulledClasses.compile(pulled, dir);
        Junction fresh = target.open();
        fresh.defineAll(classes.toArray(Class<?>[]::new));

        assertThat(pulled.warnings()).isEmpty();
        // The key is BIGINT, but on SQLite its rowid INTEGER: its type is not asserted.
        assertThat(pulled.files().get("pulled/types/Sample.java")).contains("public record Sample(",
                "Long total",
                "@Column(length = 40) String code", "@Column(text = true) String body", "Integer count",
                "@Column(allowNull = false) Long total", "Double ratio",
                "@Column(precision = 12, scale = 4) BigDecimal price", "Boolean active", "Instant seenAt",
                "LocalDate day", "byte[] data");
        // Bytes of a most length are VARBINARY(16) where the database has a limit to keep, else BYTEA or BLOB.
        boolean keepsByteLimits = target.backend() == Backend.H2 || target.backend() == Backend.MARIADB;
        assertThat(pulled.files().get("pulled/types/Sample.java"))
                .contains(keepsByteLimits ? "@Column(length = 16) byte[] digest" : " byte[] digest");
        assertThat(fresh.check().differences()).isEmpty();
    }

    @DialectTest
    void whatARecordCannotSayIsLeftOutWithAWarningAndAComment(TestTarget target) throws Exception {
        Junction db = target.open();
        RawSql raw = new RawSql(target, db);
        raw.script(raw.sql("CREATE TABLE {Logs} ({message} VARCHAR(100))"),
                raw.sql("CREATE TABLE {Slots} ({day} INTEGER NOT NULL, {hour} INTEGER NOT NULL,"
                        + " PRIMARY KEY ({day}, {hour}))"),
                raw.sql("CREATE TABLE {Bookings} ({id} INTEGER NOT NULL PRIMARY KEY, {day} INTEGER, {hour} INTEGER,"
                        + " FOREIGN KEY ({day}, {hour}) REFERENCES {Slots} ({day}, {hour}))"));

        PulledModels pulled = ModelPuller.of(db).pull("pulled.odd");

        assertThat(pulled.files()).containsOnlyKeys("pulled/odd/Booking.java", "pulled/odd/Slot.java");
        assertThat(pulled.warnings()).containsExactly(
                "Logs: left out, it has no primary key (a Junction model needs one)",
                "Bookings: the foreign key (day, hour) → Slots (day, hour) is not modelled: Junction's associations"
                        + " take a single key column of a pulled table");
        assertThat(pulled.files().get("pulled/odd/Booking.java"))
                .contains(" * <p>Not modelled: the foreign key (day, hour) → Slots (day, hour)");
    }

    @DialectTest
    void aPackageThatIsNotAJavaNameIsRefused(TestTarget target) throws Exception {
        ModelPuller puller = ModelPuller.of(target.open());

        assertThatThrownBy(() -> puller.pull("com.example.2models")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("com.example.2models");
        assertThatThrownBy(() -> puller.pull(null)).isInstanceOf(ValidationException.class);
    }
}
