package dev.junction.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.Simultaneously;
import dev.junction.testing.TestTarget;
import dev.junction.testing.Trials;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes — two Junction instances with pools of their own — seeding one database at the same moment: seed runs
 * take turns under a lock, so each file is applied once, the loser skips what the winner applied, and every applied
 * file has a position of its own (so "the latest", which undo removes, is defined).
 */
class ConcurrentSeedingTest {
    private static final int TRIALS = 4;

    @TempDir
    Path seeders;

    private void writeFiles() {
        Town.write(seeders, "01-people.yaml", "User: [{ username: alice }, { username: bob }]\nShow: [{ title: Dune }]\n");
        Town.write(seeders, "02-favorites.yaml", """
                UserFavorites:
                  - { User: { username: alice }, Show: { title: Dune } }
                  - { User: { username: bob }, Show: { title: Dune } }
                """);
        Town.write(seeders, "03-beaches.yaml", "Beach: [{ name: North Beach }]\n");
    }

    @DialectTest
    void twoProcessesApplyingThePendingFilesAtOnceApplyEachFileOnce(TestTarget first) throws Exception {
        writeFiles();
        Trials.run(first, TRIALS, target -> {
            Seeder one = Seeder.of(Town.open(target), seeders);
            Junction second = Town.open(target);
            Seeder two = Seeder.of(second, seeders);

            List<List<SeedFile>> runs = Simultaneously.run(one::applyPending, two::applyPending);

            List<String> applied = new ArrayList<>();
            runs.forEach(run -> run.forEach(f -> applied.add(f.name())));
            assertThat(applied).containsExactlyInAnyOrder("01-people.yaml", "02-favorites.yaml", "03-beaches.yaml");
            assertThat(Town.counts(target)).containsEntry("Users", 2L).containsEntry("UserFavorites", 2L)
                    .containsEntry("Beaches", 1L);
            assertThat(positions(target, second)).containsExactly(1L, 2L, 3L);
        });
    }

    @DialectTest
    void twoFilesAppliedAtOnceGetPositionsOfTheirOwn(TestTarget first) throws Exception {
        writeFiles();
        Trials.run(first, TRIALS, target -> {
            Seeder one = Seeder.of(Town.open(target), seeders);
            Junction second = Town.open(target);
            Seeder two = Seeder.of(second, seeders);

            List<Optional<SeedFile>> runs = Simultaneously.run(() -> one.apply("01-people"),
                    () -> two.apply("03-beaches"));

            assertThat(runs).allMatch(Optional::isPresent);
            assertThat(positions(target, second)).containsExactly(1L, 2L);
            assertThat(two.undoLast()).isPresent();
            assertThat(positions(target, second)).containsExactly(1L);
        });
    }

    private static List<Long> positions(TestTarget target, Junction db) throws Exception {
        return new RawSql(target, db).longs("SELECT {position} FROM {JunctionSeeds} ORDER BY {position}");
    }
}
