package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.migration.GenerateOptions;
import dev.junction.migration.GeneratedMigration;
import dev.junction.migration.MigrationGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code migration:generate --name NAME}: writes the migration from the migrations' schema snapshot to the models
 * (up and down SQL per dialect) and prints the changes, the files and every warning. Reads no table; with no
 * database configured at all, the models are defined on a private in-memory one.
 */
@Command(name = "migration:generate",
        description = "Write a migration from the schema the migrations make to the models (no database needed)")
public final class MigrationGenerateCommand implements Callable<Integer> {
    private final RootCommand root;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The migration's name")
    String name;

    @Option(names = "--dialects", split = ",", paramLabel = "LIST",
            description = "Dialect folders to write (default: h2,postgresql,mariadb,sqlite; also mysql)")
    List<String> dialects;

    @Option(names = "--allow-data-loss", description = "Write drops and narrowings as statements, not comments")
    boolean allowDataLoss;

    @Option(names = "--backfill", paramLabel = "Table.column=VALUE",
            description = "Value for existing rows of a column becoming NOT NULL (repeatable)")
    Map<String, String> backfills = new LinkedHashMap<>();

    @Option(names = "--flyway", description = "Name the files V<n>__<name>.sql / U<n>__<name>.sql, as Flyway does")
    boolean flyway;

    @Spec
    CommandSpec spec;

    public MigrationGenerateCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        GenerateOptions options = GenerateOptions.defaults().allowDataLoss(allowDataLoss).flyway(flyway);
        if (dialects != null) options.dialects(dialects);
        backfills.forEach(options::backfill);
        Path folder = root.settings().migrations();
        try (Junction db = root.settings().url() == null ? root.openModelsOffline() : root.openWithModels()) {
            GeneratedMigration migration = MigrationGenerator.of(db, folder).generate(name, options);
            PrintWriter out = spec.commandLine().getOut();
            out.println(migration);
            for (Path file : migration.files()) {
                out.println("Wrote " + file);
            }
            return 0;
        }
    }
}
