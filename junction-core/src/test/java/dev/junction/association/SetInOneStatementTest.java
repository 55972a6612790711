package dev.junction.association;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.ForeignKeyConstraintException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.Transaction;
import dev.junction.association.Lesson.Show;
import dev.junction.association.Lesson.User;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.FrameworkTransactions;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a {@code set} leaves, whichever way it is sent: on PostgreSQL a set of plain unique links is the owner lock
 * and one statement with the target keys as an array; join values, hooks and the like take the diff in Java.
 * Added links are inserted, dropped ones deleted, unchanged ones left as they were (their rows untouched), and
 * nothing of another owner or another scope is touched.
 */
class SetInOneStatementTest {

    /** The lesson with alice and bob and five shows; alice likes the first three, bob the last two. */
    private record Fixture(Lesson lesson, User alice, User bob, List<Show> shows) {
        static Fixture on(TestTarget target) {
            return on(target.open());
        }

        static Fixture on(Junction db) {
            Lesson lesson = Lesson.on(db);
            User alice = lesson.user("alice");
            User bob = lesson.user("bob");
            List<Show> shows = List.of(lesson.show("Dune"), lesson.show("Arrival"), lesson.show("Solaris"),
                    lesson.show("Stalker"), lesson.show("Sunshine"));
            lesson.favorites.set(alice, shows.subList(0, 3));
            lesson.favorites.set(bob, shows.subList(3, 5));
            return new Fixture(lesson, alice, bob, shows);
        }

        /** {@code user}'s join rows by show id. */
        Map<Long, Row> links(User user) {
            return lesson.favorites.getLinked(user).stream()
                    .collect(Collectors.toMap(l -> l.target().id(), l -> l.through(), (a, b) -> a));
        }
    }

    @DialectTest
    void setAddsNewLinksDropsOthersAndLeavesUnchangedRowsAsTheyWere(TestTarget target) {
        Fixture f = Fixture.on(target);
        Row kept = f.links(f.alice).get(f.shows.get(1).id());

        f.lesson.favorites.set(f.alice, List.of(f.shows.get(1), f.shows.get(3), f.shows.get(4)));

        Map<Long, Row> links = f.links(f.alice);
        assertThat(links).containsOnlyKeys(f.shows.get(1).id(), f.shows.get(3).id(), f.shows.get(4).id());
        assertThat(links.get(f.shows.get(1).id())).isEqualTo(kept);
        Row added = links.get(f.shows.get(3).id());
        assertThat(added.get("createdAt")).isNotNull().isEqualTo(added.get("updatedAt"));
        assertThat(added.getLong("UserId")).isEqualTo(f.alice.id());
        assertThat(f.lesson.favorites.get(f.bob)).containsExactlyInAnyOrderElementsOf(f.shows.subList(3, 5));
    }

    @DialectTest
    void setToTheSameLinksChangesNoRow(TestTarget target) {
        Fixture f = Fixture.on(target);
        Map<Long, Row> before = f.links(f.alice);

        f.lesson.favorites.set(f.alice, List.of(f.shows.get(2), f.shows.get(0), f.shows.get(1), f.shows.get(0)));

        assertThat(f.links(f.alice)).isEqualTo(before);
    }

    @DialectTest
    void setToNothingClearsOnlyThatOwner(TestTarget target) {
        Fixture f = Fixture.on(target);

        f.lesson.favorites.set(f.alice, List.of());

        assertThat(f.lesson.favorites.get(f.alice)).isEmpty();
        assertThat(f.lesson.favorites.get(f.bob)).containsExactlyInAnyOrderElementsOf(f.shows.subList(3, 5));
    }

    @DialectTest
    void setOfAllNewLinksToAnOwnerWithoutAny(TestTarget target) {
        Fixture f = Fixture.on(target);
        User carol = f.lesson.user("carol");

        f.lesson.favorites.set(carol, f.shows);

        assertThat(f.lesson.favorites.get(carol)).containsExactlyInAnyOrderElementsOf(f.shows);
    }

