package dev.junction.association;

import static dev.junction.association.Associations.as;
import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.gt;
import static dev.junction.query.Where.ne;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.annotation.Column;
import dev.junction.schema.DataType;
import dev.junction.schema.ModelSpec;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code count} and {@code has} of a belongsToMany read the join table alone when a foreign key vouches for every
 * link's target, and join the targets whenever something about them can exclude a link (no constraint, a paranoid
 * or scoped target, a target filter). Either way they agree with {@code get}.
 */
class LinkCountTest {
    record User(Long id, @Column(unique = true, allowNull = false, length = 40) String username) { }

    record Show(Long id, @Column(unique = true, allowNull = false, length = 20) String code, String title) { }

    /** Users, shows and alice's favourites; every statement's text is kept in {@link #statements}. */
    private static final class Fixture {
        final List<String> statements = Collections.synchronizedList(new ArrayList<>());
        final Junction db;
        final Model<User> users;
        final Model<Show> shows;
        final BelongsToMany<User, Show> favorites;
        final User alice;

        Fixture(TestTarget target, Consumer<ModelSpec> showSpec, AssociationOptions options) {
            db = target.open(b -> b.listener((sql, values, nanos) -> statements.add(sql)));
            users = db.define(User.class);
            shows = db.define(Show.class, showSpec);
            db.define("UserFavorites", m -> m.attribute("rating", DataType.integer()));
            favorites = users.belongsToMany(shows, options);
            db.sync();
            alice = users.create(new User(null, "alice"));
        }

        Fixture(TestTarget target) {
            this(target, m -> { }, as("Favorites").through("UserFavorites"));
        }

        Show show(String code) {
            return shows.create(new Show(null, code, code.toLowerCase(java.util.Locale.ROOT)));
        }

        /** The statements {@code work} ran. */
        List<String> ran(Runnable work) {
            statements.clear();
            work.run();
            return List.copyOf(statements);
        }
    }

    @DialectTest
    void withAForeignKeyCountAndHasReadTheJoinTableAlone(TestTarget target) {
        Fixture f = new Fixture(target);
        Show dune = f.show("DUNE");
        Show arrival = f.show("ARRIVAL");
        Show heat = f.show("HEAT");
        f.favorites.add(f.alice, dune, arrival);
        long[] count = new long[1];
        boolean[] has = new boolean[3];

        List<String> sql = f.ran(() -> {
            count[0] = f.favorites.count(f.alice);
            has[0] = f.favorites.has(f.alice, dune, arrival);
            has[1] = f.favorites.has(f.alice, dune, heat);
            has[2] = f.favorites.has(f.alice, arrival.id());
        });

        assertThat(count[0]).isEqualTo(2);
        assertThat(has).containsExactly(true, false, true);
        assertThat(sql).hasSize(4).allSatisfy(s -> assertThat(s).contains("UserFavorites").doesNotContain("Shows"));
    }

    @DialectTest
    void withoutAConstraintADanglingLinkIsNeitherCountedNorHad(TestTarget target) {
        Fixture f = new Fixture(target, m -> { }, as("Picks").through("Picks").constraints(false));
        Show dune = f.show("DUNE");
        f.favorites.add(f.alice, dune);
        // Nothing stops a link to no show here: the join table has no FOREIGN KEY.
        f.db.model("Picks").bulkCreate(List.of(Row.of("UserId", f.alice.id(), "ShowId", dune.id() + 1000)));
        long[] count = new long[1];
        boolean[] has = new boolean[2];

        List<String> sql = f.ran(() -> {
            count[0] = f.favorites.count(f.alice);
            has[0] = f.favorites.has(f.alice, dune.id() + 1000);
            has[1] = f.favorites.has(f.alice, dune);
        });

        assertThat(count[0]).isEqualTo(1).isEqualTo(f.favorites.get(f.alice).size());
        assertThat(has).containsExactly(false, true);
        assertThat(sql).allSatisfy(s -> assertThat(s).contains("Shows"));
    }

