package dev.junction.dialect.internal;

import dev.junction.dialect.Dialect;
import java.util.List;

/**
 * H2: {@code ALTER COLUMN c RENAME TO n}; {@code DROP PRIMARY KEY}; added columns placed by {@code AFTER}; no
 * replacing of an enum's CHECK, whose name H2 generates.
 */
final class H2SchemaDdl extends SchemaDdl {
    H2SchemaDdl(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String renameColumn(String table, String from, String to) {
        return "ALTER TABLE " + q(table) + " ALTER COLUMN " + q(from) + " RENAME TO " + q(to);
    }

    @Override
    public String dropPrimaryKey(String table) {
        return "ALTER TABLE " + q(table) + " DROP PRIMARY KEY";
    }

    @Override
    public List<String> replaceEnumCheck(String table, String column, String definition, String check) {
        return null;
    }

    /** H2 converts by itself (and has no USING). */
    @Override
    protected String setType(String alterColumn, ColumnAlteration change) {
        return alterColumn + " SET DATA TYPE " + dialect.columnType(change.newType());
    }

    @Override
    protected boolean typeChangeConvertsDefault() {
        return false;
    }

    /** An identity column's sequence keeps the old type's maximum: NO MAXVALUE is the new type's. */
    @Override
    protected List<String> keySequenceType(String table, ColumnAlteration change) {
        return List.of("ALTER TABLE " + q(table) + " ALTER COLUMN " + q(change.column()) + " SET NO MAXVALUE");
    }

    @Override
    public String columnPosition(String previous) {
        return previous == null ? " FIRST" : " AFTER " + q(previous);
    }

    @Override
    public boolean partialUniqueIndexes() {
        return false;
    }
}
