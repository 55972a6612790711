package dev.junction.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.ForeignKeyConstraintException;
import dev.junction.ValidationException;
import dev.junction.association.Lesson.Show;
import dev.junction.association.Lesson.User;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.Arrays;
import java.util.List;

/** What a many-to-many accessor is given wrongly fails with a typed error, and nothing is written. */
class ManyToManyBadInputTest {

    @DialectTest
    void unsavedSourceIsRefused(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        Show dune = lesson.show("Dune");

        assertThatThrownBy(() -> lesson.favorites.add(new User("ghost"), dune))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.model()).isEqualTo("User"))
                .hasMessageContaining("User.Favorites")
                .hasMessageContaining("not saved");

        assertThat(Lesson.rows(target, lesson.db, "UserFavorites")).isZero();
    }

    @DialectTest
    void unsavedTargetIsRefused(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");

        assertThatThrownBy(() -> lesson.favorites.add(alice, dune, new Show("Unsaved")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.model()).isEqualTo("Show"))
                .hasMessageContaining("User.Favorites")
                .hasMessageContaining("not saved");

        assertThat(Lesson.rows(target, lesson.db, "UserFavorites")).isZero();
    }

    @DialectTest
    void setWithAnUnsavedTargetKeepsTheLinksThereWere(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");
        lesson.favorites.add(alice, dune);

        assertThatThrownBy(() -> lesson.favorites.set(alice, List.of(arrival, new Show("Unsaved"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("User.Favorites");

        assertThat(lesson.favorites.get(alice)).containsExactly(dune);
    }

    @DialectTest
    void createForAnUnsavedSourceCreatesNoTarget(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());

        assertThatThrownBy(() -> lesson.favorites.create(new User("ghost"), new Show("Solaris")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("User.Favorites");

        assertThat(lesson.shows.count()).isZero();
    }

    @DialectTest
    void instanceOfTheWrongModelIsRefusedNamingTheAssociation(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        User bob = lesson.user("bob");

        assertThatThrownBy(() -> lesson.favorites.add(alice, bob))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.model()).isEqualTo("Show"))
                .hasMessageContaining("User.Favorites")
                .hasMessageContaining("Show")
                .hasMessageContaining("User");

        assertThat(Lesson.rows(target, lesson.db, "UserFavorites")).isZero();
    }

    @DialectTest
    void wrongModelIsRefusedByReadsToo(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");

        assertThatThrownBy(() -> lesson.favorites.has(alice, alice))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("User.Favorites");
    }

    @DialectTest
    void nullTargetIsRefusedByAdd(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");

        assertThatThrownBy(() -> lesson.favorites.add(alice, dune, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("User.Favorites")
                .hasMessageContaining("null");

        assertThat(Lesson.rows(target, lesson.db, "UserFavorites")).isZero();
    }

    @DialectTest
    void nullTargetIsRefusedBySetAndRemove(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        lesson.favorites.add(alice, dune);

        assertThatThrownBy(() -> lesson.favorites.set(alice, Arrays.asList(dune, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("User.Favorites");
        assertThatThrownBy(() -> lesson.favorites.remove(alice, dune, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("User.Favorites");

        assertThat(lesson.favorites.get(alice)).containsExactly(dune);
    }

    @DialectTest
    void nullSourceIsRefused(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        Show dune = lesson.show("Dune");

        assertThatThrownBy(() -> lesson.favorites.add(null, dune))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("User.Favorites");
        assertThatThrownBy(() -> lesson.favorites.get(null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("User.Favorites");
    }

    @DialectTest
    void keyOfTheWrongTypeIsRefused(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");

        assertThatThrownBy(() -> lesson.favorites.add(alice, "Dune"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.model()).isEqualTo("Show"));
        assertThatThrownBy(() -> lesson.favorites.has(alice, "Dune"))
                .isInstanceOf(ValidationException.class);

        assertThat(Lesson.rows(target, lesson.db, "UserFavorites")).isZero();
    }

    @DialectTest
    void keyOfAMissingTargetIsAForeignKeyViolation(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");

        assertThatThrownBy(() -> lesson.favorites.add(alice, dune, dune.id() + 1000))
                .isInstanceOfSatisfying(ForeignKeyConstraintException.class,
                        e -> assertThat(e.table()).isEqualTo("UserFavorites"));

        assertThat(Lesson.rows(target, lesson.db, "UserFavorites")).isZero();
    }

    @DialectTest
    void setWithTheKeyOfAMissingTargetKeepsTheLinksThereWere(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        User alice = lesson.user("alice");
        Show dune = lesson.show("Dune");
        Show arrival = lesson.show("Arrival");
        lesson.favorites.add(alice, dune);

        assertThatThrownBy(() -> lesson.favorites.set(alice, List.of(arrival, arrival.id() + 1000)))
                .isInstanceOf(ForeignKeyConstraintException.class);

        assertThat(lesson.favorites.get(alice)).containsExactly(dune);
    }

    @DialectTest
    void keyOfAMissingSourceIsAForeignKeyViolation(TestTarget target) {
        Lesson lesson = Lesson.on(target.open());
        Show dune = lesson.show("Dune");

        assertThatThrownBy(() -> lesson.fans.add(dune, 4242L))
                .isInstanceOf(ForeignKeyConstraintException.class);

        assertThat(Lesson.rows(target, lesson.db, "UserFavorites")).isZero();
    }
}
