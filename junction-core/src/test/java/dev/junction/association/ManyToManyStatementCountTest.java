package dev.junction.association;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.Lesson.Show;
import dev.junction.association.Lesson.User;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.ClusterStatements;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Each accessor sends the few statements the contract promises, never one per target. */
class ManyToManyStatementCountTest {

    /** The statements sent since the last {@link #reset}. */
    private static final class Statements {
        private final List<String> sql = new CopyOnWriteArrayList<>();

        Junction open(TestTarget target) {
            return target.open(b -> b.listener((text, parameters, nanos) -> {
                if (!ClusterStatements.bookkeeping(text)) sql.add(text);
            }));
        }

        void reset() {
            sql.clear();
        }

        int count() {
            return sql.size();
        }

        long starting(String keyword) {
            return sql.stream().filter(s -> s.stripLeading().regionMatches(true, 0, keyword, 0, keyword.length()))
                    .count();
        }
    }

    private record Setup(Statements statements, Lesson lesson, User alice, List<Show> shows) {
    }

    /** The lesson with alice and five shows, the first two her favourites. */
    private static Setup setup(TestTarget target) {
        Statements statements = new Statements();
        Lesson lesson = Lesson.on(statements.open(target));
        User alice = lesson.user("alice");
        List<Show> shows = List.of(lesson.show("Dune"), lesson.show("Arrival"), lesson.show("Solaris"),
                lesson.show("Stalker"), lesson.show("Sunshine"));
        lesson.favorites.add(alice, shows.get(0), shows.get(1));
        statements.reset();
        return new Setup(statements, lesson, alice, shows);
    }

    @DialectTest
    void getIsOneStatement(TestTarget target) {
        Setup s = setup(target);

        s.lesson.favorites.get(s.alice, Query.where(Where.like("title", "%")), Where.isNotNull("createdAt"));

        assertThat(s.statements.count()).isEqualTo(1);
    }

    @DialectTest
    void getLinkedIsOneStatement(TestTarget target) {
        Setup s = setup(target);

        assertThat(s.lesson.favorites.getLinked(s.alice)).hasSize(2);

        assertThat(s.statements.count()).isEqualTo(1);
    }

    @DialectTest
    void countIsOneStatement(TestTarget target) {
        Setup s = setup(target);

        s.lesson.favorites.count(s.alice, Where.like("title", "%"), null);

        assertThat(s.statements.count()).isEqualTo(1);
    }

    @DialectTest
    void hasIsOneStatementForManyTargets(TestTarget target) {
        Setup s = setup(target);

        s.lesson.favorites.has(s.alice, s.shows.toArray());

        assertThat(s.statements.count()).isEqualTo(1);
    }

    @DialectTest
    void addIsOneStatementForManyTargets(TestTarget target) {
        Setup s = setup(target);

        s.lesson.favorites.add(s.alice, s.shows.get(2), s.shows.get(3), s.shows.get(4));

        assertThat(s.statements.count()).isEqualTo(1 + addReadsFirstAndLocks(target));
        assertThat(s.lesson.favorites.count(s.alice)).isEqualTo(5);
    }

    @DialectTest
    void addIsOneStatementWhenSomePairsAreAlreadyLinked(TestTarget target) {
        Setup s = setup(target);

        s.lesson.favorites.add(s.alice, s.shows.toArray());

        assertThat(s.statements.count()).isEqualTo(1 + addReadsFirstAndLocks(target));
        assertThat(s.lesson.favorites.count(s.alice)).isEqualTo(5);
    }

    @DialectTest
    void addOfLinksThatAllExistIsOneStatementEverywhere(TestTarget target) {
        Setup s = setup(target);

        s.lesson.favorites.add(s.alice, s.shows.get(0), s.shows.get(1));

        assertThat(s.statements.count()).isEqualTo(1);
        assertThat(s.lesson.favorites.count(s.alice)).isEqualTo(2);
    }

    @DialectTest
    void removeIsOneStatementForManyTargets(TestTarget target) {
        Setup s = setup(target);

        s.lesson.favorites.remove(s.alice, s.shows.toArray());

        assertThat(s.statements.count()).isEqualTo(1);
        assertThat(s.lesson.favorites.count(s.alice)).isZero();
    }

    @DialectTest
    void createIsTwoStatements(TestTarget target) {
        Setup s = setup(target);

        s.lesson.favorites.create(s.alice, new Show("Moon"));

        assertThat(s.statements.count()).isEqualTo(2 + referencedRowsLock(target));
    }

    @DialectTest
    void setIsAReadADeleteAndAnInsert(TestTarget target) {
        Setup s = setup(target);

        s.lesson.favorites.set(s.alice, List.of(s.shows.get(1), s.shows.get(2), s.shows.get(3), s.shows.get(4)));

        // PostgreSQL: the owner lock, then one statement deleting and inserting with the keys as an array.
        if (oneStatementSet(target)) {
            assertThat(s.statements.count()).isEqualTo(2);
            assertThat(s.statements.starting("WITH wanted AS")).isEqualTo(1);
        } else {
            assertThat(s.statements.count()).isEqualTo(3 + ownerLockBeforeRead(target) + referencedRowsLock(target));
            assertThat(s.statements.starting("DELETE")).isEqualTo(1);
        }
        assertThat(s.lesson.favorites.get(s.alice)).containsExactlyInAnyOrderElementsOf(s.shows.subList(1, 5));
    }

