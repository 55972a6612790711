package dev.junction.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.Model;
import dev.junction.Propagation;
import dev.junction.seed.Seeder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Junction's NESTED transactions and seed runs inside a Spring transaction. */
class SpringNestedAndSeedTest {
    record Note(Long id, String text) { }

    @TempDir
    Path seeders;

    @Test
    void aNestedFailureCaughtInsideLeavesSpringsTransactionToCommit() {
        DataSource ds = h2("nested-in-spring");
        try (Junction db = open(ds)) {
            Model<Note> notes = db.define(Note.class);
            db.sync();

            new TransactionTemplate(new DataSourceTransactionManager(ds)).executeWithoutResult(status -> {
                notes.create(new Note(null, "kept"));
                Throwable thrown = catchThrowable(() -> db.useTransaction(Propagation.NESTED, tx -> {
                    notes.create(new Note(null, "undone"));
                    throw new IllegalStateException("changed my mind");
                }));
                assertThat(thrown).hasMessage("changed my mind");
                assertThat(status.isRollbackOnly()).isFalse();
            });

            assertThat(notes.findAll()).extracting(Note::text).containsExactly("kept");
        }
    }

    @Test
    void aSeedRunInsideHoldsTheSeedLockUntilSpringsTransactionCompletes() throws Exception {
        DataSource ds = h2("seed-in-spring");
        try (Junction db = open(ds)) {
            Model<Note> notes = db.define(Note.class);
            db.sync();
            Files.writeString(seeders.resolve("01-notes.yaml"), "Note:\n  - { text: first }\n");

            int[] callbacks = new int[1];
            new TransactionTemplate(new DataSourceTransactionManager(ds)).executeWithoutResult(status -> {
                Seeder.of(db, seeders).applyPending();
                callbacks[0] = TransactionSynchronizationManager.getSynchronizations().size();
            });
            Files.writeString(seeders.resolve("02-notes.yaml"), "Note:\n  - { text: second }\n");
            var elsewhere = CompletableFuture.supplyAsync(() -> Seeder.of(db, seeders).applyPending());

            assertThat(callbacks[0]).as("the lock's release registered with Spring").isPositive();
            assertThat(elsewhere.get(30, TimeUnit.SECONDS)).as("the lock was given back").hasSize(1);
            assertThat(notes.findAll()).extracting(Note::text).containsExactlyInAnyOrder("first", "second");
        }
    }

    private static Junction open(DataSource ds) {
        return Junction.open(JunctionConfig.builder().dataSource(ds).transactionHook(new SpringTransactionHook(ds))
                .build());
    }

    private static DataSource h2(String name) {
        return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }
}
