package dev.junction.schema.internal;

import dev.junction.SchemaException;
import dev.junction.dialect.Dialect;
import dev.junction.schema.Attribute;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ModelDefinition;
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
 * closed by ALTER TABLE afterwards), drops and recreates them for {@link SyncMode#FORCE}, and for
 * {@link SyncMode#ALTER} adds missing columns and constraints without ever dropping or weakening anything.
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
        this.ddl = new DdlRenderer(dialect);
        this.executor = executor;
    }

    /**
     * Syncs every model on {@code connection} (auto-commit) and reports what was done. For {@link SyncMode#ALTER},
     * every change that would be refused is found before any statement runs, so a refused sync changes nothing.
     */
    public SyncReport sync(Connection connection, SyncMode mode) throws SQLException {
        ddl = new DdlRenderer(dialect.forSession(connection));
        SchemaInspector inspector = new SchemaInspector(connection);
        Set<String> existing = new HashSet<>(inspector.tableNames());
        Map<ModelDefinition, DatabaseSchema.Table> toAlter = new LinkedHashMap<>();
        if (mode == SyncMode.ALTER) {
            for (ModelDefinition model : graph.creationOrder()) {
                if (existing.contains(model.tableName())) {
                    DatabaseSchema.Table table = inspector.describe(model.tableName());
                    checkColumnsCanBeAdded(connection, model, table);
                    toAlter.put(model, table);
                }
            }
        }
        if (mode == SyncMode.FORCE) {
            dropAll(connection, existing);
            existing.clear();
        }
        createMissing(connection, existing);
        toAlter.forEach((model, table) -> alter(connection, model, table));
        for (ModelDefinition model : toAlter.keySet()) {
            warnAboutPaddedText(connection, model);
        }
        return new SyncReport(statements, warnings);
    }

    private void createMissing(Connection connection, Set<String> existing) {
        Set<String> created = new HashSet<>();
        for (ModelDefinition model : graph.creationOrder()) {
            if (existing.contains(model.tableName())) continue;
            List<ForeignKeyTarget> inline = dialect.inlineForeignKeysOnly() ? graph.keys(model) : graph.inlineKeys(model);
            run(connection, ddl.createTable(model, inline), model.tableName());
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
            if (!table.isUnique(unique.columns())) {
                run(connection, ddl.addUnique(model, unique), model.tableName());
            }
        }
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

    /** Refuses, with a {@link SchemaException} naming table and column, a missing column that cannot be added. */
    private void checkColumnsCanBeAdded(Connection connection, ModelDefinition model, DatabaseSchema.Table table)
            throws SQLException {
        for (Attribute a : model.attributes()) {
            if (table.column(a.column()).isPresent()) continue;
            if (a.primaryKey()) {
                throw new SchemaException("Cannot add key column " + model.tableName() + "." + a.column()
                        + " to an existing table; sync with FORCE or migrate it by hand");
            }
            boolean hasLiteralDefault = a.defaultValue() != null && dialect.literal(a.defaultValue()) != null;
            if (!a.allowNull() && !hasLiteralDefault
                    && (dialect.inlineForeignKeysOnly() || !isEmpty(connection, model))) {
                throw new SchemaException("Cannot add NOT NULL column " + model.tableName() + "." + a.column()
                        + " without a default to a table that has rows" + (dialect.inlineForeignKeysOnly()
                        ? " (SQLite requires a default for any new NOT NULL column)" : "")
                        + "; give the attribute a defaultValue, allow null, or migrate the table by hand");
            }
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

    private boolean isEmpty(Connection connection, ModelDefinition model) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM " + dialect.quote(model.tableName()) + " LIMIT 1")) {
            return !rs.next();
        }
    }

    private void run(Connection connection, String sql, String table) {
        executor.execute(connection, sql, table);
        statements.add(sql);
    }
}
