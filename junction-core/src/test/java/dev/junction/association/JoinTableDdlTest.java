package dev.junction.association;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.Lesson.Show;
import dev.junction.association.Lesson.User;
import dev.junction.schema.DataType;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ReferentialAction;
import dev.junction.schema.SyncMode;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.util.List;

/** The join table a belongsToMany makes, as the database describes it after sync. */
class JoinTableDdlTest {

    private static DatabaseSchema.Table table(Junction db, String name) {
        return db.describe().table(name).orElseThrow();
    }

    /** Every link row's createdAt and updatedAt, checked to be set just now. */
    private static void assertStampedSince(Model<Row> links, Instant before) {
        List<Row> rows = links.findAll();
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.getInstant("createdAt")).isAfterOrEqualTo(before.minusSeconds(1))
                    .isBeforeOrEqualTo(Instant.now().plusSeconds(1));
            assertThat(row.getInstant("updatedAt")).isAfterOrEqualTo(row.getInstant("createdAt"));
        });
    }

    @DialectTest
    void implicitJoinTableHasACompositePrimaryKeyOnTheTwoKeys(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());

        DatabaseSchema.Table links = table(lesson.db, "UserFavorites");

        assertThat(links.primaryKey()).containsExactly("UserId", "ShowId");
        assertThat(links.uniqueConstraints()).isEmpty();
    }

    @DialectTest
    void joinKeysAreNotNull(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());

        DatabaseSchema.Table links = table(lesson.db, "UserFavorites");

        assertThat(links.column("UserId").orElseThrow().nullable()).isFalse();
        assertThat(links.column("ShowId").orElseThrow().nullable()).isFalse();
    }

    @DialectTest
    void joinKeysReferenceBothTablesWithCascade(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());

        DatabaseSchema.Table links = table(lesson.db, "UserFavorites");

        assertThat(links.foreignKeys()).hasSize(2);
        DatabaseSchema.ForeignKey toUsers = links.foreignKey(List.of("UserId")).orElseThrow();
        assertThat(toUsers.referencedTable()).isEqualTo("Users");
        assertThat(toUsers.referencedColumns()).containsExactly("id");
        assertThat(toUsers.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(toUsers.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
        DatabaseSchema.ForeignKey toShows = links.foreignKey(List.of("ShowId")).orElseThrow();
        assertThat(toShows.referencedTable()).isEqualTo("Shows");
        assertThat(toShows.referencedColumns()).containsExactly("id");
        assertThat(toShows.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(toShows.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
    }

    @DialectTest
    void joinTableHasNotNullTimestamps(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());

        DatabaseSchema.Table links = table(lesson.db, "UserFavorites");

        assertThat(links.column("createdAt")).hasValueSatisfying(c -> assertThat(c.nullable()).isFalse());
        assertThat(links.column("updatedAt")).hasValueSatisfying(c -> assertThat(c.nullable()).isFalse());
    }

    @DialectTest
    void addFillsTheLinkTimestamps(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        Instant before = Instant.now();

        lesson.favorites.add(alice, dune);

        assertStampedSince(lesson.db.model("UserFavorites"), before);
    }

    @DialectTest
    void setFillsTheLinkTimestamps(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Instant before = Instant.now();

        lesson.favorites.set(alice, List.of(lesson.show("Dune"), lesson.show("Arrival")));

        assertStampedSince(lesson.db.model("UserFavorites"), before);
    }

    @DialectTest
    void createFillsTheLinkTimestamps(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Instant before = Instant.now();

        lesson.favorites.create(alice, new Show("Dune"));

        assertStampedSince(lesson.db.model("UserFavorites"), before);
    }

    @DialectTest
    void joinModelCreateByNameFillsTimestamps(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        Instant before = Instant.now();

        Row link = lesson.db.model("UserFavorites").create(Row.of("UserId", alice.id(), "ShowId", dune.id()));

        assertThat(link.getInstant("createdAt")).isNotNull();
        assertStampedSince(lesson.db.model("UserFavorites"), before);
        assertThat(lesson.favorites.get(alice)).containsExactly(dune);
    }

    @DialectTest
    void joinModelBulkCreateByNameFillsTimestamps(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");
        Instant before = Instant.now();

        lesson.db.model("UserFavorites").bulkCreate(List.of(Row.of("UserId", alice.id(), "ShowId", dune.id()),
                Row.of("UserId", alice.id(), "ShowId", arrival.id())));

        assertStampedSince(lesson.db.model("UserFavorites"), before);
        assertThat(lesson.favorites.get(alice)).containsExactlyInAnyOrder(dune, arrival);
    }

    @DialectTest
    void joinModelWithItsOwnKeyGetsAUniqueConstraintOnThePair(TestTarget target) {
        Junction db = target.open();
        db.define("Memberships", m -> m.attribute("id", DataType.bigint(), a -> a.primaryKey().autoIncrement(true))
                .attribute("role", DataType.string()));
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Memberships").through("Memberships"));
        shows.belongsToMany(users, through("Memberships"));
        db.sync();

        DatabaseSchema.Table memberships = table(db, "Memberships");

        assertThat(memberships.primaryKey()).containsExactly("id");
        assertThat(memberships.uniqueConstraints()).extracting(DatabaseSchema.Unique::columns)
                .containsExactly(List.of("UserId", "ShowId"));
        assertThat(memberships.column("role")).isPresent();
        assertThat(memberships.column("UserId").orElseThrow().nullable()).isFalse();
        assertThat(memberships.column("ShowId").orElseThrow().nullable()).isFalse();
    }

    @DialectTest
    void joinModelDefinedByItsPluralNameKeepsThatNameForItsTable(TestTarget target) {
        Junction db = target.open();
        db.define("UserFavorites", m -> m.attribute("rating", DataType.integer()));
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        shows.belongsToMany(users, through("UserFavorites"));

        db.sync();

        assertThat(db.model("UserFavorites").definition().tableName()).isEqualTo("UserFavorites");
        assertThat(table(db, "UserFavorites").primaryKey()).containsExactly("UserId", "ShowId");
    }

    @DialectTest
    void constraintsFalseEmitsNoForeignKey(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Favorites").through("UserFavorites").constraints(false));
        shows.belongsToMany(users, through("UserFavorites").constraints(false));
        db.sync();

        DatabaseSchema.Table links = table(db, "UserFavorites");

        assertThat(links.foreignKeys()).isEmpty();
        assertThat(links.primaryKey()).containsExactly("UserId", "ShowId");
    }

    @DialectTest
    void onDeleteAndOnUpdateApplyToTheDeclaringSidesKey(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Favorites").through("UserFavorites").onDelete(ReferentialAction.RESTRICT)
                .onUpdate(ReferentialAction.RESTRICT));
        shows.belongsToMany(users, through("UserFavorites"));
        db.sync();

        DatabaseSchema.Table links = table(db, "UserFavorites");

        DatabaseSchema.ForeignKey toUsers = links.foreignKey(List.of("UserId")).orElseThrow();
        assertThat(toUsers.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
        assertThat(toUsers.onUpdate()).isEqualTo(ReferentialAction.RESTRICT);
        DatabaseSchema.ForeignKey toShows = links.foreignKey(List.of("ShowId")).orElseThrow();
        assertThat(toShows.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(toShows.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
    }

    @DialectTest
    void throughTimestampsFalseDropsTheTimestampColumns(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows,
                as("Favorites").through(Through.of("UserFavorites").timestamps(false)));
        shows.belongsToMany(users, through("UserFavorites"));
        db.sync();
        User alice = users.create(new User("alice"));
        Show dune = shows.create(new Show("Dune"));

        favorites.add(alice, dune);

        DatabaseSchema.Table links = table(db, "UserFavorites");
        assertThat(links.columns()).extracting(DatabaseSchema.Column::name)
                .containsExactlyInAnyOrder("UserId", "ShowId");
        assertThat(db.model("UserFavorites").findAll()).containsExactly(Row.of("UserId", alice.id(),
                "ShowId", dune.id()));
    }

    @DialectTest
    void timestampsFalseOnTheSecondSideDropsTheTimestampColumnsToo(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        shows.belongsToMany(users, through(Through.of("UserFavorites").timestamps(false)));
        db.sync();
        User alice = users.create(new User("alice"));
        Show dune = shows.create(new Show("Dune"));

        favorites.set(alice, List.of(dune));

        assertThat(table(db, "UserFavorites").columns()).extracting(DatabaseSchema.Column::name)
                .containsExactlyInAnyOrder("UserId", "ShowId");
        assertThat(favorites.get(alice)).containsExactly(dune);
    }

    /** A name as long as the database allows (at most 200 characters), ending in {@code tail}. */
    private static String longName(Junction db, String tail) {
        int length = Math.min(db.dialect().identifierLimit(), 200);
        return "Lifeguard_station_on_the_northern_end_of_the_beach_".repeat(10).substring(0, length - 1) + tail;
    }

    /** Two models linked through a join table, every name as long as the database allows. */
    private static void defineLongNames(Junction db) {
        db.define("Lifeguard", m -> m.tableName(longName(db, "L")));
        db.define("Station", m -> m.tableName(longName(db, "S")));
        db.model("Lifeguard").belongsToMany(db.model("Station"), as("Stations").through(longName(db, "J"))
                .foreignKey(longName(db, "A")).otherKey(longName(db, "B")));
        db.model("Station").belongsToMany(db.model("Lifeguard"), through(longName(db, "J")));
    }

    private static DatabaseSchema.Table longJoinTable(Junction db) {
        return table(db, longName(db, "J"));
    }

    @DialectTest
    void joinTableConstraintNamesFitTheIdentifierLimitAndAreDistinct(TestTarget target) {
        Junction db = target.open();
        defineLongNames(db);

        db.sync();

        DatabaseSchema.Table links = longJoinTable(db);
        int limit = db.dialect().identifierLimit();
        assertThat(links.foreignKeys()).hasSize(2)
                .allSatisfy(fk -> assertThat(fk.name().length()).isLessThanOrEqualTo(limit));
        if (!db.dialect().inlineForeignKeysOnly()) {
            // SQLite keeps no foreign key names.
            assertThat(links.foreignKeys()).extracting(DatabaseSchema.ForeignKey::name).doesNotHaveDuplicates();
        }
    }

    @DialectTest
    void joinTableConstraintNamesAreTheSameOnEveryRun(TestTarget target) {
        Junction first = target.open();
        defineLongNames(first);
        first.sync();
        List<String> before = longJoinTable(first).foreignKeys().stream().map(DatabaseSchema.ForeignKey::name)
                .toList();
        Junction second = target.open();
        defineLongNames(second);

        second.sync(SyncMode.FORCE);

        assertThat(longJoinTable(second).foreignKeys()).extracting(DatabaseSchema.ForeignKey::name)
                .containsExactlyInAnyOrderElementsOf(before);
    }
}
