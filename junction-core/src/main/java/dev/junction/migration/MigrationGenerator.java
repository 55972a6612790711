package dev.junction.migration;

import dev.junction.Junction;
import dev.junction.dialect.Dialect;
import dev.junction.internal.Arguments;
import dev.junction.migration.internal.generate.Backfills;
import dev.junction.migration.internal.generate.KeptByUp;
import dev.junction.migration.internal.MigrationLayout;
import dev.junction.migration.internal.generate.MigrationNaming;
import dev.junction.migration.internal.generate.MigrationRenderer;
import dev.junction.migration.internal.generate.MigrationScript;
import dev.junction.migration.internal.generate.Renames;
import dev.junction.migration.internal.generate.SchemaChange;
import dev.junction.migration.internal.generate.SchemaDiff;
import dev.junction.migration.internal.generate.SchemaSnapshot;
import dev.junction.migration.internal.generate.SnapshotOfModels;
import dev.junction.migration.internal.generate.SnapshotTable;
import dev.junction.migration.internal.generate.SnapshotYaml;
import dev.junction.migration.internal.generate.UnkeyableColumns;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.internal.ForeignKeyGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a migration from the difference between the models and the schema the existing migrations produce (the
 * snapshot {@code schema.yaml} in the migrations root), as plain SQL up and down files per dialect; then updates the
 * snapshot. Works offline: it reads the models and the files, never the database.
 *
 * <pre>{@code
 * GeneratedMigration m = MigrationGenerator.of(db, Path.of("migrations"))
 *         .generate("add-ratings", GenerateOptions.defaults().backfill("Users.age", 0));
 * System.out.println(m);
 * }</pre>
 *
 * <p>Renames are never guessed: a table or column the models declare {@code renamedFrom} is renamed; any other
 * difference is a drop and an add. Dropping tables and columns and narrowing types loses data: such statements are
 * written commented out, after a warning, unless {@link GenerateOptions#allowDataLoss(boolean)}. Not thread-safe
 * against another generation into the same folder.
 */
public final class MigrationGenerator {
    private final Junction db;
    private final Path root;

    private MigrationGenerator(Junction db, Path root) {
        this.db = db;
        this.root = root;
    }

    /** A generator for {@code db}'s models, writing under {@code root} (the migrations folder). */
    public static MigrationGenerator of(Junction db, Path root) {
        return new MigrationGenerator(Arguments.declared(db, "MigrationGenerator.of", "db"),
                Arguments.declared(root, "MigrationGenerator.of", "root"));
    }

    /** Generates migration {@code name} with the default options. */
    public GeneratedMigration generate(String name) {
        return generate(name, GenerateOptions.defaults());
    }

    /**
     * Generates migration {@code name}: compares the models with the snapshot, writes the up and down file of every
     * dialect and the new snapshot, and says what changed; when nothing did, writes nothing. With
     * {@link GenerateOptions#baseline(boolean)}, writes only the snapshot (the name is not used).
     *
     * @throws MigrationException for a name without letters or digits, a malformed snapshot, a backfill naming no
     *                            column, a column becoming NOT NULL without a default or backfill, a NOT NULL column
     *                            without a default dropped (data loss allowed) without a backfill for the down
     *                            migration, a baseline where a snapshot exists, or a file that cannot be written
     */
    public GeneratedMigration generate(String name, GenerateOptions options) {
        Arguments.declared(options, "MigrationGenerator.generate", "options");
        if (options.baseline()) return baseline();
        if (name == null || MigrationLayout.kebab(name).isEmpty()) {
            throw new MigrationException("A migration needs a name with letters or digits (--name add-ratings), was '"
                    + name + "'");
        }
        List<ModelDefinition> models = db.definitions();
        SchemaSnapshot now = snapshotOf(models);
        Path snapshotFile = root.resolve(MigrationLayout.SNAPSHOT_FILE);
        SchemaSnapshot before = SnapshotYaml.read(snapshotFile);
        Renames renames = Renames.declared(models, before, options.renames());
        Backfills backfills = new Backfills(options.backfills()).resolve(now, before);
        List<SchemaChange> up = SchemaDiff.between(before, now, renames);
        if (up.isEmpty()) return new GeneratedMigration(null, List.of(), List.of(), List.of());
        if (options.allowsDataLoss()) backfills.requireForDroppedColumns(up);
        List<SchemaChange> down = SchemaDiff.between(now, before, renames.inverse());

        KeptByUp kept = KeptByUp.of(up, options.allowsDataLoss());
        List<Path> folders = options.dialects().stream().map(d -> MigrationLayout.folder(root, d)).toList();
        String migration;
        String upFile;
        String downFile;
        if (options.flyway()) {
            int version = MigrationNaming.nextFlywayVersion(folders);
            upFile = MigrationLayout.flywayUpFile(version, name);
            downFile = MigrationLayout.flywayDownFile(version, name);
            migration = upFile.substring(0, upFile.length() - ".sql".length());
        } else {
            migration = MigrationLayout.junctionName(MigrationNaming.nextTimestamp(Instant.now(), folders), name);
            upFile = migration + MigrationLayout.UP_SUFFIX;
            downFile = migration + MigrationLayout.DOWN_SUFFIX;
        }
        List<String> changes = up.stream().flatMap(c -> c.describe().stream()).toList();
        Set<String> warnings = new LinkedHashSet<>();
        List<String[]> files = new ArrayList<>();
        for (String folder : options.dialects()) {
            Dialect dialect = DialectFolders.dialect(folder);
            List<String> unkeyable = UnkeyableColumns.of(up, dialect);
            if (!unkeyable.isEmpty()) {
                warnings.add(folder + ": " + dialect.name() + " cannot make a key or an index of "
                        + String.join(", ", unkeyable) + ", so this migration fails there; give a byte[] a length"
                        + " (@Column(length = 16)), or leave " + folder + " out of the dialects");
            }
            MigrationScript upScript = script(migration, "up", options.allowsDataLoss());
            new MigrationRenderer(dialect, backfills, true).render(up, now, upScript);
            MigrationScript downScript = script(migration, "down", true);
            new MigrationRenderer(dialect, backfills, false, kept).render(down, before, downScript);
            warnings.addAll(upScript.warnings());
            files.add(new String[] {folder, upFile, upScript.text()});
            files.add(new String[] {folder, downFile, downScript.text()});
        }
        List<Path> written = new ArrayList<>();
        for (String[] file : files) {
            written.add(write(MigrationLayout.folder(root, file[0]).resolve(file[1]), file[2]));
        }
        SnapshotYaml.write(now, snapshotFile);
        written.add(snapshotFile);
        return new GeneratedMigration(migration, written, changes, List.copyOf(warnings));
    }

    /** Records the models as the schema the (sequelize-cli or hand-run) migrations already made; no migration. */
    private GeneratedMigration baseline() {
        Path snapshotFile = root.resolve(MigrationLayout.SNAPSHOT_FILE);
        if (Files.exists(snapshotFile)) {
            throw new MigrationException("Refusing the baseline: " + snapshotFile + " exists, so the migrations"
                    + " already record a schema; generate a migration instead (a baseline is for a project's first"
                    + " generation, on a database its models match)");
        }
        SchemaSnapshot now = snapshotOf(db.definitions());
        SnapshotYaml.write(now, snapshotFile);
        List<String> tables = now.tables().stream().map(SnapshotTable::table).toList();
        return new GeneratedMigration(null, List.of(snapshotFile), List.of("baseline of " + tables.size()
                + " table(s), taken as made already: " + String.join(", ", tables)), List.of());
    }

    /**
     * The columns that would be dropped from a table while a new column of the same type is added to it: renames,
     * perhaps, that the models do not declare. Changes nothing.
     */
    public List<RenameCandidate> renameCandidates(GenerateOptions options) {
        Arguments.given(options, "MigrationGenerator.renameCandidates", "options");
        List<ModelDefinition> models = db.definitions();
        SchemaSnapshot now = snapshotOf(models);
        SchemaSnapshot before = SnapshotYaml.read(root.resolve(MigrationLayout.SNAPSHOT_FILE));
        List<RenameCandidate> candidates = new ArrayList<>();
        for (SchemaChange change : SchemaDiff.between(before, now, Renames.declared(models, before,
                options.renames()))) {
            if (!(change instanceof SchemaChange.AlterTable alter)) continue;
            for (var dropped : alter.diff().dropped()) {
                for (var added : alter.diff().added()) {
                    if (dropped.sameType(added)) {
                        candidates.add(new RenameCandidate(alter.diff().table(), dropped.column(), added.column()));
                    }
                }
            }
        }
        return candidates;
    }

    /** The models' snapshot; foreign key names in full, each dialect's files fit them to its own limit. */
    private static SchemaSnapshot snapshotOf(List<ModelDefinition> models) {
        Map<String, ModelDefinition> byName = models.stream()
                .collect(Collectors.toMap(ModelDefinition::name, Function.identity()));
        return SnapshotOfModels.of(new ForeignKeyGraph(models, byName::get, Integer.MAX_VALUE));
    }

    private static MigrationScript script(String migration, String direction, boolean allowDataLoss) {
        MigrationScript script = new MigrationScript(allowDataLoss);
        script.comment("Junction migration " + migration + " (" + direction + "), generated from the models");
        return script;
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new MigrationException("Cannot write migration file " + file + ": " + e.getMessage(),
                    new UncheckedIOException(e));
        }
    }
}
