package dev.junction.migration.internal;

import dev.junction.dialect.Dialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where migrations live and how their files are named; the one contract between the generator, which writes them,
 * and the migrator, which reads them.
 *
 * <pre>
 * migrations/                                     the root given to the generator and the migrator
 *   schema.yaml                                   snapshot: the schema the migrations produce (generator's state)
 *   h2/20261204163000-add-ratings.up.sql          Junction layout: one folder per dialect,
 *   h2/20261204163000-add-ratings.down.sql        up and down per migration
 *   postgresql/V3__add_ratings.sql                Flyway layout ({@code --flyway}): V&lt;n&gt;__&lt;name&gt;.sql up,
 *   postgresql/U3__add_ratings.sql                U&lt;n&gt;__&lt;name&gt;.sql down (Flyway's undo naming)
 * </pre>
 *
 * <p>A migration file is plain SQL: statements end with {@code ;} at the end of a line; {@code --} comments are
 * ignored (a data-losing statement the generator was not allowed to write is left commented out). A migration's name
 * is its file name without {@code .up.sql}/{@code .down.sql} ({@code 20261204163000-add-ratings}) or without
 * {@code .sql} ({@code V3__add_ratings}); migrations run in the order of their timestamp or version.
 */
public final class MigrationLayout {
    /** The snapshot file in the migrations root. */
    public static final String SNAPSHOT_FILE = "schema.yaml";
    /** The dialect folders the generator writes when not told otherwise. */
    public static final List<String> DEFAULT_DIALECTS = List.of("h2", "postgresql", "mariadb", "sqlite");
    /** Suffix of a Junction-layout up file. */
    public static final String UP_SUFFIX = ".up.sql";
    /** Suffix of a Junction-layout down file. */
    public static final String DOWN_SUFFIX = ".down.sql";

    private static final Pattern JUNCTION_NAME = Pattern.compile("(\\d{14})-([a-z0-9][a-z0-9-]*)");
    private static final Pattern FLYWAY_NAME = Pattern.compile("([VU])(\\d+)__([A-Za-z0-9_]+)\\.sql");

    private MigrationLayout() {
    }

    /** The folder name of a dialect's migrations: {@code h2}, {@code postgresql}, {@code mariadb}, {@code mysql}, {@code sqlite}. */
    public static String folderName(Dialect dialect) {
        return dialect.name().toLowerCase(Locale.ROOT);
    }

    /** The folder of a dialect's migrations under {@code root}. */
    public static Path folder(Path root, String dialectFolder) {
        return root.resolve(dialectFolder);
    }

    /** A Junction-layout migration name: {@code <yyyyMMddHHmmss>-<name>}, the name in lower-case kebab form. */
    public static String junctionName(String timestamp, String name) {
        return timestamp + "-" + kebab(name);
    }

    /** Whether {@code name} is a Junction-layout migration name. */
    public static boolean isJunctionName(String name) {
        return JUNCTION_NAME.matcher(name).matches();
    }

    /** A Flyway up file name: {@code V<version>__<name>.sql}, the name in snake form. */
    public static String flywayUpFile(int version, String name) {
        return "V" + version + "__" + kebab(name).replace('-', '_') + ".sql";
    }

    /** The Flyway down (undo) file name of the same migration: {@code U<version>__<name>.sql}. */
    public static String flywayDownFile(int version, String name) {
        return "U" + flywayUpFile(version, name).substring(1);
    }

    /** The Flyway file name's parts, or {@code null} when it is not one: prefix (V or U), version, name. */
    public static Matcher flywayFile(String fileName) {
        Matcher m = FLYWAY_NAME.matcher(fileName);
        return m.matches() ? m : null;
    }

    /** {@code "Add ratings"}, {@code "add_ratings"} → {@code "add-ratings"}. */
    public static String kebab(String name) {
        String kebab = name.trim().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return kebab;
    }
}