    @DialectTest
    void setIsUndoneWithTheCallersTransaction(TestTarget target) throws Exception {
        Fixture f = Fixture.on(target);

        try (Transaction tx = f.lesson.db.begin()) {
            f.lesson.favorites.in(tx).set(f.alice, List.of(f.shows.get(4)));
            assertThat(f.lesson.favorites.in(tx).get(f.alice)).containsExactly(f.shows.get(4));
            tx.rollback();
        }

        assertThat(f.lesson.favorites.get(f.alice)).containsExactlyInAnyOrderElementsOf(f.shows.subList(0, 3));
    }

    /** A set in a managed transaction leaves the COMMIT to it (on PostgreSQL a set of its own sends it itself). */
    @DialectTest
    void setIsUndoneWhenTheManagedTransactionAroundItFails(TestTarget target) {
        Fixture f = Fixture.on(target);

        Throwable failure = catchThrowable(() -> f.lesson.db.useTransaction(tx -> {
            f.lesson.favorites.set(f.alice, List.of(f.shows.get(4)));
            f.lesson.favorites.set(f.bob, List.of());
            throw new IllegalStateException("after the sets");
        }));

        assertThat(failure).hasMessage("after the sets");
        assertThat(f.lesson.favorites.get(f.alice)).containsExactlyInAnyOrderElementsOf(f.shows.subList(0, 3));
        assertThat(f.lesson.favorites.get(f.bob)).containsExactlyInAnyOrderElementsOf(f.shows.subList(3, 5));
    }

    @DialectTest
    void setInAFrameworksTransactionIsUndoneByItsRollback(TestTarget target) throws Exception {
        FrameworkTransactions framework = new FrameworkTransactions();
        Fixture f = Fixture.on(target.open(b -> b.transactionHook(framework)));
        try (Connection connection = target.jdbc()) {
            framework.begin(connection);
            f.lesson.favorites.set(f.alice, List.of(f.shows.get(4)));
            assertThat(f.lesson.favorites.get(f.alice)).as("inside").containsExactly(f.shows.get(4));
            framework.end(false);
        }

        assertThat(f.lesson.favorites.get(f.alice)).containsExactlyInAnyOrderElementsOf(f.shows.subList(0, 3));
    }

    /** A set whose statement fails (a target that is not there) writes nothing, and the pool's next user is fine. */
    @DialectTest
    void aFailedSetOfItsOwnWritesNothing(TestTarget target) {
        Fixture f = Fixture.on(target);

        Throwable failure = catchThrowable(() -> f.lesson.favorites.set(f.alice, List.of(f.shows.get(4), 9_999L)));

        assertThat(failure).isInstanceOf(ForeignKeyConstraintException.class);
        assertThat(f.lesson.favorites.get(f.alice)).containsExactlyInAnyOrderElementsOf(f.shows.subList(0, 3));
        f.lesson.favorites.set(f.alice, List.of(f.shows.get(4)));
        assertThat(f.lesson.favorites.get(f.alice)).containsExactly(f.shows.get(4));
    }

    @DialectTest
    void setWithJoinValuesWritesThemOnNewAndChangedLinks(TestTarget target) {
        Junction db = target.open();
        db.define("UserFavorites", m -> m.attribute("rating", DataType.integer()));
        Lesson lesson = Lesson.on(db);
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");
        Show solaris = lesson.show("Solaris");
        lesson.favorites.set(alice, List.of(dune, arrival));

        lesson.favorites.set(alice, List.of(Link.of(arrival, Map.of("rating", 4)), solaris), Map.of("rating", 2));

        Map<Long, Integer> ratings = lesson.favorites.getLinked(alice).stream()
                .collect(Collectors.toMap(l -> l.target().id(), l -> l.through().getInteger("rating")));
        assertThat(ratings).containsExactlyInAnyOrderEntriesOf(Map.of(arrival.id(), 4, solaris.id(), 2));
    }

