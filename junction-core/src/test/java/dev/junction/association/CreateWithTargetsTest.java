package dev.junction.association;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.UniqueConstraintException;
import dev.junction.ValidationException;
import dev.junction.query.Loaded;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@code model.create(instance, With.of(association, targets…))}: Sequelize's {@code create(values, { include })} —
 * a row and new rows of its associations (with join values) in one call and one transaction.
 */
class CreateWithTargetsTest {
    record User(Long id, String username) {
        User(String username) {
            this(null, username);
        }
    }

    record Show(Long id, String title) {
        Show(String title) {
            this(null, title);
        }
    }

    record Profile(Long id, String bio) { }

    record Beach(Long id, String name) { }

    record Sandcastle(Long id, String name) { }

    /** Users rate shows and have a profile; beaches have sandcastles, each sandcastle belongs to its beach. */
    private static final class Fixture {
        final List<String> statements = new CopyOnWriteArrayList<>();
        final Junction db;
        final Model<User> users;
        final Model<Show> shows;
        final Model<Profile> profiles;
        final Model<Beach> beaches;
        final Model<Sandcastle> castles;
        final BelongsToMany<User, Show> favorites;
        final HasOne<User, Profile> profile;
        final HasMany<Beach, Sandcastle> castlesOf;
        final BelongsTo<Sandcastle, Beach> beachOf;

        Fixture(TestTarget target) {
            db = target.open(b -> b.listener((sql, parameters, nanos) -> statements.add(sql)));
            users = db.define(User.class);
            shows = db.define(Show.class);
            profiles = db.define(Profile.class);
            beaches = db.define(Beach.class);
            castles = db.define(Sandcastle.class);
            db.define("Favorites", m -> m.attribute("rating", DataType.integer()));
            favorites = users.belongsToMany(shows, as("Favorites").through("Favorites"));
            profile = users.hasOne(profiles);
            castlesOf = beaches.hasMany(castles);
            beachOf = castles.belongsTo(beaches);
            db.sync();
        }

        long inserts() {
            return statements.stream().map(s -> s.stripLeading().toUpperCase())
                    .filter(s -> s.startsWith("INSERT") || s.startsWith("MERGE")).count();
        }
    }

    @DialectTest
    void createsAUserWithTwoNewShowsInFavoritesOneRated(TestTarget target) {
        Fixture f = new Fixture(target);

        Loaded<User> alice = f.users.create(new User("alice"),
                With.of(f.favorites, Link.of(new Show("Dune"), Map.of("rating", 5)), new Show("Arrival")));

        assertThat(alice.get().id()).isNotNull();
        assertThat(alice.get(f.favorites)).extracting(Show::title).containsExactly("Dune", "Arrival");
        assertThat(alice.get(f.favorites)).allSatisfy(show -> assertThat(show.id()).isNotNull());
        assertThat(alice.linked(f.favorites)).extracting(l -> l.through().getInteger("rating"))
                .containsExactly(5, null);
        assertThat(f.favorites.getLinked(alice.get())).extracting(l -> l.target().title() + ":"
                + l.through().getInteger("rating")).containsExactlyInAnyOrder("Dune:5", "Arrival:null");
    }

    @DialectTest
    void manyNewTargetsAreOneInsertAndTheirLinksAnother(TestTarget target) {
        Fixture f = new Fixture(target);
        f.statements.clear();

        f.users.create(new User("alice"), With.of(f.favorites, new Show("Dune"), new Show("Arrival"),
                new Show("Solaris")));

        assertThat(f.inserts()).isEqualTo(3);
        assertThat(f.shows.count(Where.all())).isEqualTo(3);
    }

    @DialectTest
    void aUniqueViolationInTheSecondShowLeavesNoUserAndNoShow(TestTarget target) {
        Fixture f = new Fixture(target);
        Show dune = f.shows.create(new Show("Dune"));

        assertThatThrownBy(() -> f.users.create(new User("alice"),
                With.of(f.favorites, new Show("Arrival"), new Show(dune.id(), "Dune again"))))
                .isInstanceOf(UniqueConstraintException.class);

        assertThat(f.users.count(Where.all())).isZero();
        assertThat(f.shows.findAll(dev.junction.query.Query.all())).containsExactly(dune);
        assertThat(f.db.model("Favorites").count(Where.all())).isZero();
    }

    @DialectTest
    void createsABeachWithItsSandcastles(TestTarget target) {
        Fixture f = new Fixture(target);

        Loaded<Beach> bondi = f.beaches.create(new Beach(null, "Bondi"),
                With.of(f.castlesOf, List.of(new Sandcastle(null, "Keep"), new Sandcastle(null, "Moat"))));

        assertThat(bondi.get(f.castlesOf)).extracting(Sandcastle::name).containsExactly("Keep", "Moat");
        assertThat(f.castlesOf.get(bondi.get())).extracting(Sandcastle::name)
                .containsExactlyInAnyOrder("Keep", "Moat");
    }

    @DialectTest
    void createsAUserWithItsProfile(TestTarget target) {
        Fixture f = new Fixture(target);

        Loaded<User> alice = f.users.create(new User("alice"), With.of(f.profile, new Profile(null, "reads")));

        assertThat(alice.get(f.profile)).map(Profile::bio).contains("reads");
        assertThat(f.profile.get(alice.get())).map(Profile::bio).contains("reads");
    }

    @DialectTest
    void createsTheBelongsToTargetFirstAndRefersToIt(TestTarget target) {
        Fixture f = new Fixture(target);

        Loaded<Sandcastle> keep = f.castles.create(new Sandcastle(null, "Keep"),
                With.of(f.beachOf, new Beach(null, "Manly")));

        assertThat(keep.get(f.beachOf)).map(Beach::name).contains("Manly");
        assertThat(f.beachOf.get(keep.get())).map(Beach::name).contains("Manly");
    }

    @DialectTest
    void severalAssociationsAtOnce(TestTarget target) {
        Fixture f = new Fixture(target);

        Loaded<User> alice = f.users.create(new User("alice"), With.of(f.profile, new Profile(null, "reads")),
                With.of(f.favorites, new Show("Dune")));

        assertThat(f.profile.get(alice.get())).isPresent();
        assertThat(f.favorites.get(alice.get())).extracting(Show::title).containsExactly("Dune");
    }

    @DialectTest
    void aWithOfAnotherModelIsRefusedBeforeAnythingIsWritten(TestTarget target) {
        Fixture f = new Fixture(target);

        assertThatThrownBy(() -> f.users.create(new User("alice"),
                With.of(f.castlesOf, List.of(new Sandcastle(null, "Keep")))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Beach.Sandcastles");

        assertThat(f.users.count(Where.all())).isZero();
    }

    @DialectTest
    void aNullTargetIsAValidationExceptionAndWritesNothing(TestTarget target) {
        Fixture f = new Fixture(target);

        assertThatThrownBy(() -> f.users.create(new User("alice"), With.of(f.favorites, new Show("Dune"), null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("User.Favorites");

        assertThat(f.users.count(Where.all())).isZero();
        assertThat(f.shows.count(Where.all())).isZero();
    }

    @DialectTest
    void insideTheCallersTransactionARollbackUndoesItAll(TestTarget target) {
        Fixture f = new Fixture(target);

        assertThatThrownBy(() -> f.db.transaction(tx -> {
            f.users.in(tx).create(new User("alice"), With.of(f.favorites, new Show("Dune")));
            throw new IllegalStateException("changed my mind");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(f.users.count(Where.all())).isZero();
        assertThat(f.shows.count(Where.all())).isZero();
    }
}
