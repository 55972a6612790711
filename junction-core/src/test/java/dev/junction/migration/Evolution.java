package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.schema.DatabaseSchema;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import dev.junction.testing.Backend;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * A project's models in two versions on one test database: the first version migrated (first migration generated and
 * run by the {@link Migrator}), then the second version's migration generated from the same folder, to run up and
 * undo with the Migrator, as a user does. {@link #firstSchema()} and {@link #describe(Junction)} leave out the
 * migrator's ledger table.
 */
final class Evolution {
    final TestTarget target;
    final Path root;
    final Junction first;
    final RawSql sql;
    private DatabaseSchema firstSchema;
    Junction second;

    Evolution(TestTarget target, Path root, Consumer<Junction> firstModels) throws Exception {
        this.target = target;
        this.root = root;
        this.first = target.open();
        firstModels.accept(first);
        MigrationGenerator.of(first, root).generate("init");
        Migrator.of(first, root).migrate();
        this.sql = new RawSql(target, first);
    }

    /** The live schema after the first migration (the ledger aside). */
    DatabaseSchema firstSchema() {
        if (firstSchema == null) firstSchema = describe(first);
        return firstSchema;
    }

    /** {@code db.describe()} without the migrator's ledger table, to compare with what {@code sync()} makes. */
    static DatabaseSchema describe(Junction db) {
        return new DatabaseSchema(db.describe().tables().stream()
                .filter(t -> !t.name().equalsIgnoreCase(Migrator.LEDGER_TABLE)).toList());
    }

    /** Generates the migration to {@code secondModels}, remembering the first version's schema before. */
    GeneratedMigration generate(Consumer<Junction> secondModels, GenerateOptions options) {
        firstSchema();
        second = target.open();
        secondModels.accept(second);
        return MigrationGenerator.of(second, root).generate("change", options);
    }

    GeneratedMigration generate(Consumer<Junction> secondModels) {
        return generate(secondModels, GenerateOptions.defaults());
    }

    /** Runs the pending migration {@code migration} with the Migrator (and checks that it ran). */
    void up(GeneratedMigration migration) {
        assertThat(Migrator.of(first, root).migrate().names()).containsExactly(migration.name());
        checkForeignKeys();
    }

    /** Undoes {@code migration}, the newest applied one, with the Migrator (and checks that it was undone). */
    void down(GeneratedMigration migration) {
        assertThat(Migrator.of(first, root).undo().names()).containsExactly(migration.name());
        checkForeignKeys();
    }

    /** On SQLite, whose rebuilds run with foreign keys off: every row's keys still hold. */
    private void checkForeignKeys() {
        if (target.backend() != Backend.SQLITE) return;
        try (Connection c = target.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            assertThat(rs.next()).as("PRAGMA foreign_key_check").isFalse();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** The file of this database's dialect among {@code migration}'s, ending with {@code suffix}. */
    Path file(GeneratedMigration migration, String suffix) {
        Path folder = root.resolve(dev.junction.migration.internal.MigrationLayout.folderName(first.dialect()));
        return migration.files().stream().filter(f -> f.getParent().equals(folder))
                .filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow();
    }

    /** Runs {@code template} (identifiers quoted) with foreign keys enforced, as Junction's connections have them. */
    void executeWithKeys(String template) throws Exception {
        try (Connection c = target.jdbc(); Statement s = c.createStatement()) {
            if (target.backend() == Backend.SQLITE) s.execute("PRAGMA foreign_keys = ON");
            s.execute(q(template));
        }
    }

    /** {@code template} with identifiers quoted, e.g. {@code SELECT {name} FROM {Users}}. */
    String q(String template) {
        return sql.sql(template);
    }
}
