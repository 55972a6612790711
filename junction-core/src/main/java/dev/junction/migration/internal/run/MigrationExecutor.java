package dev.junction.migration.internal.run;

import dev.junction.JunctionException;
import dev.junction.dialect.Dialect;
import dev.junction.internal.Runtime;
import dev.junction.migration.MigrationException;
import dev.junction.query.internal.Sql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs one migration's statements on a connection, with its ledger row. Where the database rolls DDL back
 * (PostgreSQL, SQLite) the statements and the ledger row are one transaction: a failure leaves no trace. Where each
 * DDL statement commits (MariaDB/MySQL, and H2, which commits an open transaction at every DDL statement) they run
 * one by one, and a failure is recorded as {@code FAILED} with how many statements ran and the one that failed, so
 * that {@code resume} continues there. On SQLite, foreign keys are off during the migration (table rebuilds need it)
 * and checked before the commit. Stateless apart from the runtime; thread-safe.
 */
final class MigrationExecutor {
    private final Runtime runtime;
    private final Dialect dialect;
    private final MigrationLedger ledger;

    MigrationExecutor(Runtime runtime, MigrationLedger ledger) {
        this.runtime = runtime;
        this.dialect = runtime.dialect();
        this.ledger = ledger;
    }

    /** Whether this database can roll back DDL, so a migration runs in one transaction. */
    boolean transactional() {
        return switch (dialect.name()) {
            case "PostgreSQL", "SQLite" -> true;
            default -> false;
        };
    }

    /** Runs the up file's statements from number {@code from} (1 unless resuming) and records it applied. */
    int up(Connection connection, MigrationFile file, int from) throws SQLException {
        List<SqlStatement> statements = listedStatements(file);
        refuseTransactionControl(file, "up", statements);
        List<SqlStatement> todo = statements.subList(Math.min(from - 1, statements.size()), statements.size());
        if (transactional()) {
            inTransaction(connection, file, "up", () -> {
                for (SqlStatement s : todo) execute(connection, file, "up", s, statements, true);
                ledger.recordApplied(connection, file.name(), file.checksum(), statements.size());
            });
        } else {
            // Recorded before the first statement and after each: a process that dies half-way leaves a FAILED
            // record that says how far it got, not a migration that looks pending but half ran.
            ledger.recordFailed(connection, file.name(), file.checksum(), from - 1, null);
            for (SqlStatement s : todo) {
                try {
                    execute(connection, file, "up", s, statements, false);
                } catch (MigrationException e) {
                    ledger.recordFailed(connection, file.name(), file.checksum(), s.number() - 1, s.sql());
                    throw e;
                }
                ledger.recordProgress(connection, file.name(), s.number());
            }
            ledger.recordApplied(connection, file.name(), file.checksum(), statements.size());
        }
        return todo.size();
    }

    /** Runs the down file's statements and forgets the migration. */
    int down(Connection connection, MigrationFile file) throws SQLException {
        List<SqlStatement> statements = statements(file.down());
        refuseTransactionControl(file, "down", statements);
        if (transactional()) {
            inTransaction(connection, file, "down", () -> {
                for (SqlStatement s : statements) execute(connection, file, "down", s, statements, true);
                ledger.remove(connection, file.name());
            });
        } else {
            for (SqlStatement s : statements) execute(connection, file, "down", s, statements, false);
            ledger.remove(connection, file.name());
        }
        return statements.size();
    }

    /** The statements of a migration file, split as this database reads strings. */
    List<SqlStatement> statements(Path path) {
        return split(path, MigrationFolder.read(path));
    }

    /**
     * The up file's statements, as its checksum says: the file is read again to run it, and one edited since the
     * folder was listed (while the migrations before it ran) would run other statements than the checksum recorded.
     */
    private List<SqlStatement> listedStatements(MigrationFile file) {
        String text = MigrationFolder.read(file.up());
        String now = MigrationFolder.checksum(text);
        if (!now.equals(file.checksum())) {
            throw new MigrationException("Migration " + file.name() + ": " + file.upFileName() + " changed while"
                    + " migrating (checksum when listed " + file.checksum() + ", now " + now + "); nothing of it ran."
                    + " Run migrate again");
        }
        return split(file.up(), text);
    }

    private List<SqlStatement> split(Path path, String text) {
        boolean mariaDb = dialect.name().equals("MariaDB") || dialect.name().equals("MySQL");
        return SqlSplitter.split(path.toString(), text, mariaDb);
    }

