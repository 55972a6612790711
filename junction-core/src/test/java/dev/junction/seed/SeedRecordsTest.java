package dev.junction.seed;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.junction.Junction;
import dev.junction.seed.Town.Show;
import dev.junction.seed.Town.User;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

class SeedRecordsTest {
    @TempDir
    Path seeders;

    private Seeder seeder(Junction db) {
        Town.write(seeders, "01-people.yaml", """
                User: [{ username: alice }, { username: bob }]
                Show: [{ title: Dune }]
                """);
        Town.write(seeders, "02-favorites.yaml", """
                UserFavorites:
                  - { User: { username: alice }, Show: { title: Dune } }
                  - { User: { username: bob }, Show: { title: Dune } }
                """);
        return Seeder.of(db, seeders);
    }

    @DialectTest
    void applyingAgainIsANoOp(TestTarget target) throws Exception {
        Seeder seeder = seeder(Town.open(target));
        seeder.applyPending();
        Map<String, Long> once = Town.counts(target);
        assertThat(seeder.applyPending()).isEmpty();
        assertThat(seeder.apply("01-people")).isEmpty();
        assertThat(Town.counts(target)).isEqualTo(once);
    }

    @DialectTest
    void statusListsAppliedAndPendingFilesInNameOrder(TestTarget target) {
        Seeder seeder = seeder(Town.open(target));
        assertThat(seeder.status()).extracting(SeedFile::name, SeedFile::applied)
                .containsExactly(tuple("01-people.yaml", false), tuple("02-favorites.yaml", false));
        seeder.apply("01-people.yaml");
        assertThat(seeder.status()).extracting(SeedFile::name, SeedFile::applied, SeedFile::rows)
                .containsExactly(tuple("01-people.yaml", true, 3L), tuple("02-favorites.yaml", false, 0L));
        assertThat(seeder.status().get(0).appliedAt()).isNotNull();
    }

    @DialectTest
    void statusKeepsAnAppliedFileThatIsNoLongerOnDisk(TestTarget target) throws Exception {
        Seeder seeder = seeder(Town.open(target));
        seeder.applyPending();
        Files.delete(seeders.resolve("02-favorites.yaml"));
        assertThat(seeder.status()).extracting(SeedFile::name, SeedFile::applied, SeedFile::onDisk)
                .containsExactly(tuple("01-people.yaml", true, true), tuple("02-favorites.yaml", true, false));
    }

    @DialectTest
    void undoLastRemovesExactlyTheRowsOfTheLatestFile(TestTarget target) throws Exception {
        Junction db = Town.open(target);
        Seeder seeder = seeder(db);
        seeder.apply("01-people.yaml");
        Map<String, Long> before = Town.counts(target);
        seeder.apply("02-favorites.yaml");
        assertThat(seeder.undoLast()).map(SeedFile::name).contains("02-favorites.yaml");
        assertThat(Town.counts(target)).isEqualTo(before);
        assertThat(seeder.status()).extracting(SeedFile::applied).containsExactly(true, false);
    }

    @DialectTest
    void undoLeavesRowsThatWereNotSeeded(TestTarget target) {
        Junction db = Town.open(target);
        Seeder seeder = seeder(db);
        seeder.apply("01-people.yaml");
        User carol = db.model(User.class).create(new User(null, "carol", 20));
        seeder.undoLast();
        assertThat(db.model(User.class).findAll()).containsExactly(carol);
        assertThat(db.model(Show.class).count()).isZero();
    }

    @DialectTest
    void undoAllRemovesEverySeededRowLatestFileFirst(TestTarget target) throws Exception {
        Junction db = Town.open(target);
        Seeder seeder = seeder(db);
        Map<String, Long> empty = Town.counts(target);
        seeder.applyPending();
        assertThat(seeder.undoAll()).extracting(SeedFile::name)
                .containsExactly("02-favorites.yaml", "01-people.yaml");
        assertThat(Town.counts(target)).isEqualTo(empty);
        assertThat(seeder.status()).noneMatch(SeedFile::applied);
        assertThat(seeder.undoLast()).isEmpty();
    }

    @DialectTest
    void anUndoneFileCanBeAppliedAgain(TestTarget target) {
        Junction db = Town.open(target);
        Seeder seeder = seeder(db);
        seeder.applyPending();
        seeder.undoAll();
        assertThat(seeder.applyPending()).hasSize(2);
        assertThat(db.model("UserFavorites").count()).isEqualTo(2);
    }

    @DialectTest
    void applyingOneFileByNameLeavesTheOthersPending(TestTarget target) {
        Junction db = Town.open(target);
        Seeder seeder = seeder(db);
        assertThat(seeder.apply("01-people")).map(SeedFile::rows).contains(3L);
        assertThat(db.model(User.class).count()).isEqualTo(2);
        assertThat(db.model("UserFavorites").count()).isZero();
        assertThat(seeder.applyPending()).extracting(SeedFile::name).containsExactly("02-favorites.yaml");
    }

    @DialectTest
    void undoingOneFileByNameKeepsTheLaterOnes(TestTarget target) {
        Junction db = Town.open(target);
        Seeder seeder = seeder(db);
        Town.write(seeders, "03-more.yaml", "Show: [{ title: Heat }]\n");
        seeder.applyPending();
        assertThat(seeder.undo("02-favorites")).isPresent();
        assertThat(db.model("UserFavorites").count()).isZero();
        assertThat(db.model(Show.class).findOne(eq("title", "Heat"))).isPresent();
        assertThat(seeder.status()).extracting(SeedFile::applied).containsExactly(true, false, true);
    }

    @DialectTest
    void forgetAllMakesEveryFilePendingWithoutDeletingRows(TestTarget target) {
        Junction db = Town.open(target);
        Seeder seeder = seeder(db);
        seeder.applyPending();
        seeder.forgetAll();
        assertThat(seeder.status()).noneMatch(SeedFile::applied);
        assertThat(db.model(User.class).count()).isEqualTo(2);
    }

    @DialectTest
    void undoingAFileThatIsNeitherAppliedNorInTheFolderIsAnError(TestTarget target) {
        Seeder seeder = seeder(Town.open(target));
        seeder.apply("01-people");
        assertThat(seeder.undo("02-favorites")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> seeder.undo("03-nothing"))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("No seed file 03-nothing is applied or in")
                .hasMessageContaining("(applied: 01-people.yaml)");
        assertThat(seeder.status()).extracting(SeedFile::applied).containsExactly(true, false);
    }
}
