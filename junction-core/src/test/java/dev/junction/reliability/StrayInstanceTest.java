package dev.junction.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.ForeignKeyConstraintException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.UniqueConstraintException;
import dev.junction.ValidationException;
import dev.junction.reliability.Catalog.Show;
import dev.junction.reliability.Catalog.User;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Instances that are not what they seem: never saved, deleted since, or of another model. Each call that gets one
 * fails with a typed error naming what was wrong, and writes nothing — not even the part of the call that was fine.
 */
class StrayInstanceTest {
    record Movie(Long id, String title) { }

    /** A catalog with alice, bob, dune and arrival, and alice's favourite dune. */
    private static final class Shelf {
        final Catalog c;
        final User alice;
        final User bob;
        final Show dune;
        final Show arrival;

        Shelf(TestTarget target) {
            c = new Catalog(target, b -> b);
            List<User> users = c.createUsers(2);
            alice = users.get(0);
            bob = users.get(1);
            List<Show> shows = c.createShows(2);
            dune = shows.get(0);
            arrival = shows.get(1);
            c.favorites.add(alice, dune);
        }

        Map<Long, List<Long>> unchanged() {
            return Map.of(alice.id(), List.of(dune.id()));
        }
    }

    @DialectTest
    void anUnsavedTargetIsRefusedAndNoneOfTheCallIsWritten(TestTarget target) throws Exception {
        Shelf s = new Shelf(target);

        Throwable add = catchThrowable(() -> s.c.favorites.add(s.alice, s.arrival, new Show(null, "unsaved")));
        Throwable set = catchThrowable(() -> s.c.favorites.set(s.alice, List.of(s.arrival, new Show(null, "x"))));

        assertThat(add).isInstanceOf(ValidationException.class).hasMessageContaining("User.Favorites")
                .hasMessageContaining("not saved");
        assertThat(((ValidationException) add).model()).isEqualTo("Show");
        assertThat(set).isInstanceOf(ValidationException.class);
        assertThat(s.c.favoriteRows()).isEqualTo(s.unchanged());
    }

    @DialectTest
    void anUnsavedSourceIsRefused(TestTarget target) throws Exception {
        Shelf s = new Shelf(target);

        Throwable thrown = catchThrowable(() -> s.c.favorites.add(new User(null, "ghost"), s.arrival));

        assertThat(thrown).isInstanceOf(ValidationException.class).hasMessageContaining("User.Favorites source")
                .hasMessageContaining("not saved");
        assertThat(s.c.favoriteRows()).isEqualTo(s.unchanged());
    }

    @DialectTest
    void aDeletedTargetFailsTheWholeAddAndTheWholeSet(TestTarget target) throws Exception {
        Shelf s = new Shelf(target);
        Show gone = s.c.shows.create(new Show(null, "gone"));
        s.c.shows.destroy(gone);

        Throwable add = catchThrowable(() -> s.c.favorites.add(s.alice, s.arrival, gone));
        Throwable set = catchThrowable(() -> s.c.favorites.set(s.alice, List.of(s.arrival, gone)));

        assertThat(add).isInstanceOfSatisfying(ForeignKeyConstraintException.class,
                e -> assertThat(e.table()).isEqualTo("UserFavorites"));
        assertThat(add).hasMessageContaining("UserFavorites");
        assertThat(set).isInstanceOf(ForeignKeyConstraintException.class);
        assertThat(s.c.favoriteRows()).as("dune still linked, arrival not").isEqualTo(s.unchanged());
    }

    @DialectTest
    void linksOfADeletedSourceAreRefusedAndItsTargetIsNotCreated(TestTarget target) throws Exception {
        Shelf s = new Shelf(target);
        s.c.users.destroy(s.bob);

        Throwable set = catchThrowable(() -> s.c.favorites.set(s.bob, List.of(s.dune)));
        Throwable create = catchThrowable(() -> s.c.favorites.create(s.bob, new Show(null, "for nobody")));

        assertThat(set).isInstanceOf(ForeignKeyConstraintException.class).hasMessageContaining("UserFavorites");
        assertThat(create).isInstanceOf(ForeignKeyConstraintException.class);
        assertThat(s.c.count("Shows")).as("the show created for bob was rolled back with its link").isEqualTo(2);
        assertThat(s.c.favoriteRows()).isEqualTo(s.unchanged());
    }

    /** Targets may be instances, Rows or keys, so another model's instance gets past the compiler; a source cannot. */
    @DialectTest
    void anInstanceOfAnotherModelIsRefused(TestTarget target) throws Exception {
        Shelf s = new Shelf(target);
        Movie movie = new Movie(s.arrival.id(), "same id, other model");

        Throwable asTarget = catchThrowable(() -> s.c.favorites.add(s.alice, s.arrival, movie));
        Throwable userAsShow = catchThrowable(() -> s.c.favorites.remove(s.alice, s.bob));

        assertThat(asTarget).isInstanceOf(ValidationException.class).hasMessageContaining("expected a Show")
                .hasMessageContaining("Movie");
        assertThat(userAsShow).isInstanceOf(ValidationException.class).hasMessageContaining("got a User");
        assertThat(s.c.favoriteRows()).isEqualTo(s.unchanged());
    }

    @DialectTest
    void aBulkCreateWithOneBadRowWritesNone(TestTarget target) {
        Junction db = target.open();
        Model<Row> tags = db.define("Tag", m -> m.attribute("name", DataType.string(20), a -> a.unique()));
        db.sync();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) rows.add(Row.of("name", "tag" + (i == 2_500 ? 7 : i)));

        Throwable thrown = catchThrowable(() -> tags.bulkCreate(rows));

        assertThat(thrown).isInstanceOfSatisfying(UniqueConstraintException.class,
                e -> assertThat(e.columns()).containsExactly("name"));
        assertThat(tags.count()).isZero();
        assertThat(db.poolStats().active()).isZero();
    }
}
