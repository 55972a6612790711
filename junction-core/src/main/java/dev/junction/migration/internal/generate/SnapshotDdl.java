package dev.junction.migration.internal.generate;

import dev.junction.dialect.Dialect;
import dev.junction.dialect.internal.SchemaDdl;
import dev.junction.schema.internal.DdlRenderer;
import dev.junction.schema.internal.Naming;
import java.util.Collection;
import java.util.List;

/**
 * Renders CREATE TABLE, column definitions and constraint clauses of snapshot tables through {@link DdlRenderer}, so
 * that a migration creates a table exactly as {@code sync()} does.
 */
final class SnapshotDdl {
    private final Dialect dialect;
    private final DdlRenderer ddl;

    SnapshotDdl(Dialect dialect) {
        this.dialect = dialect;
        this.ddl = new DdlRenderer(dialect);
    }

    Dialect dialect() {
        return dialect;
    }

    /** {@code CREATE TABLE name (…)} of {@code table}'s definition under {@code name}, with the given keys inline. */
    String createTable(SnapshotTable table, String name, Collection<SnapshotForeignKey> inlineKeys) {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(q(name)).append(" (");
        boolean inlineKey = table.hasInlineKey();
        boolean first = true;
        for (SnapshotColumn c : table.columns()) {
            if (!first) sql.append(", ");
            first = false;
            sql.append(column(c, inlineKey && c.primaryKey()));
        }
        if (!inlineKey && !table.primaryKey().isEmpty()) {
            sql.append(", PRIMARY KEY (").append(dialect.quoteAll(table.primaryKey())).append(')');
        }
        for (SnapshotUnique unique : table.uniques()) {
            if (partial(unique)) continue; // a partial unique index, created after the table: liveUniques
            sql.append(", CONSTRAINT ").append(q(constraintName(unique.name()))).append(" UNIQUE (")
                    .append(dialect.quoteAll(unique.columns())).append(')');
        }
        for (SnapshotForeignKey fk : inlineKeys) {
            sql.append(", ").append(foreignKeyClause(fk));
        }
        return sql.append(')').append(dialect.tableOptions()).toString();
    }

    /** The column's definition; an inline auto-increment key when {@code inlineKey}. */
    String column(SnapshotColumn c, boolean inlineKey) {
        Object value = c.defaultValue() instanceof SnapshotColumn.EnumDefault e ? e.name() : c.defaultValue();
        return ddl.columnDefinition(c.column(), c.type(), c.nullable(), value, c.enumNames(), inlineKey);
    }

    /** {@code CHECK (column IN ('A', 'B'))} of an enum column. */
    String enumCheck(SnapshotColumn c) {
        return "CHECK (" + q(c.column()) + " IN (" + String.join(", ", c.enumNames().stream()
                .map(dialect::stringLiteral).toList()) + "))";
    }

    String foreignKeyClause(SnapshotForeignKey fk) {
        return ddl.foreignKeyClause(constraintName(fk.name()), fk.column(), fk.referencedTable(), fk.referencedColumn(), fk.onDelete(),
                fk.onUpdate());
    }

    String addForeignKey(String table, SnapshotForeignKey fk) {
        return "ALTER TABLE " + q(table) + " ADD " + foreignKeyClause(fk);
    }

    /** {@code ALTER TABLE … ADD COLUMN}, with an inline REFERENCES clause when {@code fk} is given (SQLite). */
    String addColumn(String table, SnapshotColumn c, SnapshotForeignKey fk) {
        String sql = "ALTER TABLE " + q(table) + " ADD COLUMN " + column(c, false);
        if (fk != null) {
            sql += " REFERENCES " + q(fk.referencedTable()) + " (" + q(fk.referencedColumn()) + ") ON DELETE "
                    + fk.onDelete().sql() + " ON UPDATE " + fk.onUpdate().sql();
        }
        return sql;
    }

    /** Whether {@code unique} is a partial unique index here (a paranoid model's, where the database has them). */
    boolean partial(SnapshotUnique unique) {
        return unique.live() != null && SchemaDdl.forDialect(dialect).partialUniqueIndexes();
    }

    /** The partial unique indexes of {@code table} once created as {@code name} ({@link #partial}); else none. */
    List<String> liveUniques(SnapshotTable table, String name) {
        return table.uniques().stream().filter(this::partial).map(u -> SchemaDdl.forDialect(dialect)
                .createLiveUnique(name, constraintName(u.name()), u.columns(), u.live())).toList();
    }

    /** Drops {@code unique} of {@code table}: its constraint, or its index where it is a partial one. */
    String dropUnique(String table, SnapshotUnique unique) {
        SchemaDdl alter = SchemaDdl.forDialect(dialect);
        String name = constraintName(unique.name());
        return partial(unique) ? alter.dropIndex(table, name) : alter.dropUnique(table, name);
    }

    String addUnique(String table, SnapshotUnique unique) {
        if (partial(unique)) {
            return SchemaDdl.forDialect(dialect).createLiveUnique(table, constraintName(unique.name()),
                    unique.columns(), unique.live());
        }
        return "ALTER TABLE " + q(table) + " ADD CONSTRAINT " + q(constraintName(unique.name())) + " UNIQUE ("
                + dialect.quoteAll(unique.columns()) + ")";
    }

    /** {@code CREATE INDEX name ON table (columns)}, the name shortened as this dialect's {@code sync()} does. */
    String createIndex(String table, SnapshotIndex index) {
        return "CREATE INDEX " + q(constraintName(index.name())) + " ON " + q(table) + " ("
                + dialect.quoteAll(index.columns()) + ")";
    }

    /** The SQL literal of a default or backfill value (an enum constant by its name). */
    String literal(Object value) {
        String literal = dialect.literal(value instanceof SnapshotColumn.EnumDefault e ? e.name() : value);
        return literal != null ? literal : dialect.stringLiteral(value.toString());
    }

    /**
     * A constraint's name as this dialect's {@code sync()} writes it: the snapshot keeps names in full, and a name
     * beyond the dialect's identifier limit is shortened with a stable hash.
     */
    String constraintName(String name) {
        return Naming.fit(name, dialect.identifierLimit());
    }

    String q(String identifier) {
        return dialect.quote(identifier);
    }

    List<String> quoteAll(List<String> identifiers) {
        return identifiers.stream().map(this::q).toList();
    }
}
