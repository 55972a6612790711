package dev.junction.seed;

/**
 * How an undo treats rows made otherwise — by the application, or by a seed file not being undone — that refer to
 * rows it would delete. By default ({@link #refuse()}) it refuses, with a {@link SeedException} naming them, and
 * deletes nothing; with {@link #cascade()} it deletes the seeded rows anyway, and the database's {@code ON DELETE}
 * rules delete or null those rows, which {@link SeedFile#cascaded()} then lists. Immutable.
 *
 * <pre>{@code
 * seeder.undoLast();                        // refuses if alice's favourites were added by the application
 * seeder.undoLast(UndoOptions.cascade());   // deletes them with alice, and says so
 * }</pre>
 */
public final class UndoOptions {
    private static final UndoOptions REFUSE = new UndoOptions(false);
    private static final UndoOptions CASCADE = new UndoOptions(true);

    private final boolean cascade;

    private UndoOptions(boolean cascade) {
        this.cascade = cascade;
    }

    /** Refuse to undo a file while rows made otherwise refer to rows it seeded (the default). */
    public static UndoOptions refuse() {
        return REFUSE;
    }

    /** Undo even so: the rows made otherwise that refer to seeded ones are deleted or changed by their foreign keys. */
    public static UndoOptions cascade() {
        return CASCADE;
    }

    /** Whether rows made otherwise may be deleted or changed. */
    public boolean cascades() {
        return cascade;
    }
}
