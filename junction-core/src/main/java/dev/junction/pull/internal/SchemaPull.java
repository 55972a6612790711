package dev.junction.pull.internal;

import dev.junction.dialect.Dialect;
import dev.junction.schema.DatabaseSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import dev.junction.schema.internal.BookkeepingTables;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One pull: every table of a described schema (bookkeeping tables and tables without a primary key left out) to
 * the source of its record, in table-name order so the same database always gives the same files.
 */
public final class SchemaPull {
    /** Ledgers of seeds and migrations (Junction's, sequelize-cli's, Flyway's): the tools' tables. */
    private final Dialect dialect;
    private final List<String> warnings = new ArrayList<>();

    public SchemaPull(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * The sources, keyed by file path under the source root ({@code com/example/models/User.java}), sorted.
     *
     * @param schema      the live schema
     * @param javaPackage the records' package
     * @param origin      the database, as the header names it (no password)
     */
    public Map<String, String> sources(DatabaseSchema schema, String javaPackage, String origin) {
        List<DatabaseSchema.Table> tables = schema.tables().stream()
                .filter(t -> !BookkeepingTables.contains(t.name()))
                .sorted(Comparator.comparing(DatabaseSchema.Table::name)).toList();
        ModelShaper shaper = new ModelShaper(dialect, warnings);
        Map<String, PulledModel> byTable = new LinkedHashMap<>();
        Set<String> classNames = new HashSet<>();
        for (DatabaseSchema.Table table : tables) {
            if (table.primaryKey().isEmpty()) {
                warnings.add(table.name() + ": left out, it has no primary key (a Junction model needs one)");
                continue;
            }
            String className = JavaNames.className(table.name());
            for (int i = 2; !classNames.add(className.toLowerCase(Locale.ROOT)); i++) {
                className = JavaNames.className(table.name()) + i;
            }
            byTable.put(table.name(), shaper.shape(table, className));
        }
        List<PulledModel> models = new ArrayList<>(byTable.values());
        new AssociationPlanner(byTable, models, warnings).plan(models);
        RecordSource writer = new RecordSource(javaPackage, origin);
        Map<String, String> files = new TreeMap<>();
        String folder = javaPackage.isEmpty() ? "" : javaPackage.replace('.', '/') + "/";
        for (PulledModel model : models) {
            files.put(folder + model.className() + ".java", writer.write(model));
        }
        return files;
    }

    /** What the records could not say, one line per table and thing, after {@link #sources}. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
