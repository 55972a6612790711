package dev.junction.migration;

import dev.junction.Junction;
import dev.junction.schema.DatabaseSchema;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A project's models in two versions on one test database, driven as a user drives them: the first version's
 * migration generated and applied by the {@link Migrator}, then the second version's generated from the same folder,
 * to migrate and undo by the {@code Migrator}.
 */
final class MigratedVersions {
    final TestTarget target;
    final Path root;
    final Junction first;
    final RawSql sql;
    final DatabaseSchema firstSchema;
    Junction second;

    MigratedVersions(TestTarget target, Path root, Consumer<Junction> firstModels) {
        this.target = target;
        this.root = root;
        this.first = target.open();
        firstModels.accept(first);
        MigrationGenerator.of(first, root).generate("init");
        Migrator.of(first, root).migrate();
        this.sql = new RawSql(target, first);
        this.firstSchema = first.describe();
    }

    /** Generates the migration to {@code secondModels}. */
    GeneratedMigration generate(Consumer<Junction> secondModels, GenerateOptions options) {
        second = target.open();
        secondModels.accept(second);
        return MigrationGenerator.of(second, root).generate("change", options);
    }

    GeneratedMigration generate(Consumer<Junction> secondModels) {
        return generate(secondModels, GenerateOptions.defaults());
    }

    MigrationReport up() {
        return Migrator.of(first, root).migrate();
    }

    MigrationReport down() {
        return Migrator.of(first, root).undo();
    }

    /** {@code template} with identifiers quoted, e.g. {@code SELECT {name} FROM {Users}}. */
    String q(String template) {
        return sql.sql(template);
    }
}
