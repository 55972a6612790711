package dev.junction.association.more;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Models;
import dev.junction.association.BelongsToMany;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.io.IOException;

/**
 * Associations living with their models, as in the lesson's {@code models/} folder: each class's
 * {@code static void associate(Models models)} declares its own side, and {@code defineAll} defines every class
 * before it runs any hook.
 */
class AssociateHookTest {
    record User(Long id, String username) {
        static void associate(Models models) {
            models.model(User.class).belongsToMany(models.model(Show.class),
                    as("Favorites").through("UserFavorites"));
        }
    }

    record Show(Long id, String title) {
        static void associate(Models models) {
            models.model(Show.class).belongsToMany(models.model(User.class), through("UserFavorites"));
        }
    }

    /** The lesson's Viewings: the Show side names its key, which the User side must pick up. */
    record Viewer(Long id, String username) {
        static void associate(Models models) {
            models.model(Viewer.class).belongsToMany(models.model(Series.class),
                    as("Watched").through("Viewings"));
        }
    }

    record Series(Long id, String title) {
        static void associate(Models models) {
            models.model(Series.class).belongsToMany(models.model(Viewer.class),
                    as("Viewers").through("Viewings").foreignKey("show_id"));
        }
    }

    record Genre(Long id, String name) { }

    /** A hook that declares a many-to-many without its join model. */
    record Careless(Long id) {
        static void associate(Models models) {
            models.model(Careless.class).belongsToMany(models.model(Show.class), as("Shows"));
        }
    }

    /** A hook that fails with a checked exception. */
    record Reader(Long id) {
        static void associate(Models models) throws IOException {
            throw new IOException("associations.yml not found");
        }
    }

    /** A hook that is not static. */
    record Forgetful(Long id) {
        void associate(Models models) {
            models.model(Forgetful.class).belongsToMany(models.model(Show.class), through("Forgotten"));
        }
    }

    @SuppressWarnings("unchecked")
    private static <S, T> BelongsToMany<S, T> belongsToMany(Model<S> model, String as) {
        return (BelongsToMany<S, T>) model.association(as);
    }

    @DialectTest
    void eachModelDeclaresItsOwnSide(TestTarget target) {
        Junction db = target.open();

        db.defineAll(User.class, Show.class);
        db.sync();

        Model<User> users = db.model(User.class);
        Model<Show> shows = db.model(Show.class);
        BelongsToMany<User, Show> favorites = belongsToMany(users, "Favorites");
        BelongsToMany<Show, User> fans = belongsToMany(shows, "Users");
        User alice = users.create(new User(null, "alice"));
        Show dune = shows.create(new Show(null, "Dune"));
        favorites.add(alice, dune);
        assertThat(fans.get(dune)).containsExactly(alice);
        assertThat(db.describe().table("UserFavorites").orElseThrow().primaryKey())
                .containsExactly("UserId", "ShowId");
    }

    @DialectTest
    void pairingDoesNotDependOnWhichHookRunsFirst(TestTarget target) {
        Junction first = target.open();
        first.defineAll(Viewer.class, Series.class);
        Junction second = target.open();
        second.defineAll(Series.class, Viewer.class);

        for (Junction db : new Junction[] {first, second}) {
            BelongsToMany<Viewer, Series> watched = belongsToMany(db.model(Viewer.class), "Watched");
            assertThat(watched.foreignKey()).isEqualTo("ViewerId");
            assertThat(watched.otherKey()).isEqualTo("show_id");
        }
    }

    @DialectTest
    void aClassWithoutAHookIsSimplyDefined(TestTarget target) {
        Junction db = target.open();

        db.defineAll(Genre.class, User.class, Show.class);
        db.sync();

        assertThat(db.model(Genre.class).associations()).isEmpty();
        assertThat(db.model(Genre.class).create(new Genre(null, "Drama")).id()).isNotNull();
    }

    @DialectTest
    void aHookThatThrowsPropagatesItsDefinitionException(TestTarget target) {
        Junction db = target.open();

        assertThatThrownBy(() -> db.defineAll(Show.class, User.class, Careless.class))
                .isExactlyInstanceOf(DefinitionException.class)
                .hasMessageContaining("Careless.belongsToMany(Show, as 'Shows')")
                .hasMessageContaining("'through' is required");
        assertThat(db.model(Careless.class).associations()).isEmpty();
    }

    @DialectTest
    void aHookFailingWithACheckedExceptionNamesTheClassAndKeepsTheCause(TestTarget target) {
        Junction db = target.open();

        assertThatThrownBy(() -> db.defineAll(Reader.class))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining(Reader.class.getName())
                .hasMessageContaining("associations.yml not found")
                .hasCauseInstanceOf(IOException.class);
    }

    @DialectTest
    void aHookThatIsNotStaticIsRefused(TestTarget target) {
        Junction db = target.open();

        assertThatThrownBy(() -> db.defineAll(Forgetful.class))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining(Forgetful.class.getName())
                .hasMessageContaining("must be static");
    }
}
