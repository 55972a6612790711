package dev.junction.schema.internal;

import dev.junction.SchemaException;
import dev.junction.dialect.Dialect;
import dev.junction.schema.Attribute;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.SchemaDifference;
import dev.junction.schema.SyncMode;
import dev.junction.schema.SyncReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings the database in line with the model definitions: creates missing tables in foreign-key order (cycles
 * closed by ALTER TABLE afterwards), each with its indexes, drops and recreates them for {@link SyncMode#FORCE},
 * and for {@link SyncMode#ALTER} adds missing columns, constraints and indexes without ever dropping or weakening
 * anything.
 */
public final class SchemaSynchronizer {

    /** Runs one DDL statement, reporting and translating failures. */
    @FunctionalInterface
    public interface DdlExecutor {
        void execute(Connection connection, String sql, String table);
    }

    private final Dialect dialect;
    private final ForeignKeyGraph graph;
    private DdlRenderer ddl;
    private final DdlExecutor executor;
    private final List<String> statements = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public SchemaSynchronizer(Dialect dialect, ForeignKeyGraph graph, DdlExecutor executor) {
        this.dialect = dialect;
        this.graph = graph;
        this.ddl = new DdlRenderer(dialect, graph);
        this.executor = executor;
    }

    /**
     * Syncs every model on {@code connection} (auto-commit) and reports what was done. Every existing table is first
     * compared with its model ({@link SchemaComparison}); any difference the mode will not repair fails the sync with
     * a {@link SchemaException} listing them all, before any statement runs, so a refused sync changes nothing.
     */
    public SyncReport sync(Connection connection, SyncMode mode) throws SQLException {
        ddl = new DdlRenderer(dialect.forSession(connection), graph);
        SchemaInspector inspector = new SchemaInspector(connection);
        List<String> live = inspector.tableNames();
        SchemaComparison comparison = new SchemaComparison(dialect, mode, inspector, live,
                table -> isEmpty(connection, table));
        refuseMismatches(comparison.compare(graph.creationOrder()));
        Set<String> existing = new HashSet<>(live);
        Map<ModelDefinition, DatabaseSchema.Table> toAlter = new LinkedHashMap<>();
        comparison.matchedTables().forEach((model, table) -> existing.add(model.tableName()));
        if (mode == SyncMode.ALTER) {
            for (Map.Entry<ModelDefinition, String> matched : comparison.matchedTables().entrySet()) {
                toAlter.put(matched.getKey(), inspector.describe(matched.getValue()));
            }
        }
        new KeysBeforeSync(dialect, graph).refuse(mode == SyncMode.FORCE ? Set.of() : existing, toAlter);
        if (mode == SyncMode.FORCE) {
            dropAll(connection, existing);
            existing.clear();
        }
        createMissing(connection, existing);
        toAlter.forEach((model, table) -> alter(connection, model, table));
        for (ModelDefinition model : toAlter.keySet()) {
            warnAboutPaddedText(connection, model);
        }
        if (!toAlter.isEmpty()) warnAboutWhatAlterLeaves(inspector, comparison.matchedTables().values());
        return new SyncReport(statements, warnings);
    }

    private void createMissing(Connection connection, Set<String> existing) {
        Set<String> created = new HashSet<>();
        for (ModelDefinition model : graph.creationOrder()) {
            if (existing.contains(model.tableName())) continue;
            List<ForeignKeyTarget> inline = dialect.inlineForeignKeysOnly() ? graph.keys(model) : graph.inlineKeys(model);
            run(connection, ddl.createTable(model, inline), model.tableName());
            ddl.liveUniques(model).forEach(statement -> run(connection, statement, model.tableName()));
            for (ModelDefinition.Index index : model.indexes()) {
                run(connection, ddl.createIndex(model, index), model.tableName());
            }
            created.add(model.tableName());
        }
        if (!dialect.inlineForeignKeysOnly()) {
            for (ForeignKeyTarget fk : graph.deferredKeys()) {
                if (created.contains(fk.owner().tableName())) {
                    run(connection, ddl.addForeignKey(fk), fk.owner().tableName());
                }
            }
        }
    }

    /** Drops every model's table that exists, referrers first, and reports the statements. */
    public SyncReport drop(Connection connection) throws SQLException {
        dropAll(connection, new HashSet<>(new SchemaInspector(connection).tableNames()));
        return new SyncReport(statements, warnings);
    }

    private void dropAll(Connection connection, Set<String> existing) {
        List<ModelDefinition> order = new ArrayList<>(graph.creationOrder());
        java.util.Collections.reverse(order);
        List<String> drops = new ArrayList<>();
        for (ModelDefinition model : order) {
            if (existing.contains(model.tableName())) drops.add(model.tableName());
        }
        if (drops.isEmpty()) return;
        dialect.withoutForeignKeyChecks(true).forEach(s -> run(connection, s, null));
        try {
            for (String table : drops) {
                run(connection, dialect.dropTable(table), table);
            }
        } finally {
            dialect.withoutForeignKeyChecks(false).forEach(s -> run(connection, s, null));
        }
    }

    private void alter(Connection connection, ModelDefinition model, DatabaseSchema.Table table) {
        Set<String> added = new HashSet<>();
        for (Attribute a : model.attributes()) {
            if (table.column(a.column()).isPresent()) continue;
            addColumn(connection, model, a);
            added.add(a.column());
        }
        for (ModelDefinition.UniqueKey unique : model.uniqueKeys()) {
            if (!table.isUnique(unique.columns(), ddl.live(model, unique))) addUnique(connection, model, unique, table);
        }
        addIndexes(connection, model, table);
        for (ForeignKeyTarget fk : graph.keys(model)) {
            if (table.foreignKey(List.of(fk.attribute().column())).isPresent() || added.contains(fk.attribute().column())
                    && dialect.inlineForeignKeysOnly()) {
                continue;
            }
            if (dialect.inlineForeignKeysOnly()) {
                warnings.add(model.tableName() + "." + fk.attribute().column() + ": " + dialect.name()
                        + " cannot add a foreign key to an existing column; left without one");
            } else {
                run(connection, ddl.addForeignKey(fk), model.tableName());
            }
        }
    }

    /**
     * Adds {@code unique}, which {@code table} lacks as the model wants it (full, or partial for a paranoid model); a
     * key on its columns of the other kind (a full UNIQUE where a model became paranoid, a partial index where it is
     * no longer) or of its name is left as it is — ALTER never drops — and {@code check()} reports it.
     */
    private void addUnique(Connection connection, ModelDefinition model, ModelDefinition.UniqueKey unique,
                           DatabaseSchema.Table table) {
        boolean namesake = table.uniqueConstraints().stream().anyMatch(u -> u.name().equalsIgnoreCase(unique.name()));
        boolean stricter = ddl.live(model, unique) != null && table.isUnique(unique.columns(), null);
        if (namesake || stricter) return;
        run(connection, ddl.addUnique(model, unique), model.tableName());
    }

    /**
     * Adds the indexes {@code table} lacks (none on the same columns in the same order); one whose name another
     * index of the table already has is left out with a warning, as ALTER never drops.
     */
    private void addIndexes(Connection connection, ModelDefinition model, DatabaseSchema.Table table) {
        for (ModelDefinition.Index index : model.indexes()) {
            if (table.index(index.columns()).isPresent()) continue;
            var namesake = table.indexes().stream().filter(i -> i.name().equalsIgnoreCase(index.name())).findFirst();
            if (namesake.isPresent()) {
                warnings.add(model.tableName() + ": index " + index.name() + " is on (" + String.join(", ",
                        namesake.get().columns()) + "), the model says (" + String.join(", ", index.columns())
                        + "); left as it is");
            } else {
                run(connection, ddl.createIndex(model, index), model.tableName());
            }
        }
    }

    /** Fails with every difference, one per line, when there is any. */
    private static void refuseMismatches(List<TableMismatch> mismatches) {
        if (mismatches.isEmpty()) return;
        StringBuilder message = new StringBuilder("The database does not match the models (")
                .append(mismatches.size()).append(mismatches.size() == 1 ? " difference" : " differences")
                .append("); sync changed nothing:");
        mismatches.forEach(m -> message.append("\n  - ").append(m.describe()));
        throw new SchemaException(message.toString());
    }

    /**
     * Reports every difference {@code ALTER} leaves between the altered tables and their models — another type or
     * length, another nullability, a column no model has (a rename, perhaps), another key or constraint — since it
     * only adds; a migration changes them ({@code junction migration:generate}).
     */
    private void warnAboutWhatAlterLeaves(SchemaInspector inspector, java.util.Collection<String> altered)
            throws SQLException {
        List<DatabaseSchema.Table> tables = new ArrayList<>();
        for (String table : altered) tables.add(inspector.describe(table));
        Set<String> names = new HashSet<>(altered);
        for (SchemaDifference difference : new SchemaChecker(dialect, graph).check(new DatabaseSchema(tables))
                .differences()) {
            boolean warnedAlready = difference.kind() == SchemaDifference.Kind.FOREIGN_KEY
                    && difference.actual() == null && dialect.inlineForeignKeysOnly(); // see alter()
            if (warnedAlready || !names.contains(difference.table())) continue;
            warnings.add(difference + " — sync(ALTER) only adds; change it with a migration (junction"
                    + " migration:generate)");
        }
    }

    /**
     * Reports the text columns of a table Junction did not create whose collation ignores trailing spaces; they are
     * left as they are (converting a table is a migration of its data).
     */
    private void warnAboutPaddedText(Connection connection, ModelDefinition model) throws SQLException {
        String query = dialect.paddedTextColumnsQuery();
        if (query == null) return;
        try (PreparedStatement s = connection.prepareStatement(query)) {
            s.setString(1, model.tableName());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    warnings.add(model.tableName() + "." + rs.getString(1) + ": collation " + rs.getString(2)
                            + " ignores trailing spaces ('a ' equals 'a') in comparisons and unique keys; left as it is");
                }
            }
        }
    }

    private void addColumn(Connection connection, ModelDefinition model, Attribute a) {
        ForeignKeyTarget inline = null;
        if (dialect.inlineForeignKeysOnly()) {
            inline = graph.keys(model).stream().filter(fk -> fk.attribute() == a).findFirst().orElse(null);
        }
        run(connection, ddl.addColumn(model, a, inline), model.tableName());
    }

    private boolean isEmpty(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM " + dialect.quote(table) + " LIMIT 1")) {
            return !rs.next();
        }
    }

    private void run(Connection connection, String sql, String table) {
        executor.execute(connection, sql, table);
        statements.add(sql);
    }
}
