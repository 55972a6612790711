package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.migration.GenerateOptions;
import dev.junction.migration.GeneratedMigration;
import dev.junction.migration.MigrationGenerator;
import dev.junction.migration.RenameCandidate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code migration:generate --name NAME}: writes the migration from the migrations' schema snapshot to the models
 * (up and down SQL per dialect) and prints the changes, the files and every warning. Reads no table; with no
 * database configured at all, the models are defined on a private in-memory one. On a terminal, a column dropped
 * beside a new one of the same type is offered as a rename. {@code --baseline} writes only the snapshot (a project
 * moving from sequelize-cli, whose database has the models' schema already).
 */
@Command(name = "migration:generate",
        description = "Write a migration from the schema the migrations make to the models (no database needed)")
public final class MigrationGenerateCommand implements Callable<Integer> {
    private final RootCommand root;

    @Option(names = "--name", paramLabel = "NAME", description = "The migration's name (required unless --baseline)")
    String name;

    @Option(names = "--baseline", description = "Write only the snapshot of the models, no migration: for a database"
            + " sequelize-cli (or anything else) already made; refused when the snapshot exists")
    boolean baseline;

    @Option(names = "--dialects", split = ",", paramLabel = "LIST",
            description = "Dialect folders to write (default: h2,postgresql,mariadb,sqlite; also mysql)")
    List<String> dialects;

    @Option(names = "--allow-data-loss", description = "Write drops and narrowings as statements, not comments")
    boolean allowDataLoss;

    @Option(names = "--backfill", paramLabel = "Table.column=VALUE",
            description = "Value for existing rows of a column becoming NOT NULL, or of a dropped NOT NULL column"
                    + " its down migration adds back (repeatable)")
    Map<String, String> backfills = new LinkedHashMap<>();

    @Option(names = "--flyway", description = "Name the files V<n>__<name>.sql / U<n>__<name>.sql, as Flyway does")
    boolean flyway;

    @Spec
    CommandSpec spec;

    public MigrationGenerateCommand(RootCommand root) {
        this.root = root;
    }

    /**
     * On a terminal, asks about each column dropped beside a new one of the same type whether it was renamed; a yes
     * makes it a rename. Each column takes part in one rename at most.
     */
    private static void askAboutRenames(MigrationGenerator generator, GenerateOptions options, PrintWriter out) {
        List<RenameCandidate> candidates = generator.renameCandidates(options);
        if (candidates.isEmpty()) return;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Set<String> taken = new HashSet<>();
        for (RenameCandidate c : candidates) {
            if (taken.contains(c.table() + "." + c.from()) || taken.contains(c.table() + "." + c.to())) continue;
            out.print("Was " + c.table() + "." + c.from() + " renamed to " + c.to() + "? [y/N] ");
            out.flush();
            String answer;
            try {
                answer = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"))) {
                options.rename(c.table(), c.from(), c.to());
                taken.add(c.table() + "." + c.from());
                taken.add(c.table() + "." + c.to());
            }
        }
    }

    @Override
    public Integer call() {
        if (name == null && !baseline) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--name=NAME' (or --baseline)");
        }
        GenerateOptions options = GenerateOptions.defaults().allowDataLoss(allowDataLoss).flyway(flyway)
                .baseline(baseline);
        if (dialects != null) options.dialects(dialects);
        backfills.forEach(options::backfill);
        Path folder = root.settings().migrations();
        try (Junction db = root.settings().url() == null ? root.openModelsOffline() : root.openWithModels()) {
            PrintWriter out = spec.commandLine().getOut();
            MigrationGenerator generator = MigrationGenerator.of(db, folder);
            if (root.terminal() && !baseline) askAboutRenames(generator, options, out);
            GeneratedMigration migration = generator.generate(name, options);
            out.println(migration);
            for (Path file : migration.files()) {
                out.println("Wrote " + file);
            }
            return 0;
        }
    }
}
