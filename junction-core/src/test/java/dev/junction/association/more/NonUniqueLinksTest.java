package dev.junction.association.more;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Link;
import dev.junction.association.Linked;
import dev.junction.association.Through;
import dev.junction.schema.DataType;
import dev.junction.schema.DatabaseSchema;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.ClusterStatements;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The lesson's duplicates example: {@code Show.belongsToMany(User, {through: {model: 'Viewings', unique: false},
 * foreignKey: 'show_id', constraints: false})}. The same pair may be linked many times, and every accessor sees one
 * entry per link row. (Sequelize v6 itself drops a through model's generated id and makes the pair its primary key
 * even with {@code unique: false}, so there the duplicates cannot be stored; DESIGN §3 does not copy that.)
 */
class NonUniqueLinksTest {
    record User(Long id, String username) { }

    record Show(Long id, String title) { }

    private static final Instant MONDAY = Instant.parse("2024-03-04T20:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2024-03-05T20:00:00Z");
    private static final Instant FRIDAY = Instant.parse("2024-03-08T21:30:00Z");

    /** Users, shows and the two sides of Viewings, synced, with alice, bob, carol and dune. */
    private static final class Fixture {
        final Junction db;
        final RawSql raw;
        final AtomicInteger statements = new AtomicInteger();
        final Model<User> users;
        final Model<Show> shows;
        final BelongsToMany<Show, User> viewers;
        final BelongsToMany<User, Show> watched;
        final User alice;
        final User bob;
        final User carol;
        final Show dune;

        Fixture(TestTarget target) {
            db = target.open(b -> b.listener((sql, params, nanos) -> {
                if (!ClusterStatements.bookkeeping(sql)) statements.incrementAndGet();
            }));
            raw = new RawSql(target, db);
            users = db.define(User.class);
            shows = db.define(Show.class);
            db.define("Viewings", m -> m.attribute("watchedAt", DataType.instant()));
            viewers = shows.belongsToMany(users, as("Viewers").through(Through.of("Viewings").unique(false))
                    .foreignKey("show_id").constraints(false));
            watched = users.belongsToMany(shows, as("Watched").through(Through.of("Viewings").unique(false)));
            db.sync();
            alice = users.create(new User(null, "alice"));
            bob = users.create(new User(null, "bob"));
            carol = users.create(new User(null, "carol"));
            dune = shows.create(new Show(null, "Dune"));
        }

        /** The UserId of each of dune's link rows, in surrogate id order. */
        List<Long> viewersOfDune() throws Exception {
            return raw.longs("SELECT {UserId} FROM {Viewings} WHERE {show_id} = ? ORDER BY {id}", dune.id());
        }

        /** The surrogate ids of every link row, in order. */
        List<Long> ids() throws Exception {
            return raw.longs("SELECT {id} FROM {Viewings} ORDER BY {id}");
        }
    }

    @DialectTest
    void theUserSidePairsWithTheShowSidesForeignKey(TestTarget target) {
        Fixture f = new Fixture(target);

        assertThat(f.viewers.foreignKey()).isEqualTo("show_id");
        assertThat(f.watched.otherKey()).isEqualTo("show_id");
        assertThat(f.watched.foreignKey()).isEqualTo("UserId");
        assertThat(f.viewers.otherKey()).isEqualTo("UserId");
        assertThat(f.viewers.unique()).isFalse();
        assertThat(f.watched.unique()).isFalse();
    }

    @DialectTest
    void joinTableHasASurrogateIdAndNoUniqueness(TestTarget target) {
        Fixture f = new Fixture(target);

        DatabaseSchema.Table viewings = f.db.describe().table("Viewings").orElseThrow();
        assertThat(viewings.columns()).extracting(DatabaseSchema.Column::name)
                .containsExactlyInAnyOrder("id", "watchedAt", "createdAt", "updatedAt", "show_id", "UserId");
        assertThat(viewings.primaryKey()).containsExactly("id");
        assertThat(viewings.column("id").orElseThrow().autoIncrement()).isTrue();
        assertThat(viewings.uniqueConstraints()).isEmpty();
        assertThat(viewings.isUnique(List.of("show_id", "UserId"))).isFalse();
        // constraints(false) on the Show side: show_id refers to nothing; the User side keeps its foreign key.
        assertThat(viewings.foreignKey(List.of("show_id"))).isEmpty();
        assertThat(viewings.foreignKey(List.of("UserId")).orElseThrow().referencedTable()).isEqualTo("Users");
    }

