package dev.junction.reliability;

import static dev.junction.association.Associations.as;
import static dev.junction.query.Include.include;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.DatabaseException;
import dev.junction.ForeignKeyConstraintException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.Transaction;
import dev.junction.UniqueConstraintException;
import dev.junction.ValidationException;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Link;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every failure gives its connection back: constraint violations in the middle of {@code add}, {@code set} and
 * {@code bulkCreate}, values refused before anything ran, the caller's own code throwing inside a transaction, and
 * streams whose query or rows fail — closed, or left unclosed. After each, the pool has no active connection and
 * the next operation works.
 */
class ConnectionLeakTest {
    record User(Long id, String username) { }

    record Show(Long id, String title) { }

    /** A note whose record refuses one text: a row the stream can read but the mapper cannot build. */
    record Note(Long id, String text, Long UserId) {
        Note {
            if ("poison".equals(text)) throw new IllegalArgumentException("a poisoned note");
        }
    }

    /** Users and shows linked through UserFavorites, which carry a {@code rank}. */
    private static final class Shelf {
        final Junction db;
        final Model<User> users;
        final Model<Show> shows;
        final BelongsToMany<User, Show> favorites;
        final User alice;
        final List<Show> lineup;

        Shelf(TestTarget target) {
            db = target.open();
            users = db.define(User.class);
            shows = db.define(Show.class);
            db.define("UserFavorites", m -> m.attribute("rank", DataType.integer()));
            favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
            db.sync();
            alice = users.create(new User(null, "alice"));
            lineup = shows.bulkCreate(List.of(new Show(null, "Dune"), new Show(null, "Arrival"),
                    new Show(null, "Heat")));
            favorites.add(alice, Link.of(lineup.get(0), Map.of("rank", 1)));
        }

        Show show(int i) {
            return lineup.get(i);
        }

        /** Alice's favourites are still just the first show, and no connection is held. */
        void assertUnchangedAndIdle() {
            assertThat(favorites.get(alice)).containsExactly(show(0));
            assertThat(db.poolStats().active()).isZero();
        }
    }

    @DialectTest
    void aConstraintViolationInsideAddSetOrBulkCreateGivesTheConnectionBack(TestTarget target) {
        Shelf s = new Shelf(target);

        Throwable addMissing = catchThrowable(() -> s.favorites.add(s.alice, s.show(1), 4242L));
        s.assertUnchangedAndIdle();
        Throwable createForGhost = catchThrowable(() -> s.favorites.create(new User(4242L, "ghost"),
                new Show(null, "for nobody")));
        s.assertUnchangedAndIdle();
        Throwable setMissing = catchThrowable(() -> s.favorites.set(s.alice,
                List.of(Link.of(s.show(1), Map.of("rank", 2)), 4242L)));
        s.assertUnchangedAndIdle();
        List<Row> links = List.of(Row.of("UserId", s.alice.id(), "ShowId", s.show(2).id()),
                Row.of("UserId", s.alice.id(), "ShowId", s.show(0).id()));
        Throwable bulkTaken = catchThrowable(() -> s.db.model("UserFavorites").bulkCreate(links));
        s.assertUnchangedAndIdle();

        assertThat(addMissing).isInstanceOf(ForeignKeyConstraintException.class);
        assertThat(createForGhost).isInstanceOf(ForeignKeyConstraintException.class);
        assertThat(setMissing).isInstanceOf(ForeignKeyConstraintException.class);
        assertThat(bulkTaken).isInstanceOf(UniqueConstraintException.class);
        assertThat(s.shows.count()).as("the show created for the ghost was rolled back").isEqualTo(3);
        s.favorites.add(s.alice, s.show(1));
        assertThat(s.favorites.get(s.alice)).containsExactlyInAnyOrder(s.show(0), s.show(1));
    }

