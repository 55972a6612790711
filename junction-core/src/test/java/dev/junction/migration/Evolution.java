package dev.junction.migration;

import dev.junction.Junction;
import dev.junction.schema.DatabaseSchema;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import dev.junction.testing.Backend;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * A project's models in two versions on one test database: the first version migrated (first migration generated and
 * applied), then the second version's migration generated from the same folder, to apply up and down.
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
        AppliedFiles.up(MigrationGenerator.of(first, root).generate("init"), root, target);
        this.sql = new RawSql(target, first);
    }

    /** The live schema after the first migration. */
    DatabaseSchema firstSchema() {
        if (firstSchema == null) firstSchema = first.describe();
        return firstSchema;
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

    void up(GeneratedMigration migration) throws Exception {
        AppliedFiles.up(migration, root, target);
    }

    void down(GeneratedMigration migration) throws Exception {
        AppliedFiles.down(migration, root, target);
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
