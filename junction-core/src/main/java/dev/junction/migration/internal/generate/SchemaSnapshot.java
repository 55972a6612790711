package dev.junction.migration.internal.generate;

import java.util.List;
import java.util.Optional;

/**
 * The schema the migrations produce, dialect-neutral: tables in creation (foreign-key) order. What the generator
 * compares the models with, kept in {@code schema.yaml} beside the migrations. Immutable.
 *
 * @param tables the tables, each after the tables it references (cycles aside)
 */
public record SchemaSnapshot(List<SnapshotTable> tables) {
    /** The snapshot of a project with no migrations yet. */
    public static final SchemaSnapshot EMPTY = new SchemaSnapshot(List.of());

    public SchemaSnapshot {
        tables = List.copyOf(tables);
    }

    /** The table called {@code name}, if any. */
    public Optional<SnapshotTable> table(String name) {
        return tables.stream().filter(t -> t.table().equals(name)).findFirst();
    }
}
