package dev.junction.pull.internal;

import dev.junction.schema.DataType;

/**
 * One record component of a pulled model: a column and what the record says about it.
 *
 * @param name        the component name
 * @param column      the column it is stored in
 * @param type        its Junction type
 * @param id          whether it is (part of) the primary key
 * @param generated   {@code Boolean.TRUE}/{@code FALSE} where the key's generation must be said, else {@code null}
 * @param notNull     whether the column refuses NULL (key columns aside)
 * @param unique      whether the column alone is unique
 * @param uniqueGroup the composite unique key it belongs to, or {@code null}
 */
record PulledProperty(String name, String column, DataType type, boolean id, Boolean generated, boolean notNull,
                      boolean unique, String uniqueGroup) {
}