    @DialectTest
    void setWithNoChangeOnlyReads(TestTarget target) {
        Setup s = setup(target);

        s.lesson.favorites.set(s.alice, List.of(s.shows.get(1), s.shows.get(0)));

        // PostgreSQL: the owner lock and the one statement of a set, which finds nothing to write.
        assertThat(s.statements.count()).isEqualTo(1 + ownerLockBeforeRead(target));
        assertThat(s.statements.starting("SELECT")).isEqualTo(oneStatementSet(target) ? 1 : 1 + ownerLockBeforeRead(target));
    }

    @DialectTest
    void setToEmptyIsOneDelete(TestTarget target) {
        Setup s = setup(target);

        s.lesson.favorites.set(s.alice, List.of());

        // Nothing to diff against: the owner's links (in this scope) go in one DELETE, after the owner lock.
        assertThat(s.statements.count()).isEqualTo(1 + ownerLock(target));
        assertThat(s.statements.starting(oneStatementSet(target) ? "WITH wanted AS" : "DELETE")).isEqualTo(1);
    }

    @DialectTest
    void setWritesOneUpdatePerLinkWhoseThroughValuesChanged(TestTarget target) {
        Statements statements = new Statements();
        Junction db = statements.open(target);
        db.define("UserFavorites", m -> m.attribute("rating", DataType.integer()));
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        shows.belongsToMany(users, through("UserFavorites"));
        db.sync();
        User alice = users.create(new User("alice"));
        Show dune = shows.create(new Show("Dune"));
        Show arrival = shows.create(new Show("Arrival"));
        Show solaris = shows.create(new Show("Solaris"));
        Show stalker = shows.create(new Show("Stalker"));
        favorites.add(alice, List.of(dune, arrival, solaris), Map.of("rating", 3));
        statements.reset();

        favorites.set(alice, List.of(Link.of(dune, Map.of("rating", 5)), Link.of(arrival, Map.of("rating", 3)),
                stalker), Map.of("rating", 4));

        // One read, one DELETE (solaris), one INSERT (stalker), one UPDATE (dune); arrival is unchanged.
        assertThat(statements.count()).isEqualTo(4 + ownerLockBeforeRead(target) + referencedRowsLock(target)
                - deleteInInsert(target));
        assertThat(statements.starting("UPDATE")).isEqualTo(1);
    }

    @DialectTest
    void aBulkCreateOfJoinRowsLocksEachReferencedTableOnceOnH2(TestTarget target) {
        Setup s = setup(target);
        User bob = s.lesson.user("bob");
        s.statements.reset();

        s.lesson.db.model("UserFavorites").bulkCreate(List.of(
                dev.junction.Row.of("UserId", s.alice.id(), "ShowId", s.shows.get(2).id()),
                dev.junction.Row.of("UserId", bob.id(), "ShowId", s.shows.get(2).id()),
                dev.junction.Row.of("UserId", bob.id(), "ShowId", s.shows.get(3).id())));

        // Several users and several shows: one lock per referenced table on H2, then one INSERT.
        assertThat(s.statements.count()).isEqualTo(1 + 2 * referencedRowsLock(target));
        assertThat(s.statements.starting("INSERT")).isEqualTo(1);
    }

    /**
     * A set first locks its owner's row where the database has row locks (not SQLite, which runs one writing
     * transaction at a time), so that concurrent sets of one owner take turns.
     */
    private static int ownerLock(TestTarget target) {
        return target.backend() == dev.junction.testing.Backend.SQLITE ? 0 : 1;
    }

    /**
     * The owner lock of a set that reads the links there are, as a statement of its own: on MariaDB the lock and the
     * read are one statement (the owner's row joined to its links, FOR UPDATE).
     */
    private static int ownerLockBeforeRead(TestTarget target) {
        return target.backend() == dev.junction.testing.Backend.MARIADB ? 0 : ownerLock(target);
    }

    /**
     * New links first lock the rows they refer to on H2, whose foreign-key check does not wait for a concurrent
     * delete of them (see {@code LinkToDeletedRowTest}).
     */
    /**
     * An add returns the link rows it wrote. PostgreSQL and SQLite learn them from the upsert itself (RETURNING the
     * rows inserted); H2 and MariaDB read the links to the targets first (one statement more), and H2 then locks the
     * rows new links refer to (one more). An add of links that all exist is the read alone.
     */
    private static int addReadsFirstAndLocks(TestTarget target) {
        return switch (target.backend()) {
            case H2 -> 2;
            case MARIADB -> 1;
            default -> 0;
        };
    }

    private static int referencedRowsLock(TestTarget target) {
        return target.backend() == dev.junction.testing.Backend.H2 ? 1 : 0;
    }

    /**
     * On PostgreSQL a set of plain links is the owner lock and one statement (both sent in one round trip): a
     * data-modifying WITH clause deleting the links not wanted, then an INSERT of the wanted ones not there.
     */
    private static boolean oneStatementSet(TestTarget target) {
        return target.backend() == dev.junction.testing.Backend.POSTGRESQL;
    }

    /** On PostgreSQL a set's DELETE and INSERT are one statement (a data-modifying WITH clause). */
    private static int deleteInInsert(TestTarget target) {
        return target.backend() == dev.junction.testing.Backend.POSTGRESQL ? 1 : 0;
    }
}
