package dev.junction.migration.internal.generate;

import java.util.List;

/** One change between two snapshots, as {@link SchemaDiff} finds it; each says what it does in plain words. */
public sealed interface SchemaChange {

    /** The change in words, one line per step ({@code "add column Users.age"}). */
    List<String> describe();

    /** A table the new schema has and the old one does not. */
    record CreateTable(SnapshotTable table) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("create table " + table.table() + " (model " + table.model() + ")");
        }
    }

    /** A table the old schema has and the new one does not. */
    record DropTable(SnapshotTable table) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("drop table " + table.table());
        }
    }

    /** A table renamed as its model declares ({@code renamedFrom}); {@code before} is its old definition. */
    record RenameTable(String from, String to, SnapshotTable before) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("rename table " + from + " to " + to);
        }
    }

    /** Changes to the columns and constraints of a table both schemas have. */
    record AlterTable(TableDiff diff) implements SchemaChange {
        @Override
        public List<String> describe() {
            return diff.describe();
        }
    }
}
