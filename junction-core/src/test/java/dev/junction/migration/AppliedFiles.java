package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.testing.Backend;
import dev.junction.testing.TestTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only stand-in for the migrator: applies one generated file to a test database. Statements end with {@code ;}
 * at the end of a line, {@code --} lines are skipped; the file runs in one transaction where the database can roll
 * DDL back; on SQLite foreign keys are off around it and {@code PRAGMA foreign_key_check} must find nothing after.
 */
final class AppliedFiles {
    private AppliedFiles() {
    }

    /** The folder of {@code target}'s dialect under {@code root}. */
    static Path folder(Path root, TestTarget target) {
        return root.resolve(switch (target.backend()) {
            case H2 -> "h2";
            case POSTGRESQL -> "postgresql";
            case MARIADB -> "mariadb";
            case SQLITE -> "sqlite";
        });
    }

    /** The file of {@code target}'s dialect among {@code migration}'s, ending with {@code suffix}. */
    static Path file(GeneratedMigration migration, Path root, TestTarget target, String suffix) {
        Path folder = folder(root, target);
        return migration.files().stream().filter(f -> f.getParent().equals(folder))
                .filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow();
    }

    static void up(GeneratedMigration migration, Path root, TestTarget target) throws Exception {
        apply(target, file(migration, root, target, ".up.sql"));
    }

    static void down(GeneratedMigration migration, Path root, TestTarget target) throws Exception {
        apply(target, file(migration, root, target, ".down.sql"));
    }

    static List<String> statements(Path file) throws IOException {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.stripLeading().startsWith("--")) continue;
            current.append(current.length() == 0 ? "" : "\n").append(line);
            if (line.stripTrailing().endsWith(";")) {
                String sql = current.toString().stripTrailing();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        assertThat(current.toString()).as("unterminated statement in " + file).isBlank();
        return statements;
    }

    static void apply(TestTarget target, Path file) throws Exception {
        boolean sqlite = target.backend() == Backend.SQLITE;
        boolean transactional = target.backend() != Backend.MARIADB;
        try (Connection c = target.jdbc(); Statement s = c.createStatement()) {
            if (sqlite) s.execute("PRAGMA foreign_keys = OFF");
            c.setAutoCommit(!transactional);
            try {
                for (String sql : statements(file)) {
                    try {
                        s.execute(sql);
                    } catch (SQLException e) {
                        throw new SQLException("In " + file.getFileName() + ": " + sql + ": " + e.getMessage(), e);
                    }
                }
                if (transactional) c.commit();
            } catch (Exception e) {
                if (transactional) c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            if (sqlite) {
                s.execute("PRAGMA foreign_keys = ON");
                try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                    assertThat(rs.next()).as("PRAGMA foreign_key_check after " + file.getFileName()).isFalse();
                }
            }
        }
    }
}
