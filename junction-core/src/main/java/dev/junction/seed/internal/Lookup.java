package dev.junction.seed.internal;

import dev.junction.Row;
import dev.junction.internal.model.ModelImpl;
import dev.junction.schema.Attribute;
import java.util.List;

/**
 * A reference by natural key — {@code Show: {title: Dune}} — to be resolved to the referenced attribute's value
 * of the one row it matches. Its key's values may be references themselves. Resolved once, by {@link NaturalKeys}.
 */
final class Lookup {
    private final ModelImpl<Row> target;
    private final Attribute referenced;
    private final List<SeedPlan.Field> key;
    private final Site site;
    private final String text;
    private Object value;
    private boolean resolved;

    Lookup(ModelImpl<Row> target, Attribute referenced, List<SeedPlan.Field> key, Site site, String text) {
        this.target = target;
        this.referenced = referenced;
        this.key = key;
        this.site = site;
        this.text = text;
    }

    ModelImpl<Row> target() {
        return target;
    }

    /** The target's attribute the reference holds (normally its key). */
    Attribute referenced() {
        return referenced;
    }

    List<SeedPlan.Field> key() {
        return key;
    }

    Site site() {
        return site;
    }

    /** The natural key as written ({@code {title: Dune}}), for messages. */
    String text() {
        return text;
    }

    boolean resolved() {
        return resolved;
    }

    Object value() {
        if (!resolved) throw new IllegalStateException("Reference " + text + " is not resolved yet");
        return value;
    }

    void resolve(Object value) {
        this.value = value;
        this.resolved = true;
    }
}
