package dev.junction.dialect.internal;

import dev.junction.dialect.Dialect;
import java.util.List;

/**
 * MariaDB/MySQL: a column changes by {@code MODIFY COLUMN} with its whole new definition; foreign keys and unique
 * keys drop by {@code DROP FOREIGN KEY} and {@code DROP INDEX}; an index by {@code DROP INDEX n ON t}.
 */
final class MariaDbSchemaDdl extends SchemaDdl {
    MariaDbSchemaDdl(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String dropForeignKey(String table, String name) {
        return "ALTER TABLE " + q(table) + " DROP FOREIGN KEY " + q(name);
    }

    @Override
    public String dropUnique(String table, String name) {
        return "ALTER TABLE " + q(table) + " DROP INDEX " + q(name);
    }

    /** Index names are per table: {@code DROP INDEX name ON table}. */
    @Override
    public String dropIndex(String table, String name) {
        return "DROP INDEX " + q(name) + " ON " + q(table);
    }

    /** The whole definition: a key's AUTO_INCREMENT restated, or MODIFY would take it away. */
    @Override
    public List<String> alterColumn(String table, ColumnAlteration change) {
        return List.of("ALTER TABLE " + q(table) + " MODIFY COLUMN " + change.definition()
                + (change.autoIncrement() ? " AUTO_INCREMENT" : ""));
    }

    @Override
    public String dropPrimaryKey(String table) {
        return "ALTER TABLE " + q(table) + " DROP PRIMARY KEY";
    }

    @Override
    public String columnPosition(String previous) {
        return previous == null ? " FIRST" : " AFTER " + q(previous);
    }

    /** The column's new definition carries the new CHECK, which replaces the old one. */
    @Override
    public List<String> replaceEnumCheck(String table, String column, String definition, String check) {
        return List.of("ALTER TABLE " + q(table) + " MODIFY COLUMN " + definition);
    }

    @Override
    public boolean keyIndexesServeForeignKeys() {
        return true;
    }

    @Override
    public boolean partialUniqueIndexes() {
        return false;
    }
}
