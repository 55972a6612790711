package dev.junction.association.more;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.annotation.Column;
import dev.junction.association.BelongsToMany;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/**
 * {@code set} locks the owner and reads its links before the diff — on MariaDB in one statement joining the owner's
 * row to its links. Without a foreign key, links may name an owner that has no row; the set must still read them, and
 * replace them, on every database.
 */
class SetOwnerWithoutRowTest {
    record User(Long id, @Column(unique = true, allowNull = false, length = 40) String username) { }

    record Show(Long id, String title) { }

    private record Fixture(Junction db, Model<User> users, Model<Show> shows, BelongsToMany<User, Show> picks) { }

    private static Fixture fixture(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        db.define("Picks", m -> m.attribute("rating", DataType.integer()));
        BelongsToMany<User, Show> picks = users.belongsToMany(shows, as("Picks").through("Picks").constraints(false));
        db.sync();
        return new Fixture(db, users, shows, picks);
    }

    @DialectTest
    void setOfAnOwnerWithoutARowReplacesTheLinksThatNameIt(TestTarget target) {
        Fixture f = fixture(target);
        Show dune = f.shows.create(new Show(null, "Dune"));
        Show arrival = f.shows.create(new Show(null, "Arrival"));
        Show solaris = f.shows.create(new Show(null, "Solaris"));
        User ghost = new User(4242L, "ghost"); // never inserted: nothing stops its links without a foreign key
        f.db.model("Picks").bulkCreate(List.of(Row.of("UserId", 4242L, "ShowId", dune.id(), "rating", 1),
                Row.of("UserId", 4242L, "ShowId", arrival.id(), "rating", 2)));

        f.picks.set(ghost, List.of(arrival, solaris), Map.of("rating", 5));

        assertThat(f.picks.getLinked(ghost)).extracting(l -> l.target().title(), l -> l.through().get("rating"))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Arrival", 5),
                        org.assertj.core.groups.Tuple.tuple("Solaris", 5));
    }

    @DialectTest
    void setOfAnOwnerWithARowAndNoLinksInsertsThemAll(TestTarget target) {
        Fixture f = fixture(target);
        User alice = f.users.create(new User(null, "alice"));
        Show dune = f.shows.create(new Show(null, "Dune"));
        Show arrival = f.shows.create(new Show(null, "Arrival"));

        f.picks.set(alice, List.of(dune, arrival), Map.of("rating", 3));
        f.picks.set(alice, List.of(arrival), Map.of("rating", 4));

        assertThat(f.picks.getLinked(alice)).extracting(l -> l.target().title(), l -> l.through().get("rating"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Arrival", 4));
    }
}
