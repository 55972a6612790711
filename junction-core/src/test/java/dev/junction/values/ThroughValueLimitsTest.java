package dev.junction.values;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Link;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.math.BigDecimal;
import java.util.Map;

/** Values written on a join row by an association are checked and rounded like any other write. */
class ThroughValueLimitsTest {
    record User(Long id, String username) { }

    record Show(Long id, String title) { }

    record UserFavorite(Long UserId, Long ShowId, BigDecimal score, String note) { }

    @DialectTest
    void throughValuesAreRoundedAndRefusedOnNewAndExistingLinks(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through(UserFavorite.class));
        db.sync();
        User alice = users.create(new User(null, "alice"));
        Show dune = shows.create(new Show(null, "Dune"));
        Show heat = shows.create(new Show(null, "Heat"));
        Model<Row> links = db.model("UserFavorites");

        Throwable onNewLink = catchThrowable(() -> favorites.add(alice,
                Link.of(heat, Map.of("score", new BigDecimal("1E+40")))));
        favorites.add(alice, Link.of(dune, Map.of("score", new BigDecimal("1.005"))));
        Throwable onExistingLink = catchThrowable(() -> favorites.add(alice,
                Link.of(dune, Map.of("note", "a\uD800b"))));

        assertThat(onNewLink).isInstanceOf(ValidationException.class).hasMessageContaining("UserFavorite.score");
        assertThat(onExistingLink).isInstanceOf(ValidationException.class)
                .hasMessageContaining("UserFavorite.note contains an unpaired UTF-16 surrogate");
        assertThat(links.findAll()).hasSize(1).first().satisfies(link -> {
            assertThat(link.get("score")).isEqualTo(new BigDecimal("1.01"));
            assertThat(link.get("note")).isNull();
        });
    }
}
