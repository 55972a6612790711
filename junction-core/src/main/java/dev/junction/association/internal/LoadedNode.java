package dev.junction.association.internal;

import dev.junction.NotLoadedException;
import dev.junction.association.Association;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.HasOne;
import dev.junction.association.Linked;
import dev.junction.internal.Arguments;
import dev.junction.query.Loaded;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One loaded instance with what its includes loaded. Filled by the loader, level by level, then only read: the
 * loader hands it out only after every level is done.
 */
final class LoadedNode<T> implements Loaded<T> {
    /**
     * What one association loaded for this instance: targets, their instances (so that reading them copies nothing),
     * and their join rows (belongsToMany).
     */
    private record Slot(List<LoadedNode<?>> targets, List<Object> instances, List<ThroughValues> through)
            implements Sink {
        @Override
        public void add(LoadedNode<?> target, ThroughValues values) {
            targets.add(target);
            instances.add(target.get());
            through.add(values);
        }
    }

    private final T value;
    private final Object[] values;
    /** By association, in the order the loader opened them (include order); associations compare by identity. */
    private final Map<Association<?, ?>, Slot> slots = new LinkedHashMap<>();
    /** What count-only includes loaded: how many targets each association has, in include order. */
    private Map<Association<?, ?>, Long> counts;

    LoadedNode(T value, Object[] values) {
        this.value = value;
        this.values = values;
    }

    /** The instance's attribute values in column order (column-only ones included). */
    Object[] values() {
        return values;
    }

    /**
     * Marks {@code association} as loaded (with nothing yet), so reading it is not an error; returns where the
     * loader adds what it finds for this instance.
     */
    Sink open(Association<?, ?> association) {
        return slots.computeIfAbsent(association, a -> new Slot(new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>()));
    }

    /** Records that {@code association} has {@code count} targets for this instance (a count-only include). */
    void count(Association<?, ?> association, long count) {
        if (counts == null) counts = new LinkedHashMap<>(); // associations compare by identity
        counts.put(association, count);
    }

    @Override
    public long count(Association<T, ?> association) {
        Arguments.given(association, "Loaded.count", "association");
        Long counted = counts == null ? null : counts.get(association);
        return counted != null ? counted : slot(association).targets().size();
    }

    /** What one association loads into one instance. */
    interface Sink {
        /** Adds a target, with its join row's values (belongsToMany; null otherwise). */
        void add(LoadedNode<?> target, ThroughValues through);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Association<T, ?>> countedAssociations() {
        if (counts == null) return List.of();
        List<Association<T, ?>> out = new ArrayList<>(counts.size());
        for (Association<?, ?> association : counts.keySet()) out.add((Association<T, ?>) association);
        return Collections.unmodifiableList(out);
    }

    @Override
    public T get() {
        return value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Association<T, ?>> loadedAssociations() {
        List<Association<T, ?>> out = new ArrayList<>(slots.size());
        for (Association<?, ?> association : slots.keySet()) out.add((Association<T, ?>) association);
        return Collections.unmodifiableList(out);
    }

    @Override
    public <U> List<U> get(BelongsToMany<T, U> association) {
        return targets(association);
    }

    @Override
    public <U> List<U> get(HasMany<T, U> association) {
        return targets(association);
    }

    @Override
    public <U> Optional<U> get(BelongsTo<T, U> association) {
        return targets(association).stream().findFirst();
    }

    @Override
    public <U> Optional<U> get(HasOne<T, U> association) {
        return targets(association).stream().findFirst();
    }

    @Override
    public <U> List<Linked<U>> linked(BelongsToMany<T, U> association) {
        Slot slot = slot(association);
        List<Linked<U>> out = new ArrayList<>(slot.targets().size());
        String throughModel = association.through().name(); // a registry look-up: once, not per link
        for (int i = 0; i < slot.targets().size(); i++) {
            LoadedNode<U> target = cast(slot.targets().get(i));
            ThroughValues through = slot.through().get(i);
            out.add(new Linked<>(target.get(), through.toRow(), throughModel));
        }
        return out;
    }

    @Override
    public <U> List<Loaded<U>> loaded(Association<T, U> association) {
        List<Loaded<U>> out = new ArrayList<>();
        for (LoadedNode<?> node : slot(association).targets()) {
            out.add(cast(node));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private <U> List<U> targets(Association<T, U> association) {
        return (List<U>) Collections.unmodifiableList(slot(association).instances());
    }

    private Slot slot(Association<?, ?> association) {
        Arguments.given(association, "Loaded.get", "association");
        Slot slot = slots.get(association);
        if (slot == null && counts != null && counts.containsKey(association)) {
            throw new NotLoadedException(association.source().name() + "." + association.as() + " was loaded as a"
                    + " count only (include(" + association.as() + ").countOnly()): read it with count(…), or drop"
                    + " countOnly() to load the targets");
        }
        if (slot == null) {
            throw new NotLoadedException(association.source().name() + "." + association.as() + " was not loaded"
                    + " with this " + association.source().name() + ": add include(" + association.as()
                    + ") to the query that read it (Junction never loads lazily)");
        }
        return slot;
    }

    @SuppressWarnings("unchecked")
    private static <U> LoadedNode<U> cast(LoadedNode<?> node) {
        return (LoadedNode<U>) node;
    }

    @Override
    public String toString() {
        return "Loaded[" + value + ", " + slots.keySet() + "]";
    }
}
