package dev.junction.migration.internal.generate;

import dev.junction.schema.ReferentialAction;

/**
 * A foreign key of a {@link SnapshotTable}. Immutable.
 *
 * @param name             the constraint's name
 * @param column           the referencing column
 * @param referencedTable  the referenced table
 * @param referencedColumn the referenced column
 * @param onDelete         action on delete of the referenced row
 * @param onUpdate         action on update of the referenced key
 */
public record SnapshotForeignKey(String name, String column, String referencedTable, String referencedColumn,
                                 ReferentialAction onDelete, ReferentialAction onUpdate) {
}
