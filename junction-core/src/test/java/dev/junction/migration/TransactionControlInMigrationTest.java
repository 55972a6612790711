package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.migration.internal.run.SqlStatement;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration file that commits, begins or rolls back a transaction itself is refused before any of its statements
 * runs: a {@code COMMIT} in it would end the migration's transaction half-way (PostgreSQL, SQLite) and keep what ran
 * with no record, and a {@code BEGIN} on MariaDB/H2 would leave the ledger's rows in a transaction nobody commits.
 */
class TransactionControlInMigrationTest {
    private static final String MIGRATION = "20260101000000-create-notes";

    @TempDir
    Path root;

    @DialectTest
    void aCommitInsideAMigrationIsRefusedBeforeAnythingRuns(TestTarget target) throws Exception {
        MigrationFixture f = new MigrationFixture(root, target);
        f.raw.script(f.raw.sql("CREATE TABLE {blocker} ({id} INTEGER PRIMARY KEY)"));
        f.write(MIGRATION + ".up.sql", """
                CREATE TABLE {notes} ({id} INTEGER PRIMARY KEY);
                COMMIT;
                CREATE TABLE {blocker} ({id} INTEGER PRIMARY KEY);
                """);

        assertThatThrownBy(() -> f.migrator().migrate()).isInstanceOf(MigrationException.class)
                .hasMessageContaining(MIGRATION + ".up.sql").hasMessageContaining("statement 2 (line 2): COMMIT")
                .hasMessageContaining("nothing of it ran");

        assertThat(f.tables()).noneMatch("notes"::equalsIgnoreCase);
        assertThat(f.ledger()).isEmpty();
    }

    @DialectTest
    void aMigrationWrappedInBeginAndCommitIsRefused(TestTarget target) throws Exception {
        MigrationFixture f = new MigrationFixture(root, target);
        f.write(MIGRATION + ".up.sql", """
                begin transaction;
                CREATE TABLE {notes} ({id} INTEGER PRIMARY KEY);
                END;
                """);

        assertThatThrownBy(() -> f.migrator().migrate()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("statement 1 (line 1): begin transaction");

        assertThat(f.tables()).noneMatch("notes"::equalsIgnoreCase);
        assertThat(f.migrator().status().get(0).state()).isEqualTo(MigrationStatus.State.PENDING);
    }

    @DialectTest
    void aDownFileThatStartsATransactionIsRefusedAndTheMigrationStaysApplied(TestTarget target) throws Exception {
        MigrationFixture f = new MigrationFixture(root, target);
        f.write(MIGRATION + ".up.sql", "CREATE TABLE {notes} ({id} INTEGER PRIMARY KEY);\n");
        f.write(MIGRATION + ".down.sql", "START TRANSACTION;\nDROP TABLE {notes};\nROLLBACK;\n");
        f.migrator().migrate();

        assertThatThrownBy(() -> f.migrator().undo()).isInstanceOf(MigrationException.class)
                .hasMessageContaining(MIGRATION + ".down.sql").hasMessageContaining("START TRANSACTION");

        assertThat(f.tables()).anyMatch("notes"::equalsIgnoreCase);
        assertThat(f.ledger()).containsExactly(MIGRATION + "|APPLIED|1");
    }

    @Test
    void savepointsBlocksAndWordsThatOnlyStartLikeAKeywordAreNoTransactionControl() {
        assertThat(new SqlStatement(1, 1, "ROLLBACK TO SAVEPOINT s").controlsTransaction()).isFalse();
        assertThat(new SqlStatement(1, 1, "rollback transaction to s").controlsTransaction()).isFalse();
        assertThat(new SqlStatement(1, 1, "DO $$ BEGIN PERFORM 1; END $$").controlsTransaction()).isFalse();
        assertThat(new SqlStatement(1, 1, "UPDATE beginnings SET ended = 1").controlsTransaction()).isFalse();
        assertThat(new SqlStatement(1, 1, "ROLLBACK").controlsTransaction()).isTrue();
        assertThat(new SqlStatement(1, 1, "SET autocommit = 0").controlsTransaction()).isTrue();
        assertThat(new SqlStatement(1, 1, "BEGIN IMMEDIATE").controlsTransaction()).isTrue();
    }
}
