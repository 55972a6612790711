package dev.junction.dialect.internal;

import dev.junction.dialect.Dialect;
import java.util.List;

/**
 * SQLite: renames tables and columns and adds and drops plain columns; every other change rebuilds the table
 * (create the new table, copy the rows, drop the old one, rename), which the migration renderer writes. The renderer
 * asks {@link #altersTables()} and never calls the methods below, which fail if it did.
 */
final class SqliteSchemaDdl extends SchemaDdl {
    SqliteSchemaDdl(Dialect dialect) {
        super(dialect);
    }

    @Override
    public boolean altersTables() {
        return false;
    }

    @Override
    public List<String> alterColumn(String table, ColumnAlteration change) {
        throw new IllegalStateException("SQLite cannot alter a column; the table is rebuilt");
    }

    @Override
    public String dropForeignKey(String table, String name) {
        throw new IllegalStateException("SQLite cannot drop a foreign key; the table is rebuilt");
    }

    @Override
    public String dropUnique(String table, String name) {
        throw new IllegalStateException("SQLite cannot drop a unique constraint; the table is rebuilt");
    }
}
