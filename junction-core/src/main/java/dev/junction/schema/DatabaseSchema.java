package dev.junction.schema;

import dev.junction.internal.Arguments;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The live schema of a database as its metadata describes it: tables with their columns, keys, constraints and
 * indexes. Made by {@code Junction.describe()}; immutable.
 *
 * @param tables the tables, by name
 */
public record DatabaseSchema(List<Table> tables) {
    public DatabaseSchema {
        tables = Arguments.listOrEmpty(tables);
    }

    /** The table called {@code name} (exact case), if it exists. */
    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * One table.
     *
     * @param name              table name
     * @param columns           columns in position order
     * @param primaryKey        key columns in key order; empty when the table has none
     * @param uniqueConstraints unique constraints and unique indexes other than the primary key
     * @param foreignKeys       foreign keys this table holds
     * @param indexes           non-unique indexes, but those a database made for a foreign key on its own (H2 and
     *                          MariaDB index every foreign key that no other index serves)
     */
    public record Table(String name, List<Column> columns, List<String> primaryKey, List<Unique> uniqueConstraints,
                        List<ForeignKey> foreignKeys, List<Index> indexes) {
        public Table {
            columns = Arguments.listOrEmpty(columns);
            primaryKey = Arguments.listOrEmpty(primaryKey);
            uniqueConstraints = Arguments.listOrEmpty(uniqueConstraints);
            foreignKeys = Arguments.listOrEmpty(foreignKeys);
            indexes = Arguments.listOrEmpty(indexes);
        }

        /** The non-unique index on exactly these columns in this order (case-insensitive), if any. */
        public Optional<Index> index(List<String> columnNames) {
            Arguments.given(columnNames, "DatabaseSchema.Table.index", "columnNames");
            return indexes.stream().filter(i -> sameColumnsInOrder(i.columns(), columnNames)).findFirst();
        }

        /** The column called {@code name} (case-insensitive, as SQL compares column names), if any. */
        public Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
        }

        /** Whether some unique constraint (or the primary key) covers exactly these columns, in any order. */
        public boolean isUnique(List<String> columnNames) {
            Arguments.given(columnNames, "DatabaseSchema.Table.isUnique", "columnNames");
            if (sameColumns(primaryKey, columnNames)) return true;
            return uniqueConstraints.stream().anyMatch(u -> sameColumns(u.columns(), columnNames));
        }

        /**
         * Whether these columns are the primary key, or unique among the rows {@code liveColumn} selects: over every
         * row when it is {@code null}, else over the rows where that column is null (a partial unique index, see
         * {@link Unique#liveColumn}); the column compares case-insensitively.
         */
        public boolean isUnique(List<String> columnNames, String liveColumn) {
            Arguments.given(columnNames, "DatabaseSchema.Table.isUnique", "columnNames");
            if (sameColumns(primaryKey, columnNames)) return true;
            return uniqueConstraints.stream().anyMatch(u -> sameColumns(u.columns(), columnNames)
                    && (liveColumn == null ? u.liveColumn() == null : liveColumn.equalsIgnoreCase(u.liveColumn())));
        }

        /** The foreign key on exactly these columns, if any. */
        public Optional<ForeignKey> foreignKey(List<String> columnNames) {
            return foreignKeys.stream().filter(f -> sameColumns(f.columns(), columnNames)).findFirst();
        }

        private static boolean sameColumns(List<String> a, List<String> b) {
            return a.size() == b.size() && a.stream().allMatch(x -> b.stream().anyMatch(x::equalsIgnoreCase));
        }

        private static boolean sameColumnsInOrder(List<String> a, List<String> b) {
            return a.size() == b.size()
                    && IntStream.range(0, a.size()).allMatch(n -> a.get(n).equalsIgnoreCase(b.get(n)));
        }
    }

    /**
     * One column.
     *
     * @param name          column name
     * @param typeName      the database's name for its type ({@code "VARCHAR"}, {@code "int4"} …)
     * @param size          declared length or precision, 0 when none
     * @param nullable      whether NULL is allowed
     * @param defaultValue  the default expression as the database reports it, or {@code null}
     * @param autoIncrement whether the database generates values
     * @param scale         digits after the point as the database reports them: a decimal's scale (some databases
     *                      also give a time's fractional digits here), 0 when none
     */
    public record Column(String name, String typeName, int size, boolean nullable, String defaultValue,
                         boolean autoIncrement, int scale) {
        /** A column with no scale. */
        public Column(String name, String typeName, int size, boolean nullable, String defaultValue,
                      boolean autoIncrement) {
            this(name, typeName, size, nullable, defaultValue, autoIncrement, 0);
        }
    }

    /**
     * A unique constraint or unique index.
     *
     * @param name       its name
     * @param columns    its columns in order
     * @param liveColumn for a partial unique index over the rows where one column is null ({@code … WHERE
     *                   "deletedAt" IS NULL}, a paranoid model's unique key on PostgreSQL and SQLite): that column;
     *                   {@code null} for a unique key over every row
     */
    public record Unique(String name, List<String> columns, String liveColumn) {
        public Unique {
            columns = Arguments.listOrEmpty(columns);
        }

        /** A unique key over every row. */
        public Unique(String name, List<String> columns) {
            this(name, columns, null);
        }
    }

    /**
     * A non-unique index.
     *
     * @param name    its name
     * @param columns its columns in index order
     */
    public record Index(String name, List<String> columns) {
        public Index {
            columns = Arguments.listOrEmpty(columns);
        }
    }

    /**
     * A foreign key.
     *
     * @param name              constraint name (may be empty on SQLite, which keeps none)
     * @param columns           referencing columns
     * @param referencedTable   the referenced table
     * @param referencedColumns the referenced columns
     * @param onDelete          action on delete of the referenced row
     * @param onUpdate          action on update of the referenced key
     */
    public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                             ReferentialAction onDelete, ReferentialAction onUpdate) {
        public ForeignKey {
            columns = Arguments.listOrEmpty(columns);
            referencedColumns = Arguments.listOrEmpty(referencedColumns);
        }
    }
}
