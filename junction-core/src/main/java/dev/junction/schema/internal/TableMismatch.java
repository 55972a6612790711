package dev.junction.schema.internal;

/**
 * One way a live table differs from its model that {@code sync} will not repair, with the way out.
 *
 * @param model      the model's name
 * @param table      the table's name (as the model expects it)
 * @param difference what differs, naming the columns
 * @param wayOut     what to do about it
 */
record TableMismatch(String model, String table, String difference, String wayOut) {

    /** {@code "Viewing (table Viewings): the table has …; declare …"}. */
    String describe() {
        return model + " (table " + table + "): " + difference + " — " + wayOut;
    }
}