    @DialectTest
    void softDeletedTargetsAreNeitherCountedNorHad(TestTarget target) {
        Fixture f = new Fixture(target, ModelSpec::paranoid, as("Favorites").through("UserFavorites"));
        Show dune = f.show("DUNE");
        Show gone = f.show("GONE");
        f.favorites.add(f.alice, dune, gone);
        f.shows.destroy(gone);
        long[] count = new long[1];
        boolean[] has = new boolean[2];

        List<String> sql = f.ran(() -> {
            count[0] = f.favorites.count(f.alice);
            has[0] = f.favorites.has(f.alice, gone);
            has[1] = f.favorites.has(f.alice, dune);
        });

        assertThat(count[0]).isEqualTo(1);
        assertThat(has).containsExactly(false, true);
        assertThat(sql).allSatisfy(s -> assertThat(s).contains("Shows"));
    }

    @DialectTest
    void aScopedTargetIsCountedThroughItsScopeWhileHasIgnoresIt(TestTarget target) {
        Fixture f = new Fixture(target, m -> m.defaultScope(ne("title", "hidden")),
                as("Favorites").through("UserFavorites"));
        Show dune = f.show("DUNE");
        Show hidden = f.shows.create(new Show(null, "HIDDEN", "hidden"));
        f.favorites.add(f.alice, dune, hidden);
        long[] count = new long[1];

        List<String> sql = f.ran(() -> count[0] = f.favorites.count(f.alice));

        assertThat(count[0]).isEqualTo(1).isEqualTo(f.favorites.get(f.alice).size());
        assertThat(sql).singleElement().asString().contains("Shows");
        // has() is unscoped, as Sequelize's: whether the rows are linked, whatever the default scope hides.
        assertThat(f.favorites.has(f.alice, hidden)).isTrue();
    }

    @DialectTest
    void aTargetFilterJoinsTheTargetsAndAThroughFilterDoesNot(TestTarget target) {
        Fixture f = new Fixture(target);
        Show dune = f.show("DUNE");
        Show arrival = f.show("ARRIVAL");
        f.favorites.add(f.alice, List.of(dune), Map.of("rating", 5));
        f.favorites.add(f.alice, List.of(arrival), Map.of("rating", 2));
        long[] counts = new long[2];

        List<String> byTitle = f.ran(() -> counts[0] = f.favorites.count(f.alice, eq("title", "dune"), null));
        List<String> byRating = f.ran(() -> counts[1] = f.favorites.count(f.alice, null, gt("rating", 3)));

        assertThat(counts).containsExactly(1, 1);
        assertThat(byTitle).singleElement().asString().contains("Shows");
        assertThat(byRating).singleElement().asString().contains("UserFavorites").doesNotContain("Shows");
    }

    @DialectTest
    void customKeysAreCountedAloneByTheKeysTheLinksHold(TestTarget target) {
        Fixture f = new Fixture(target, m -> { }, as("Favorites").through("UserFavorites").sourceKey("username")
                .targetKey("code"));
        Show dune = f.show("DUNE");
        Show arrival = f.show("ARRIVAL");
        f.show("HEAT");
        f.favorites.add(f.alice, dune, arrival);
        long[] count = new long[1];
        boolean[] has = new boolean[3];

        List<String> sql = f.ran(() -> {
            count[0] = f.favorites.count(f.alice);
            has[0] = f.favorites.has(f.alice, dune, arrival);
            has[1] = f.favorites.has(f.alice, "DUNE", "HEAT");
            has[2] = f.favorites.has(f.alice, "ARRIVAL");
        });

        assertThat(count[0]).isEqualTo(2);
        assertThat(has).containsExactly(true, false, true);
        assertThat(sql).allSatisfy(s -> assertThat(s).contains("UserFavorites").doesNotContain("Shows"));
    }

    @DialectTest
    void repeatedLinksAreCountedPerLinkRowAndHadOnce(TestTarget target) {
        Fixture f = new Fixture(target, m -> { }, as("Favorites")
                .through(Through.of("UserFavorites").unique(false)));
        Show dune = f.show("DUNE");
        Show arrival = f.show("ARRIVAL");
        f.favorites.add(f.alice, dune);
        f.favorites.add(f.alice, dune);
        f.favorites.add(f.alice, arrival);

        assertThat(f.favorites.count(f.alice)).isEqualTo(3).isEqualTo(f.favorites.get(f.alice).size());
        assertThat(f.favorites.has(f.alice, dune, arrival)).isTrue();
        assertThat(f.favorites.has(f.alice, dune, dune)).isTrue();
    }
}
