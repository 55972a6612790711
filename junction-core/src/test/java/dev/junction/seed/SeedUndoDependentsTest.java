package dev.junction.seed;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.BelongsToMany;
import dev.junction.seed.Town.Beach;
import dev.junction.seed.Town.Sandcastle;
import dev.junction.seed.Town.Show;
import dev.junction.seed.Town.User;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undo deletes the rows a file seeded, but never silently deletes or changes rows made otherwise that refer to them
 * (links added by the application, a castle built on a seeded beach): it refuses, naming them, unless asked to
 * cascade, and then says what else it deleted or nulled.
 */
class SeedUndoDependentsTest {
    @TempDir
    Path seeders;

    private static final String TOWN = """
            User: [{ username: alice }]
            Show: [{ title: Dune }]
            Beach: [{ name: North Beach }]
            """;

    @SuppressWarnings("unchecked")
    private static BelongsToMany<User, Show> favorites(Junction db) {
        return (BelongsToMany<User, Show>) db.model(User.class).association("Favorites");
    }

    /** Seeds the town, then adds what the application makes: alice's favourite, and a castle on the beach. */
    private Seeder seededTownWithApplicationRows(Junction db) {
        Town.write(seeders, "01-town.yaml", TOWN);
        Seeder seeder = Seeder.of(db, seeders);
        seeder.applyPending();
        User alice = db.model(User.class).findOne(eq("username", "alice")).orElseThrow();
        favorites(db).add(alice, db.model(Show.class).findOne(eq("title", "Dune")).orElseThrow());
        Beach beach = db.model(Beach.class).findOne(eq("name", "North Beach")).orElseThrow();
        db.model(Sandcastle.class).create(new Sandcastle(null, "Keep", 10, beach.id()));
        return seeder;
    }

    @DialectTest
    void undoRefusesWhileRowsMadeOtherwiseReferToSeededRows(TestTarget target) throws Exception {
        Junction db = Town.open(target);
        Seeder seeder = seededTownWithApplicationRows(db);
        Map<String, Long> before = Town.counts(target);

        assertThatThrownBy(seeder::undoLast).isInstanceOf(SeedException.class)
                .hasMessageContaining("Seed file 01-town.yaml: cannot undo: 2 row(s) made otherwise refer to rows it"
                        + " seeded")
                .hasMessageContaining("UserFavorites (UserId=1, ShowId=1)")
                .hasMessageContaining("Sandcastles (id=1)")
                .hasMessageContaining("UndoOptions.cascade()");
        assertThat(Town.counts(target)).isEqualTo(before);
        assertThat(db.model(Sandcastle.class).findAll()).extracting(Sandcastle::BeachId).doesNotContainNull();
        assertThat(seeder.status()).extracting(SeedFile::applied).containsExactly(true);
    }

    @DialectTest
    void aCascadingUndoDeletesAndNullsThemAndSaysSo(TestTarget target) throws Exception {
        Junction db = Town.open(target);
        Seeder seeder = seededTownWithApplicationRows(db);

        SeedFile undone = seeder.undoLast(UndoOptions.cascade()).orElseThrow();

        assertThat(undone.cascaded()).containsExactlyInAnyOrder("deleted 1 UserFavorites row(s)",
                "set BeachId to NULL in 1 Sandcastles row(s)");
        assertThat(Town.counts(target)).containsEntry("Users", 0L).containsEntry("UserFavorites", 0L)
                .containsEntry("Beaches", 0L).containsEntry("Sandcastles", 1L);
        assertThat(db.model(Sandcastle.class).findAll()).extracting(Sandcastle::BeachId).containsExactly((Long) null);
    }

    @DialectTest
    void rowsSeededByTheFileItselfDoNotStopItsUndo(TestTarget target) throws Exception {
        Junction db = Town.open(target);
        Town.write(seeders, "01-town.yaml", TOWN + """
                UserFavorites: [{ User: { username: alice }, Show: { title: Dune } }]
                Sandcastle: [{ name: Keep, Beach: { name: North Beach } }]
                """);
        Seeder seeder = Seeder.of(db, seeders);
        seeder.applyPending();

        assertThat(seeder.undoLast()).map(SeedFile::cascaded).contains(java.util.List.of());
        assertThat(Town.counts(target).values()).containsOnly(0L);
    }

    @DialectTest
    void rowsOfALaterFileStillAppliedStopTheUndoOfAnEarlierOneButUndoAllTakesBoth(TestTarget target)
            throws Exception {
        Junction db = Town.open(target);
        Town.write(seeders, "01-town.yaml", TOWN);
        Town.write(seeders, "02-favorites.yaml", "UserFavorites: [{ User: { username: alice }, Show: { title: Dune } }]\n");
        Seeder seeder = Seeder.of(db, seeders);
        seeder.applyPending();

        assertThatThrownBy(() -> seeder.undo("01-town")).isInstanceOf(SeedException.class)
                .hasMessageContaining("UserFavorites (UserId=1, ShowId=1)");
        assertThat(seeder.undoAll()).extracting(SeedFile::name).containsExactly("02-favorites.yaml", "01-town.yaml");
        assertThat(Town.counts(target).values()).containsOnly(0L);
    }

    @DialectTest
    void undoStillRemovesSeededRowsNothingRefersTo(TestTarget target) {
        Junction db = Town.open(target);
        Town.write(seeders, "01-town.yaml", TOWN);
        Seeder seeder = Seeder.of(db, seeders);
        seeder.applyPending();
        Model<User> users = db.model(User.class);
        users.create(new User(null, "bob", 30));
        assertThat(seeder.undoLast()).isPresent();
        assertThat(users.findAll()).extracting(User::username).containsExactly("bob");
    }
}
