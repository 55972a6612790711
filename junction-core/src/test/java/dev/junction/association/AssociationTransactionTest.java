package dev.junction.association;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Transaction;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Association handles join an explicit transaction through in(tx), from any thread, like models do. */
class AssociationTransactionTest {
    record User(Long id, String username) { }

    record Show(Long id, String title) { }

    record Beach(Long id, String name) { }

    record Castle(Long id, String name, Long BeachId) { }

    @DialectTest
    void linksWrittenInAnUnmanagedTransactionAppearOnlyOnCommit(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        db.sync();
        User alice = users.create(new User(null, "alice"));
        Show dune = shows.create(new Show(null, "Dune"));

        try (Transaction tx = db.begin()) {
            CompletableFuture.runAsync(() -> favorites.in(tx).add(alice, dune)).get();
            assertThat(favorites.in(tx).get(alice)).containsExactly(dune);
            tx.rollback();
        }
        assertThat(favorites.get(alice)).isEmpty();

        try (Transaction tx = db.begin()) {
            Show created = favorites.in(tx).create(alice, new Show(null, "Arrival"));
            tx.commit();
            assertThat(favorites.get(alice)).containsExactly(created);
        }
    }

    @DialectTest
    void hasManyWritesInAnUnmanagedTransactionRollBack(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Castle> castles = db.define(Castle.class);
        HasMany<Beach, Castle> built = beaches.hasMany(castles);
        db.sync();
        Beach north = beaches.create(new Beach(null, "North"));
        Castle keep = castles.create(new Castle(null, "Keep", null));
        try (Transaction tx = db.begin()) {
            built.in(tx).set(north, List.of(keep));
            assertThat(built.in(tx).get(north)).containsExactly(new Castle(keep.id(), "Keep", north.id()));
        }
        assertThat(built.get(north)).isEmpty();
    }
}
