package dev.junction.association.internal;

import dev.junction.Row;
import java.util.List;

/**
 * The join-row attributes an include read for one link, kept as values until someone asks for the {@link Row}:
 * most eager loads never read them, and a map per link would cost more than reading the link itself.
 *
 * @param names  the attribute names, shared by every link of the include
 * @param values their values, in the same order
 */
record ThroughValues(List<String> names, Object[] values) {
    Row toRow() {
        Row row = new Row();
        for (int i = 0; i < values.length; i++) row.put(names.get(i), values[i]);
        return row;
    }
}
