package dev.junction.dialect;

import dev.junction.dialect.internal.Messages;
import java.util.List;

/**
 * What a dialect could tell about a failed statement: its kind and, when the database said so, the constraint and
 * columns involved.
 *
 * @param kind       what went wrong
 * @param constraint the constraint's name, or {@code null}
 * @param columns    the columns involved; empty when unknown
 */
public record SqlError(Kind kind, String constraint, List<String> columns) {

    /**
     * The kinds of failure Junction maps to typed exceptions. {@code CONFLICT}: a deadlock or serialization failure,
     * after which the transaction may be run again. {@code LOCK_TIMEOUT}: a wait for a lock held by another
     * transaction outlasted the database's lock timeout. {@code UNKNOWN_COLUMN}: a statement named a column the
     * table does not have (its one column is in {@link #columns()}) — the table does not match its model.
     */
    public enum Kind { UNIQUE, FOREIGN_KEY, NOT_NULL, CONNECTION, CONFLICT, LOCK_TIMEOUT, UNKNOWN_COLUMN, OTHER }

    /** A statement named {@code column} (as the database wrote it, maybe qualified), which the table lacks. */
    public static SqlError unknownColumn(String column) {
        return new SqlError(Kind.UNKNOWN_COLUMN, null,
                column == null ? List.of() : List.of(Messages.unquote(column)));
    }

    public SqlError {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** A failure of the given kind with nothing more known. */
    public static SqlError of(Kind kind) {
        return new SqlError(kind, null, List.of());
    }
}
