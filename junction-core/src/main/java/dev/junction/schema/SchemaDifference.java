package dev.junction.schema;

/**
 * One way the live database differs from the models, found by {@code Junction.check()}. Immutable.
 *
 * @param model    the model's name, or {@code null} for a table no model uses
 * @param table    the table's name
 * @param column   the column's name, or {@code null} when the difference is about the whole table or a key
 * @param kind     what differs
 * @param expected what the model says, as text ({@code "VARCHAR(40)"}, {@code "NOT NULL"} …), or {@code null}
 * @param actual   what the database has, as text, or {@code null} when it has nothing
 */
public record SchemaDifference(String model, String table, String column, Kind kind, String expected,
                               String actual) {

    /**
     * What differs. {@code INDEX}: a non-unique index the model declares is missing ({@code expected}
     * {@code "name (columns)"}), or the table has one the model does not declare ({@code actual}); indexes are
     * matched by their columns in order, and those a database makes for a foreign key on its own are not counted.
     */
    public enum Kind {
        MISSING_TABLE, EXTRA_TABLE, MISSING_COLUMN, EXTRA_COLUMN, PRIMARY_KEY, UNIQUE, FOREIGN_KEY, TYPE, NULLABILITY,
        INDEX
    }

    /** {@code "Beach (table Beaches) column name: TYPE expected VARCHAR(40), found VARCHAR(80)"}. */
    @Override
    public String toString() {
        return (model == null ? "" : model + " ") + "(table " + table + ")" + (column == null ? "" : " column "
                + column) + ": " + kind + (expected == null ? "" : " expected " + expected)
                + (actual == null ? "" : (expected == null ? " found " : ", found ") + actual);
    }
}