    @DialectTest
    void aValidationFailureGivesTheConnectionBack(TestTarget target) {
        Shelf s = new Shelf(target);

        Throwable unknownColumn = catchThrowable(() -> s.favorites.add(s.alice,
                Link.of(s.show(1), Map.of("nope", 1))));
        Throwable unsaved = catchThrowable(() -> s.favorites.set(new User(null, "ghost"), List.of(s.show(1))));
        Throwable badFilter = catchThrowable(() -> s.users.findAll(Where.eq("nope", 1)));
        Throwable insideATransaction = catchThrowable(() -> s.db.useTransaction(tx -> {
            s.favorites.add(s.alice, s.show(2));
            s.favorites.add(s.alice, Link.of(s.show(1), Map.of("rank", "not a number")));
        }));

        assertThat(List.of(unknownColumn, unsaved, badFilter, insideATransaction))
                .allSatisfy(e -> assertThat(e).isInstanceOf(ValidationException.class));
        s.assertUnchangedAndIdle();
    }

    @DialectTest
    void anExceptionFromTheCallersCodeInATransactionGivesTheConnectionBack(TestTarget target) {
        Shelf s = new Shelf(target);

        Throwable managed = catchThrowable(() -> s.db.useTransaction(tx -> {
            s.favorites.set(s.alice, List.of(s.show(1), s.show(2)));
            s.shows.create(new Show(null, "Ronin"));
            throw new IllegalStateException("the caller changed its mind");
        }));
        s.assertUnchangedAndIdle();
        Throwable nested = catchThrowable(() -> s.db.useTransaction(tx -> {
            s.favorites.add(s.alice, s.show(2));
            s.db.useTransaction(inner -> {
                s.favorites.remove(s.alice, s.show(0));
                throw new IllegalStateException("inner");
            });
        }));
        s.assertUnchangedAndIdle();
        Throwable unmanaged = catchThrowable(() -> {
            try (Transaction tx = s.db.begin()) {
                s.favorites.in(tx).add(s.alice, s.show(1));
                throw new IllegalStateException("before commit");
            }
        });

        assertThat(managed).hasMessage("the caller changed its mind");
        assertThat(nested).hasMessage("inner");
        assertThat(unmanaged).hasMessage("before commit");
        s.assertUnchangedAndIdle();
        assertThat(s.shows.count()).isEqualTo(3);
    }

    @DialectTest
    void aStreamWhoseQueryFailsGivesTheConnectionBack(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        // never synced: the tables do not exist

        Throwable plain = catchThrowable(() -> {
            try (Stream<User> stream = users.stream(Query.all())) {
                stream.count();
            }
        });
        Throwable withIncludes = catchThrowable(() -> users.stream(Query.all(), include(favorites)).toList());

        assertThat(plain).isInstanceOf(DatabaseException.class).hasMessageContaining("Users");
        assertThat(withIncludes).isInstanceOf(DatabaseException.class).hasMessageContaining("Users");
        assertThat(db.poolStats().active()).isZero();
        db.sync();
        assertThat(users.stream(Query.all()).toList()).isEmpty();
        assertThat(db.poolStats().active()).isZero();
    }

    @DialectTest
    void aStreamFailingOnARowGivesTheConnectionBackEvenUnclosed(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Note> notes = db.define(Note.class);
        BelongsTo<Note, User> author = notes.belongsTo(users);
        db.sync();
        User alice = users.create(new User(null, "alice"));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            rows.add(Row.of("text", i == 1_234 ? "poison" : "note" + i, "UserId", alice.id()));
        }
        db.model("Note").bulkCreate(rows);
        Query byId = Query.all().order(Order.asc("id"));

        Throwable plain = catchThrowable(() -> notes.stream(byId).toList());
        assertThat(db.poolStats().active()).as("after the plain stream").isZero();
        Throwable withIncludes = catchThrowable(() -> notes.stream(byId, include(author)).toList());
        assertThat(db.poolStats().active()).as("after the stream with includes").isZero();
        Iterator<Note> iterator = notes.stream(byId).iterator();
        int read = 0;
        Throwable midway = null;
        while (midway == null) {
            try {
                iterator.next();
                read++;
            } catch (IllegalArgumentException e) {
                midway = e;
            }
        }
        Throwable afterwards = catchThrowable(iterator::hasNext);

        assertThat(List.of(plain, withIncludes, midway)).allSatisfy(e -> assertThat(e)
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a poisoned note"));
        assertThat(read).isEqualTo(1_234);
        assertThat(afterwards).as("a failed stream does not pass for one read to the end")
                .isInstanceOf(IllegalStateException.class).hasCause(midway);
        assertThat(db.poolStats().active()).isZero();
        assertThat(notes.count()).isEqualTo(2_500);
    }
}
