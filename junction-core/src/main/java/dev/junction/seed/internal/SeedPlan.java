package dev.junction.seed.internal;

import dev.junction.Row;
import dev.junction.internal.model.ModelImpl;
import dev.junction.schema.Attribute;
import java.util.List;

/**
 * A seed file checked against the models: every block's model found, every key an attribute (or a reference
 * spelled by model or association name), every literal read as its attribute's type, every reference a
 * {@link Lookup} waiting for the database. Made before anything is written.
 */
final class SeedPlan {
    private SeedPlan() {
    }

    /** The rows of one block, for one model. */
    record Block(ModelImpl<Row> model, int line, List<Entry> entries) {
    }

    /** One row to insert. */
    record Entry(Site site, List<Field> fields) {
    }

    /**
     * One attribute's value: a literal (possibly null), or the key of the row a {@link Lookup} finds.
     *
     * @param attribute the attribute written
     * @param site      where the value is, naming the column as written in the file
     * @param literal   the value, when {@code lookup} is null
     * @param lookup    the reference, or null
     */
    record Field(Attribute attribute, Site site, Object literal, Lookup lookup) {
        Object value() {
            return lookup == null ? literal : lookup.value();
        }
    }
}
