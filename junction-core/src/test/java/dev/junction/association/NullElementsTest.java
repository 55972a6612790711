package dev.junction.association;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.association.Lesson.Show;
import dev.junction.association.Lesson.User;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nulls inside an argument, not only as the argument: a null join value is a value (stored as NULL), a null
 * attribute name or a null instance to load is a {@link ValidationException} — never a NullPointerException.
 */
class NullElementsTest {
    private record Fixture(Junction db, Model<User> users, Model<Show> shows, BelongsToMany<User, Show> rated,
                           User alice, Show dune) {
        static Fixture open(TestTarget target) {
            Junction db = target.open();
            Model<User> users = db.define(User.class);
            Model<Show> shows = db.define(Show.class);
            db.define("Ratings", m -> m.attribute("rating", DataType.integer()));
            BelongsToMany<User, Show> rated = users.belongsToMany(shows, as("Rated").through("Ratings"));
            db.sync();
            return new Fixture(db, users, shows, rated, users.create(new User("alice")),
                    shows.create(new Show("Dune")));
        }
    }

    @DialectTest
    void aNullJoinValueIsStoredAsNull(TestTarget target) {
        Fixture f = Fixture.open(target);
        Map<String, Object> values = new HashMap<>();
        values.put("rating", null);

        f.rated().add(f.alice(), List.of(Link.of(f.dune(), values)), Map.of());

        Row link = f.db().model("Ratings").findAll(Where.eq("UserId", f.alice().id())).get(0);
        assertThat(link.get("rating")).isNull();
        assertThat(f.rated().get(f.alice())).containsExactly(f.dune());
    }

    @DialectTest
    void aNullAttributeNameInJoinValuesIsRefusedByName(TestTarget target) {
        Map<String, Object> values = new HashMap<>();
        values.put(null, 5);

        assertThat(catchThrowable(() -> Link.of(1L, values))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Link.of");
    }

    @DialectTest
    void loadingANullInstanceIsRefusedByNameAndLoadsNothing(TestTarget target) {
        Fixture f = Fixture.open(target);

        assertThat(catchThrowable(() -> f.rated().load(Arrays.asList(f.alice(), null))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("User.load");
        assertThat(catchThrowable(() -> f.users().load(Arrays.asList(f.alice(), null))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("instance must not be null");
    }
}
