package dev.junction.seed.internal;

import dev.junction.query.Where;
import dev.junction.schema.Attribute;
import java.util.ArrayList;
import java.util.List;

/** The condition matching rows whose attributes hold one of several tuples of values: an IN, or an OR of ANDs. */
final class KeyMatch {
    /** Tuples per statement, well below every database's bind-parameter limit. */
    static final int CHUNK = 500;

    private KeyMatch() {
    }

    /** Rows whose {@code attributes} equal one of {@code tuples} (each in the attributes' order). */
    static Where anyOf(List<String> attributes, List<List<Object>> tuples) {
        if (attributes.size() == 1) {
            List<Object> values = new ArrayList<>(tuples.size());
            tuples.forEach(t -> values.add(t.get(0)));
            return Where.in(attributes.get(0), values);
        }
        Where[] each = new Where[tuples.size()];
        for (int r = 0; r < each.length; r++) {
            Where[] parts = new Where[attributes.size()];
            for (int k = 0; k < parts.length; k++) parts[k] = Where.eq(attributes.get(k), tuples.get(r).get(k));
            each[r] = Where.and(parts);
        }
        return Where.or(each);
    }

    /** The key values a log recorded as text, read as the key attributes' types. */
    static List<List<Object>> parsed(String model, List<Attribute> key, List<List<String>> rows) {
        List<List<Object>> tuples = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            List<Object> tuple = new ArrayList<>(key.size());
            for (int k = 0; k < key.size(); k++) tuple.add(ScalarValues.read(model, key.get(k), row.get(k)));
            tuples.add(tuple);
        }
        return tuples;
    }
}
