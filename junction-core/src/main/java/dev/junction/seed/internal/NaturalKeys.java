package dev.junction.seed.internal;

import dev.junction.Row;
import dev.junction.internal.mapping.ValueEquality;
import dev.junction.internal.model.ModelImpl;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.schema.Attribute;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves natural-key references in batches: the references of a batch of entries that name the same model by the
 * same attributes become one query per 500 keys ({@code username IN (…)}, or {@code (a = ? AND b = ?) OR …}), not
 * one per reference. A key that finds nothing in a batch is asked again on its own, so the database's own notion of
 * equality decides before a "matches no row" error. Rows found are remembered until their model is written to.
 * One per seed file; not thread-safe.
 */
final class NaturalKeys {
    private static final int MAX_KEYS_PER_QUERY = 500;

    /** model name → key attributes → key values → the referenced value of the one row they match. */
    private final Map<String, Map<List<String>, Map<List<Object>, Object>>> known = new HashMap<>();

    /** Resolves every reference in {@code lookups}, and the references inside their keys first. */
    void resolve(List<Lookup> lookups) {
        List<Lookup> open = lookups.stream().filter(l -> !l.resolved()).toList();
        if (open.isEmpty()) return;
        List<Lookup> nested = new ArrayList<>();
        open.forEach(l -> l.key().forEach(f -> {
            if (f.lookup() != null) nested.add(f.lookup());
        }));
        resolve(nested);
        Map<List<String>, List<Lookup>> groups = new LinkedHashMap<>();
        for (Lookup lookup : open) {
            List<String> group = new ArrayList<>();
            group.add(lookup.target().name());
            sorted(lookup.key()).forEach(f -> group.add(f.attribute().name()));
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(lookup);
        }
        groups.values().forEach(this::resolveGroup);
    }

    /** Forgets the rows known of {@code model}: it was written to, so a key may now match more of them. */
    void changed(String model) {
        known.remove(model);
    }

    private void resolveGroup(List<Lookup> lookups) {
        Lookup first = lookups.get(0);
        ModelImpl<Row> target = first.target();
        List<Attribute> attributes = sorted(first.key()).stream().map(SeedPlan.Field::attribute).toList();
        Map<List<Object>, Object> found = known.computeIfAbsent(target.name(), m -> new HashMap<>())
                .computeIfAbsent(attributes.stream().map(Attribute::name).toList(), a -> new HashMap<>());
        Set<List<Object>> wanted = new LinkedHashSet<>();
        for (Lookup lookup : lookups) {
            List<Object> values = values(lookup);
            if (!values.contains(null) && !found.containsKey(values)) wanted.add(values);
        }
        List<List<Object>> pending = new ArrayList<>(wanted);
        for (int from = 0; from < pending.size(); from += MAX_KEYS_PER_QUERY) {
            fetch(target, first.referenced(), attributes, pending.subList(from,
                    Math.min(pending.size(), from + MAX_KEYS_PER_QUERY)), found);
        }
        for (Lookup lookup : lookups) {
            List<Object> values = values(lookup);
            if (found.containsKey(values)) {
                lookup.resolve(found.get(values));
            } else {
                lookup.resolve(one(lookup, attributes, values));
            }
        }
    }

    /** Queries a chunk of keys at once, remembering the keys that match exactly one row. */
    private static void fetch(ModelImpl<Row> target, Attribute referenced, List<Attribute> attributes,
                              List<List<Object>> keys, Map<List<Object>, Object> found) {
        Where where;
        if (attributes.size() == 1) {
            where = Where.in(attributes.get(0).name(), keys.stream().map(k -> denormalized(k.get(0))).toList());
        } else {
            where = Where.or(keys.stream().map(k -> matching(attributes, k)).toArray(Where[]::new));
        }
        Map<List<Object>, List<Object>> rows = new HashMap<>();
        for (Row row : target.findAll(where)) {
            List<Object> values = new ArrayList<>(attributes.size());
            attributes.forEach(a -> values.add(normalized(row.get(a.name()))));
            rows.computeIfAbsent(values, v -> new ArrayList<>()).add(row.get(referenced.name()));
        }
        rows.forEach((values, matches) -> {
            if (matches.size() == 1) found.put(values, matches.get(0));
        });
    }

    /** One key on its own, by the database's equality: its one row's referenced value, or an error. */
    private static Object one(Lookup lookup, List<Attribute> attributes, List<Object> values) {
        ModelImpl<Row> target = lookup.target();
        Where where = matching(attributes, values);
        List<Row> rows = target.findAll(Query.where(where).limit(2));
        if (rows.size() == 1) {
            return rows.get(0).get(lookup.referenced().name());
        }
        if (rows.isEmpty()) {
            throw lookup.site().error(lookup.text() + " matches no " + target.name() + " row");
        }
        throw lookup.site().error(lookup.text() + " matches " + target.count(where) + " " + target.name()
                + " rows; add attributes to the key so that it names one");
    }

    private static Where matching(List<Attribute> attributes, List<Object> values) {
        Where[] parts = new Where[attributes.size()];
        for (int i = 0; i < parts.length; i++) {
            Object value = values.get(i);
            String name = attributes.get(i).name();
            parts[i] = value == null ? Where.isNull(name) : Where.eq(name, denormalized(value));
        }
        return parts.length == 1 ? parts[0] : Where.and(parts);
    }

    /** The key's values in attribute-name order, comparable by equals. */
    private static List<Object> values(Lookup lookup) {
        List<Object> values = new ArrayList<>();
        for (SeedPlan.Field field : sorted(lookup.key())) values.add(normalized(field.value()));
        return values;
    }

    private static List<SeedPlan.Field> sorted(List<SeedPlan.Field> key) {
        return key.stream().sorted(Comparator.comparing(f -> f.attribute().name())).toList();
    }

    /** A value comparable by equals: as the database compares it ({@link ValueEquality}), whole numbers as Long. */
    private static Object normalized(Object value) {
        return value instanceof Integer i ? i.longValue() : ValueEquality.key(value);
    }

    private static Object denormalized(Object value) {
        if (value instanceof ByteBuffer b) return b.array();
        return value;
    }
}
