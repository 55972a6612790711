package dev.junction.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.ValidationException;
import dev.junction.testing.DialectTest;
import dev.junction.testing.EveryKind;
import dev.junction.testing.EveryKind.Beach;
import dev.junction.testing.EveryKind.Profile;
import dev.junction.testing.EveryKind.Sandcastle;
import dev.junction.testing.EveryKind.Show;
import dev.junction.testing.EveryKind.User;
import dev.junction.testing.TestTarget;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * {@code set(source, null)} clears, as in Sequelize: a belongsToMany's links, a hasMany's targets, a hasOne's
 * target, a belongsTo's key. A null element among the targets stays a {@link ValidationException}.
 */
class SetNullTest {
    private static final class Fixture {
        final BelongsToMany<User, Show> favorites;
        final HasOne<User, Profile> profile;
        final HasMany<Beach, Sandcastle> castles;
        final BelongsTo<Sandcastle, Beach> beach;
        final User alice;
        final Show dune;
        final Beach bondi;
        final Sandcastle keep;

        Fixture(TestTarget target) {
            EveryKind world = new EveryKind(target);
            favorites = world.favorites;
            profile = world.profile;
            castles = world.castles;
            beach = world.beach;
            alice = world.alice;
            dune = world.dune;
            bondi = world.bondi;
            keep = world.keep;
            favorites.add(alice, world.shows.create(new Show(null, "Arrival")));
            profile.set(alice, world.profiles.create(new Profile(null, "reads")));
            castles.add(bondi, keep, world.sandcastles.create(new Sandcastle(null, "Moat")));
        }
    }

    @DialectTest
    void belongsToManySetNullClearsTheLinks(TestTarget target) {
        Fixture f = new Fixture(target);

        f.favorites.set(f.alice, null);

        assertThat(f.favorites.get(f.alice)).isEmpty();
    }

    @DialectTest
    void belongsToManySetNullWithJoinValuesClearsTheLinks(TestTarget target) {
        Fixture f = new Fixture(target);

        f.favorites.set(f.alice, null, null);

        assertThat(f.favorites.count(f.alice)).isZero();
    }

    @DialectTest
    void aNullTargetAmongTheTargetsIsAValidationExceptionAndChangesNothing(TestTarget target) {
        Fixture f = new Fixture(target);

        assertThatThrownBy(() -> f.favorites.set(f.alice, Arrays.asList(f.dune, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("User.Favorites");

        assertThat(f.favorites.count(f.alice)).isEqualTo(2);
    }

    @DialectTest
    void belongsToManyAddOfNoCollectionLinksNothing(TestTarget target) {
        Fixture f = new Fixture(target);

        assertThat(f.favorites.add(f.alice, (Collection<?>) null, Map.of())).isEmpty();
        assertThat(f.favorites.add(f.alice, (Object[]) null)).isEmpty();

        assertThat(f.favorites.count(f.alice)).isEqualTo(2);
    }

    @DialectTest
    void hasManySetNullLetsEveryTargetGo(TestTarget target) {
        Fixture f = new Fixture(target);

        f.castles.set(f.bondi, null);

        assertThat(f.castles.get(f.bondi)).isEmpty();
    }

    @DialectTest
    void hasOneSetNullUnlinksTheTarget(TestTarget target) {
        Fixture f = new Fixture(target);

        f.profile.set(f.alice, null);

        assertThat(f.profile.get(f.alice)).isEmpty();
    }

    @DialectTest
    void belongsToSetNullClearsTheKey(TestTarget target) {
        Fixture f = new Fixture(target);
        f.beach.set(f.keep, f.bondi);

        f.beach.set(f.keep, null);

        assertThat(f.beach.get(f.keep)).isEmpty();
        assertThat(f.castles.get(f.bondi)).extracting(Sandcastle::name).containsExactly("Moat");
    }

    @DialectTest
    void removeAndHasOfNoTargetsChangeNothing(TestTarget target) {
        Fixture f = new Fixture(target);

        f.favorites.remove(f.alice, (Object[]) null);
        f.castles.remove(f.bondi, (Object[]) null);

        assertThat(f.favorites.has(f.alice, (Object[]) null)).isTrue();
        assertThat(f.favorites.count(f.alice)).isEqualTo(2);
        assertThat(f.castles.get(f.bondi)).hasSize(2);
    }
}