    /**
     * A file's own COMMIT would end the migration's transaction half-way and keep what ran with no record (and on
     * SQLite before the foreign key check); its BEGIN would hold the ledger's rows of MariaDB/H2 in a transaction
     * nobody commits. Refused before anything of the file runs.
     */
    private static void refuseTransactionControl(MigrationFile file, String direction,
                                                 List<SqlStatement> statements) {
        for (SqlStatement statement : statements) {
            if (!statement.controlsTransaction()) continue;
            Path where = "up".equals(direction) ? file.up() : file.down();
            throw new MigrationException("Migration " + file.name() + " (" + direction + "): " + where.getFileName()
                    + " " + statement.describe() + " begins or ends a transaction; Junction runs each migration in"
                    + " its own transaction where the database allows it and records it in " + MigrationLedger.TABLE
                    + ", which that would break. Remove it (nothing of it ran"
                    + ("up".equals(direction) ? ")" : "; it is still applied)"));
        }
    }

    private void execute(Connection connection, MigrationFile file, String direction, SqlStatement statement,
                         List<SqlStatement> all, boolean transactional) {
        try {
            runtime.runner().execute(connection, statement.sql(), null);
        } catch (JunctionException e) {
            throw new MigrationException(failure(file, direction, statement, all, transactional, e), e);
        }
    }

    private String failure(MigrationFile file, String direction, SqlStatement statement, List<SqlStatement> all,
                           boolean transactional, JunctionException e) {
        Path where = "up".equals(direction) ? file.up() : file.down();
        // The statement is shown once, numbered: the translated message's own "SQL:" line would repeat it.
        String[] lines = e.getMessage().lines().filter(l -> !l.strip().startsWith("SQL: "))
                .collect(Collectors.joining("\n")).split("\n", 2);
        String head = "Migration " + file.name() + " (" + direction + ") failed at statement " + statement.number()
                + " of " + all.size() + " (line " + statement.line() + " of " + where.getFileName() + "): " + lines[0]
                + "\n  " + statement.describe() + (lines.length > 1 ? "\n  " + lines[1].replace("\n", "\n  ") : "");
        if (transactional) {
            return head + "\n  Nothing of it was kept: " + dialect.name() + " rolled the whole migration back.";
        }
        String ran = all.subList(0, statement.number() - 1).stream().map(SqlStatement::describe)
                .collect(Collectors.joining("\n    "));
        String kept = statement.number() == 1 ? "\n  No statement of it had run." : "\n  " + dialect.name()
                + " commits at each DDL statement, so these had run and stay:\n    " + ran;
        if (!"up".equals(direction)) {
            return head + kept + "\n  It is still recorded as applied: undo what remains by hand, or fix the"
                    + " cause and the down file and undo again.";
        }
        return head + kept + "\n  It is recorded as FAILED. Either fix the cause and run migrate with resume"
                + " (db:migrate --resume, Migrator.resume()), which continues from statement " + statement.number()
                + "; or undo it (db:migrate:undo), which only forgets it, and undo the statements that ran by hand.";
    }

    private interface Body {
        void run() throws SQLException;
    }

    private void inTransaction(Connection connection, MigrationFile file, String direction, Body body)
            throws SQLException {
        boolean sqlite = "SQLite".equals(dialect.name());
        boolean foreignKeys = sqlite && foreignKeysOn(connection);
        if (foreignKeys) execute(connection, "PRAGMA foreign_keys = OFF");
        try {
            connection.setAutoCommit(false);
            try {
                List<String> orphansBefore = sqlite ? orphans(connection) : List.of();
                body.run();
                if (sqlite) checkForeignKeys(connection, file, direction, orphansBefore);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    connection.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } finally {
            if (foreignKeys) execute(connection, "PRAGMA foreign_keys = ON");
        }
    }

    private boolean foreignKeysOn(Connection connection) {
        return runtime.runner().queryLong(connection, new Sql()
                .append("PRAGMA foreign_keys"), null) == 1;
    }

    /**
     * SQLite checks nothing while foreign keys are off: a row the migration orphaned would stay unnoticed. Rows
     * orphaned before it ran ({@code before}: written while foreign keys were off) are not the migration's doing.
     */
    private void checkForeignKeys(Connection connection, MigrationFile file, String direction, List<String> before) {
        List<String> violations = new ArrayList<>(orphans(connection));
        violations.removeAll(before);
        if (violations.isEmpty()) return;
        throw new MigrationException("Migration " + file.name() + " (" + direction + ") would leave rows whose"
                + " foreign keys refer to nothing, so it was rolled back:\n  " + String.join("\n  ", violations));
    }

    /** {@code row 2 of children refers to a missing row of parents}, for each such row of the database. */
    private List<String> orphans(Connection connection) {
        return runtime.runner().query(connection, new Sql().append("PRAGMA foreign_key_check"), null,
                rs -> "row " + rs.getObject(2) + " of " + rs.getString(1) + " refers to a missing row of "
                        + rs.getString(3));
    }

    private void execute(Connection connection, String sql) {
        runtime.runner().execute(connection, sql, null);
    }
}
