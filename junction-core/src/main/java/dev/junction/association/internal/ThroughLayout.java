package dev.junction.association.internal;

import dev.junction.Row;
import dev.junction.internal.RowAccess;

/**
 * How an include keeps the join rows of its links: the attributes it returns, each either the parent's key, the
 * target's key — both known without keeping them per link — or one of the link's own values, held in a
 * {@link LoadedLink}. The {@link Row} is made when someone reads it: most eager loads never do, and a map per link
 * would cost more than reading the link. Shared by every link of one include. Immutable.
 */
final class ThroughLayout {
    /** A source: the parent's key. */
    static final int OWNER_KEY = -1;
    /** A source: the target's key. */
    static final int TARGET_KEY = -2;

    private final String[] names;
    /** Per name: {@link #OWNER_KEY}, {@link #TARGET_KEY}, or its place among the link's own values. */
    private final int[] sources;
    /** The parent's key among the parent's values, and the target's among the target's. */
    private final int ownerKeyIndex;
    private final int targetKeyIndex;
    private final int own;

    ThroughLayout(String[] names, int[] sources, int ownerKeyIndex, int targetKeyIndex) {
        this.names = names;
        this.sources = sources;
        this.ownerKeyIndex = ownerKeyIndex;
        this.targetKeyIndex = targetKeyIndex;
        int count = 0;
        for (int source : sources) {
            if (source >= 0) count++;
        }
        this.own = count;
    }

    /** The layout of join rows whose every value is the link's own (links of targets just created). */
    static ThroughLayout ofValues(String[] names) {
        int[] sources = new int[names.length];
        for (int i = 0; i < names.length; i++) sources[i] = i;
        return new ThroughLayout(names, sources, -1, -1);
    }

    /** How many values each link holds itself. */
    int own() {
        return own;
    }

    /** A link of {@code target} with its own values {@code values} (as many as {@link #own()}), packed. */
    LoadedLink link(LoadedNode<?> target, Object[] values) {
        if (own == 0) return new LoadedLink(target, null, null);
        if (own == 1) return new LoadedLink(target, values[0], null);
        if (own == 2) return new LoadedLink(target, values[0], values[1]);
        Object[] rest = new Object[own - 1];
        System.arraycopy(values, 1, rest, 0, rest.length);
        return new LoadedLink(target, values[0], rest);
    }

    /** The join row of {@code link}, a link of the parent whose values are {@code parentValues}. */
    Row row(Object[] parentValues, LoadedLink link) {
        Object[] values = new Object[names.length];
        for (int n = 0; n < names.length; n++) {
            int source = sources[n];
            values[n] = switch (source) {
                case OWNER_KEY -> parentValues[ownerKeyIndex];
                case TARGET_KEY -> link.target().values()[targetKeyIndex];
                default -> ownValue(link, source);
            };
        }
        return RowAccess.compact(names, values);
    }

    private Object ownValue(LoadedLink link, int k) {
        if (k == 0) return link.first();
        if (own == 2) return link.second();
        return ((Object[]) link.second())[k - 1];
    }
}
