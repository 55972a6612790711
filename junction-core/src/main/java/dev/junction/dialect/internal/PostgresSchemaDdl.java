package dev.junction.dialect.internal;

import dev.junction.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL: names a table's primary key and an enum column's CHECK after the table, so renames rename them. */
final class PostgresSchemaDdl extends SchemaDdl {
    PostgresSchemaDdl(Dialect dialect) {
        super(dialect);
    }

    /**
     * The statements that rename, after table {@code from} became {@code to}, the constraints the database named after
     * the table, so later migrations find them by the names it gives a table created as {@code to}. This form:
     * PostgreSQL's {@code <table>_pkey} and the {@code <table>_<column>_check} of each enum column; none elsewhere.
     */
    @Override
    public List<String> renameTableConstraints(String from, String to, boolean primaryKey, List<String> enumColumns) {
        List<String> statements = new ArrayList<>();
        if (primaryKey) statements.add(renameConstraint(to, from + "_pkey", to + "_pkey"));
        for (String c : enumColumns) {
            statements.add(renameConstraint(to, from + "_" + c + "_check", to + "_" + c + "_check"));
        }
        return statements;
    }

    /**
     * The statements that rename, after enum column {@code from} of {@code table} became {@code to}, the CHECK
     * constraint the database named after the column (PostgreSQL's {@code <table>_<column>_check}); none elsewhere.
     */
    @Override
    public List<String> renameEnumCheck(String table, String from, String to) {
        return List.of(renameConstraint(table, table + "_" + from + "_check", table + "_" + to + "_check"));
    }

    private String renameConstraint(String table, String from, String to) {
        return "ALTER TABLE " + q(table) + " RENAME CONSTRAINT " + q(from) + " TO " + q(to);
    }
}
