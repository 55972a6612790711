package dev.junction.migration;

import dev.junction.internal.Arguments;
import dev.junction.migration.internal.MigrationLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@link MigrationGenerator} writes a migration: for which dialects, whether data-losing statements are written
 * (else commented out), the values that fill existing rows of columns becoming NOT NULL, and the file naming.
 * Mutable; not thread-safe.
 *
 * <pre>{@code
 * GenerateOptions options = GenerateOptions.defaults().backfill("Users.age", 0).dialects("postgresql", "sqlite");
 * }</pre>
 */
public final class GenerateOptions {
    private List<String> dialects = MigrationLayout.DEFAULT_DIALECTS;
    private boolean allowDataLoss;
    private boolean flyway;
    private boolean baseline;
    private final Map<String, Object> backfills = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> renames = new LinkedHashMap<>();

    private GenerateOptions() {
    }

    /** Every default dialect ({@link MigrationLayout#DEFAULT_DIALECTS}), no data loss, no backfills, Junction naming. */
    public static GenerateOptions defaults() {
        return new GenerateOptions();
    }

    /** The dialect folders to write: {@code h2}, {@code postgresql}, {@code mariadb}, {@code mysql}, {@code sqlite}. */
    public GenerateOptions dialects(String... dialects) {
        return dialects(List.of(Arguments.declared(dialects, "GenerateOptions.dialects", "dialects")));
    }

    /** As {@link #dialects(String...)}. */
    public GenerateOptions dialects(List<String> dialects) {
        Arguments.declared(dialects, "GenerateOptions.dialects", "dialects");
        if (dialects.isEmpty()) throw new MigrationException("GenerateOptions.dialects: name at least one dialect");
        dialects.forEach(DialectFolders::dialect);
        this.dialects = List.copyOf(dialects);
        return this;
    }

    /** Whether dropping tables and columns and narrowing types is written as statements (default: commented out). */
    public GenerateOptions allowDataLoss(boolean allowDataLoss) {
        this.allowDataLoss = allowDataLoss;
        return this;
    }

    /**
     * The value existing rows get in a column that becomes NOT NULL (or is added NOT NULL) without a default, or in
     * a dropped NOT NULL column without a default when the down migration adds it back (required then, with
     * {@link #allowDataLoss(boolean)}); {@code column} is {@code "Table.column"} (the model and attribute names are
     * accepted too). A text value is read
     * as the column's type ({@code "0"} for an integer).
     */
    public GenerateOptions backfill(String column, Object value) {
        backfills.put(Arguments.declared(column, "GenerateOptions.backfill", "column"),
                Arguments.declared(value, "GenerateOptions.backfill", "value"));
        return this;
    }

    /**
     * Declares that column {@code from} of {@code table} (its new name) is now {@code to}: written as a rename, as
     * an attribute's {@code renamedFrom(from)} would be. For a rename confirmed at generation time.
     */
    public GenerateOptions rename(String table, String from, String to) {
        renames.computeIfAbsent(Arguments.declared(table, "GenerateOptions.rename", "table"), t -> new LinkedHashMap<>())
                .put(Arguments.declared(to, "GenerateOptions.rename", "to"),
                        Arguments.declared(from, "GenerateOptions.rename", "from"));
        return this;
    }

    /** The declared column renames: table → new column → old column. */
    public Map<String, Map<String, String>> renames() {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        renames.forEach((table, columns) -> copy.put(table, Map.copyOf(columns)));
        return copy;
    }

    /** Names the files as Flyway does: {@code V<n>__<name>.sql} and {@code U<n>__<name>.sql}. */
    public GenerateOptions flyway(boolean flyway) {
        this.flyway = flyway;
        return this;
    }

    /**
     * Writes only the snapshot of the current models, no migration: for a database that already has their schema
     * (made by sequelize-cli's migrations, say) and a project without {@code schema.yaml}, so that the next
     * generation holds only the next change. Refused when the snapshot exists.
     */
    public GenerateOptions baseline(boolean baseline) {
        this.baseline = baseline;
        return this;
    }

    public List<String> dialects() {
        return dialects;
    }

    public boolean allowsDataLoss() {
        return allowDataLoss;
    }

    public boolean flyway() {
        return flyway;
    }

    public boolean baseline() {
        return baseline;
    }

    /** The backfill values, keyed as given. */
    public Map<String, Object> backfills() {
        return Map.copyOf(backfills);
    }
}
