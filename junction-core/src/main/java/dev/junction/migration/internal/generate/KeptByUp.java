package dev.junction.migration.internal.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables and columns an up migration drops only in a comment (data loss not allowed), so they are still there
 * after it runs: its down migration must not add them back. Their re-creation is written commented out too (to be
 * uncommented together with the drop), and a SQLite rebuild copies such a column instead of leaving it empty.
 * Immutable.
 */
public final class KeptByUp {
    /** Nothing kept: the up drops what it drops (data loss allowed), or this is the up direction. */
    public static final KeptByUp NONE = new KeptByUp(Set.of(), Set.of());

    private final Set<String> tables;
    private final Set<String> columns;

    private KeptByUp(Set<String> tables, Set<String> columns) {
        this.tables = tables;
        this.columns = columns;
    }

    /** What the {@code up} changes drop only in a comment, when data loss is not allowed. */
    public static KeptByUp of(List<SchemaChange> up, boolean allowDataLoss) {
        if (allowDataLoss) return NONE;
        Set<String> tables = new HashSet<>();
        Set<String> columns = new HashSet<>();
        for (SchemaChange change : up) {
            if (change instanceof SchemaChange.DropTable drop) {
                tables.add(drop.table().table());
            } else if (change instanceof SchemaChange.AlterTable alter) {
                String table = alter.diff().from().table();
                alter.diff().dropped().forEach(c -> columns.add(table + "." + c.column()));
            }
        }
        return new KeptByUp(Set.copyOf(tables), Set.copyOf(columns));
    }

    /** Whether table {@code table} (named as before the up) is still there after the up. */
    public boolean table(String table) {
        return tables.contains(table);
    }

    /** Whether column {@code column} of {@code table} (named as before the up) is still there after the up. */
    public boolean column(String table, String column) {
        return columns.contains(table + "." + column);
    }

    /** The note written above a re-creation left commented out. */
    static String note(String what) {
        return what + " is still there: the up left its drop commented out. Uncomment this together with that drop";
    }

    /** The note written above a SQLite rebuild that copies a kept column. */
    static String copied(String what) {
        return what + " is still there: the up left its drop commented out. The rebuild copies it; if you uncomment"
                + " that drop, take it out of the copy";
    }
}