    @DialectTest
    void setOfAJoinModelWithItsOwnIdKeepsTheIdsOfUnchangedLinks(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        Model<Row> picks = db.define("Picks", m -> m.freezeTableName()
                .attribute("id", DataType.integer(), a -> a.primaryKey().autoIncrement(true))
                .attribute("note", DataType.string()));
        BelongsToMany<User, Show> picked = users.belongsToMany(shows, as("Picked").through(picks));
        db.sync();
        User alice = users.create(new User("alice"));
        Show dune = shows.create(new Show("Dune"));
        Show arrival = shows.create(new Show("Arrival"));
        Show solaris = shows.create(new Show("Solaris"));
        picked.set(alice, List.of(dune, arrival));
        Map<Long, Object> before = ids(picked, alice);

        picked.set(alice, List.of(arrival, solaris));

        Map<Long, Object> after = ids(picked, alice);
        assertThat(after).containsOnlyKeys(arrival.id(), solaris.id());
        assertThat(after.get(arrival.id())).isEqualTo(before.get(arrival.id()));
        assertThat(after.get(solaris.id())).isNotNull().isNotIn(before.values());
        assertThat(picks.count()).isEqualTo(2);
    }

    @DialectTest
    void setInOneScopeLeavesTheOtherScopesLinks(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> watched = users.belongsToMany(shows, as("Watched")
                .through(Through.of("Viewings").scope("kind", "watched")).foreignKey("UserId"));
        BelongsToMany<User, Show> wanted = users.belongsToMany(shows, as("Wanted")
                .through(Through.of("Viewings").scope("kind", "wanted")).foreignKey("UserId"));
        db.sync();
        User alice = users.create(new User("alice"));
        Show dune = shows.create(new Show("Dune"));
        Show arrival = shows.create(new Show("Arrival"));
        wanted.set(alice, List.of(dune, arrival));
        watched.set(alice, List.of(dune));

        watched.set(alice, List.of(arrival));

        assertThat(watched.get(alice)).containsExactly(arrival);
        assertThat(wanted.get(alice)).containsExactlyInAnyOrder(dune, arrival);
        assertThat(db.model("Viewings").count()).isEqualTo(3);
    }

    /**
     * A join attribute's default supplier is called for each new link, as a create calls it per row: a supplier that
     * happens to give the first two calls one value (a coarse clock, a batch counter) must not have that value
     * copied to every link, as the one-statement set did when its sample of two rows agreed.
     */
    @DialectTest
    void aJoinAttributesDefaultSupplierGivesEveryNewLinkItsOwnValue(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        List<Integer> produced = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.function.Supplier<Integer> rank = () -> {
            int call = calls.incrementAndGet();
            int value = call <= 2 ? 100 : call;
            produced.add(value);
            return value;
        };
        Model<Row> picks = db.define("Picks", m -> m.freezeTableName()
                .attribute("rank", DataType.integer(), a -> a.defaultValue(rank)));
        BelongsToMany<User, Show> picked = users.belongsToMany(shows, as("Picked").through(picks));
        db.sync();
        User alice = users.create(new User("alice"));
        List<Show> three = List.of(shows.create(new Show("Dune")), shows.create(new Show("Arrival")),
                shows.create(new Show("Solaris")));

        picked.set(alice, three);

        List<Integer> stored = picked.getLinked(alice).stream().map(l -> l.through().getInteger("rank")).toList();
        assertThat(stored).hasSize(3).containsExactlyInAnyOrderElementsOf(produced);
        assertThat(picks.count()).isEqualTo(3);
    }

    private static Map<Long, Object> ids(BelongsToMany<User, Show> association, User user) {
        return association.getLinked(user).stream()
                .collect(Collectors.toMap(l -> l.target().id(), l -> l.through().get("id"), (a, b) -> a));
    }

}
