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
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * One loaded instance with what its includes loaded. Filled by the loader, level by level, then only read: the
 * loader hands it out only after every level is done.
 */
final class LoadedNode<T> implements Loaded<T> {
    /**
     * What one association loaded for this instance, one entry per target in order: its node, or for a
     * belongsToMany the {@link LoadedLink} of it, whose join row {@code layout} rebuilds. One list, not one per
     * part: an eager load may hold hundreds of thousands of entries.
     */
    private static final class Slot implements Sink {
        private final ArrayList<Object> entries = new ArrayList<>();
        private ThroughLayout layout;

        @Override
        public void add(LoadedNode<?> target) {
            entries.add(target);
        }

        @Override
        public void add(LoadedLink link, ThroughLayout layout) {
            this.layout = layout;
            entries.add(link);
        }

        int size() {
            return entries.size();
        }

        LoadedNode<?> node(int i) {
            Object entry = entries.get(i);
            return entry instanceof LoadedLink link ? link.target() : (LoadedNode<?>) entry;
        }
    }

    /** The instances of a slot's targets, read through (no copy). */
    private static final class Instances<U> extends AbstractList<U> implements RandomAccess {
        private final Slot slot;

        Instances(Slot slot) {
            this.slot = slot;
        }

        @Override
        @SuppressWarnings("unchecked")
        public U get(int index) {
            return (U) slot.node(index).get();
        }

        @Override
        public int size() {
            return slot.size();
        }
    }

    private final T value;
    private final Object[] values;
    /**
     * The first association opened and its slot; further ones (rare: several includes of one model) by association,
     * in the order the loader opened them (include order). Associations compare by identity. Not one map per
     * instance: an eager load holds one node per instance it read.
     */
    private Association<?, ?> firstAssociation;
    private Slot firstSlot;
    private Map<Association<?, ?>, Slot> moreSlots;
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
        if (firstAssociation == null) {
            firstAssociation = association;
            firstSlot = new Slot();
            return firstSlot;
        }
        if (firstAssociation == association) return firstSlot;
        if (moreSlots == null) moreSlots = new LinkedHashMap<>();
        return moreSlots.computeIfAbsent(association, a -> new Slot());
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
        return counted != null ? counted : slot(association).size();
    }

    /** What one association loads into one instance. */
    interface Sink {
        /** Adds a target (not of a belongsToMany). */
        void add(LoadedNode<?> target);

        /** Adds a belongsToMany's link, its join row laid out by {@code layout} (the same for every link added). */
        void add(LoadedLink link, ThroughLayout layout);
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
        List<Association<T, ?>> out = new ArrayList<>();
        for (Association<?, ?> association : openedAssociations()) out.add((Association<T, ?>) association);
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
        List<Linked<U>> out = new ArrayList<>(slot.size());
        String throughModel = association.through().name(); // a registry look-up: once, not per link
        for (Object entry : slot.entries) {
            LoadedLink link = (LoadedLink) entry;
            LoadedNode<U> target = cast(link.target());
            out.add(new Linked<>(target.get(), slot.layout.row(values, link), throughModel));
        }
        return out;
    }

    @Override
    public <U> List<Loaded<U>> loaded(Association<T, U> association) {
        Slot slot = slot(association);
        List<Loaded<U>> out = new ArrayList<>(slot.size());
        for (int i = 0; i < slot.size(); i++) {
            out.add(cast(slot.node(i)));
        }
        return out;
    }

    private <U> List<U> targets(Association<T, U> association) {
        return new Instances<>(slot(association));
    }

    private Slot slot(Association<?, ?> association) {
        Arguments.given(association, "Loaded.get", "association");
        Slot slot = association == firstAssociation ? firstSlot : moreSlots == null ? null : moreSlots.get(association);
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
        return "Loaded[" + value + ", " + openedAssociations() + "]";
    }

    /** The associations opened, in the order they were. */
    private List<Association<?, ?>> openedAssociations() {
        if (firstAssociation == null) return List.of();
        List<Association<?, ?>> opened = new ArrayList<>();
        opened.add(firstAssociation);
        if (moreSlots != null) opened.addAll(moreSlots.keySet());
        return opened;
    }
}