    @DialectTest
    void addAlwaysInsertsANewLinkRow(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);

        f.viewers.add(f.dune, f.alice);
        f.viewers.add(f.dune, f.alice);
        f.statements.set(0);
        f.viewers.add(f.dune, f.alice);

        assertThat(f.statements).hasValue(1 + referencedRowsLock(target));
        assertThat(f.viewersOfDune()).containsExactly(f.alice.id(), f.alice.id(), f.alice.id());
        assertThat(f.ids()).doesNotHaveDuplicates().hasSize(3);
    }

    @DialectTest
    void addingOneTargetTwiceInOneCallInsertsTwoRows(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);

        f.watched.add(f.alice, f.dune, f.dune.id());

        assertThat(f.raw.count("Viewings")).isEqualTo(2);
        assertThat(f.watched.count(f.alice)).isEqualTo(2);
    }

    @DialectTest
    void getCountAndHasAgreeOneEntryPerLinkRow(TestTarget target) {
        Fixture f = new Fixture(target);
        Show arrival = f.shows.create(new Show(null, "Arrival"));
        f.viewers.add(f.dune, f.alice, f.alice, f.alice, f.bob);
        f.viewers.add(arrival, f.alice);

        assertThat(f.viewers.get(f.dune)).containsExactlyInAnyOrder(f.alice, f.alice, f.alice, f.bob);
        assertThat(f.viewers.count(f.dune)).isEqualTo(4);
        assertThat(f.viewers.has(f.dune, f.alice, f.bob)).isTrue();
        assertThat(f.viewers.has(f.dune, f.alice, f.carol)).isFalse();
        assertThat(f.watched.get(f.alice)).containsExactlyInAnyOrder(f.dune, f.dune, f.dune, arrival);
        assertThat(f.watched.count(f.alice)).isEqualTo(4);
        assertThat(f.watched.has(f.alice, f.dune, arrival)).isTrue();
    }

    @DialectTest
    void getLinkedShowsEachLinkRowWithItsOwnValues(TestTarget target) {
        Fixture f = new Fixture(target);
        f.viewers.add(f.dune, Link.of(f.alice, Map.of("watchedAt", MONDAY)));
        f.viewers.add(f.dune, List.of(f.alice), Map.of("watchedAt", TUESDAY));
        f.viewers.add(f.dune, Link.of(f.alice, Map.of("watchedAt", FRIDAY)));

        List<Linked<User>> linked = f.viewers.getLinked(f.dune);

        assertThat(linked).extracting(Linked::target).containsOnly(f.alice).hasSize(3);
        assertThat(linked).extracting(l -> l.through().getInstant("watchedAt"))
                .containsExactlyInAnyOrder(MONDAY, TUESDAY, FRIDAY);
        assertThat(linked).extracting(l -> l.through().getLong("id")).doesNotHaveDuplicates();
        assertThat(linked).extracting(l -> l.through().getLong("show_id")).containsOnly(f.dune.id());
        assertThat(linked).allSatisfy(l -> assertThat(l.through().getInstant("createdAt")).isNotNull());
    }

    @DialectTest
    void setWithDuplicatesMakesExactlyThatMultiset(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        f.viewers.add(f.dune, f.alice, f.alice, f.alice, f.bob);
        List<Long> before = f.ids();

        f.statements.set(0);
        f.viewers.set(f.dune, List.of(f.alice, f.carol, f.alice));

        // the owner's row locked, one SELECT of the links there are, one DELETE of the extras, one INSERT of the missing
        assertThat(f.statements).hasValue(ownerLock(target) + referencedRowsLock(target) + 3);
        assertThat(f.viewers.get(f.dune)).containsExactlyInAnyOrder(f.alice, f.alice, f.carol);
        assertThat(f.viewers.count(f.dune)).isEqualTo(3);
        List<Long> after = f.ids();
        assertThat(after.subList(0, 2)).as("two of alice's rows are kept").isSubsetOf(before.subList(0, 3));
        assertThat(after.get(2)).as("carol's row is new").isGreaterThan(before.get(3));
    }

    @DialectTest
    void setKeepsTheRowsWhoseValuesMatch(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        f.viewers.add(f.dune, Link.of(f.alice, Map.of("watchedAt", MONDAY)));
        f.viewers.add(f.dune, Link.of(f.alice, Map.of("watchedAt", TUESDAY)));
        f.viewers.add(f.dune, Link.of(f.alice, Map.of("watchedAt", FRIDAY)));
        long tuesdayRow = f.viewers.getLinked(f.dune).stream()
                .filter(l -> TUESDAY.equals(l.through().getInstant("watchedAt")))
                .findFirst().orElseThrow().through().getLong("id");

        f.viewers.set(f.dune, List.of(Link.of(f.alice, Map.of("watchedAt", TUESDAY))));

        assertThat(f.ids()).containsExactly(tuesdayRow);
        assertThat(f.viewers.getLinked(f.dune).get(0).through().getInstant("watchedAt")).isEqualTo(TUESDAY);
    }

    @DialectTest
    void setOnlyRewritesValuesOfARowItReuses(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        f.viewers.add(f.dune, Link.of(f.alice, Map.of("watchedAt", MONDAY)));
        List<Long> before = f.ids();

        f.viewers.set(f.dune, List.of(Link.of(f.alice, Map.of("watchedAt", FRIDAY))));

        assertThat(f.ids()).isEqualTo(before);
        assertThat(f.viewers.getLinked(f.dune).get(0).through().getInstant("watchedAt")).isEqualTo(FRIDAY);
    }

    @DialectTest
    void setToTheSameMultisetWritesNothing(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        f.viewers.add(f.dune, f.alice, f.alice, f.bob);
        List<Long> before = f.ids();

        f.statements.set(0);
        f.viewers.set(f.dune, List.of(f.bob, f.alice, f.alice));

        assertThat(f.statements).as("only the owner's lock and the SELECT of existing links")
                .hasValue(ownerLock(target) + 1);
        assertThat(f.ids()).isEqualTo(before);
    }

    /**
     * The statement with which {@code set} locks its owner's row before reading its links: none on SQLite, which has
     * no row locks, nor on MariaDB, where the lock and the read are one statement.
     */
    private static int ownerLock(TestTarget target) {
        return target.backend() == Backend.SQLITE || target.backend() == Backend.MARIADB ? 0 : 1;
    }

    /** New links first lock the rows they refer to on H2, whose foreign-key check does not wait for a delete. */
    private static int referencedRowsLock(TestTarget target) {
        return target.backend() == Backend.H2 ? 1 : 0;
    }

    @DialectTest
    void removeRemovesEveryLinkToThatTarget(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        f.viewers.add(f.dune, f.alice, f.alice, f.alice, f.bob);

        f.statements.set(0);
        f.viewers.remove(f.dune, f.alice);

        assertThat(f.statements).hasValue(1);
        assertThat(f.viewersOfDune()).containsExactly(f.bob.id());
        assertThat(f.viewers.has(f.dune, f.alice)).isFalse();
    }

    @DialectTest
    void theJoinModelSeesEveryRowByName(TestTarget target) {
        Fixture f = new Fixture(target);
        Model<Row> viewings = f.db.model("Viewings");

        viewings.bulkCreate(List.of(Row.of("show_id", f.dune.id(), "UserId", f.bob.id(), "watchedAt", MONDAY),
                Row.of("show_id", f.dune.id(), "UserId", f.bob.id(), "watchedAt", MONDAY)));

        assertThat(viewings.count()).isEqualTo(2);
        assertThat(f.viewers.get(f.dune)).containsExactly(f.bob, f.bob);
    }
}
