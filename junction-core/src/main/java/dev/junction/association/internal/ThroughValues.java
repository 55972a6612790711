package dev.junction.association.internal;

import dev.junction.Row;
import dev.junction.internal.RowAccess;

/**
 * The join-row attributes an include read for one link, kept as values until someone asks for the {@link Row}:
 * most eager loads never read them, and a map per link would cost more than reading the link itself. The row made
 * is the compact kind, over the same arrays, until it is changed.
 *
 * @param names  the attribute names, shared by every link of the include
 * @param values their values, in the same order
 */
record ThroughValues(String[] names, Object[] values) {
    Row toRow() {
        return RowAccess.compact(names, values);
    }
}
