package dev.junction.readme;

import static dev.junction.association.Associations.through;
import static dev.junction.query.Include.include;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Models;
import dev.junction.association.AssociationKey;
import dev.junction.association.BelongsToMany;
import dev.junction.association.BelongsToManyKey;
import dev.junction.query.Loaded;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/** The README's "Typed handles" example, as written there, on every database. */
class ReadmeTypedHandlesTest {
    public record User(Long id, String username) {
        public static final BelongsToManyKey<User, Show> FAVORITES =
                AssociationKey.belongsToMany(User.class, "Favorites", Show.class);

        static void associate(Models models) {       // as("Favorites") comes from the key
            models.model(User.class).belongsToMany(models.model(Show.class), FAVORITES, through("UserFavorites"));
        }
    }

    public record Show(Long id, String title) {
        public static final BelongsToManyKey<Show, User> FANS =
                AssociationKey.belongsToMany(Show.class, "Users", User.class);

        static void associate(Models models) {
            models.model(Show.class).belongsToMany(models.model(User.class), FANS, through("UserFavorites"));
        }
    }

    @DialectTest
    void theTypedHandlesExample(TestTarget target) {
        Junction db = target.open();
        db.defineAll(User.class, Show.class);
        db.sync();
        User alice = db.model(User.class).create(new User(null, "alice"));
        Show dune = db.model(Show.class).create(new Show(null, "Dune"));

        BelongsToMany<User, Show> favorites = db.association(User.FAVORITES);    // typed by the key: no cast, no string
        BelongsToMany<Show, User> fans = db.model(Show.class).association(Show.FANS);
        favorites.add(alice, dune);
        List<Loaded<User>> loaded = db.model(User.class).findAll(include(favorites));   // alice's Dune, loaded

        assertThat(loaded).hasSize(1);
        assertThat(loaded.get(0).get(favorites)).containsExactly(dune);
        assertThat(fans.get(dune)).containsExactly(alice);
        assertThat(fans.as()).isEqualTo("Users");
        assertThat(favorites.through().name()).isEqualTo("UserFavorites");
    }
}
