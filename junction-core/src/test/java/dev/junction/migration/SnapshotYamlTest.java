package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.migration.internal.generate.SchemaSnapshot;
import dev.junction.migration.internal.generate.SnapshotColumn;
import dev.junction.migration.internal.generate.SnapshotForeignKey;
import dev.junction.migration.internal.generate.SnapshotIndex;
import dev.junction.migration.internal.generate.SnapshotTable;
import dev.junction.migration.internal.generate.SnapshotUnique;
import dev.junction.migration.internal.generate.SnapshotYaml;
import dev.junction.schema.DataType;
import dev.junction.schema.ReferentialAction;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code schema.yaml} gives back exactly the snapshot written — every type kind, every default with its Java type —
 * and a malformed one is refused naming the file and the entry.
 */
class SnapshotYamlTest {
    @TempDir
    Path root;

    private static SnapshotColumn column(String name, DataType.Kind kind, Object defaultValue) {
        int length = kind == DataType.Kind.STRING ? 40 : kind == DataType.Kind.BINARY ? 16 : 0;
        int precision = kind == DataType.Kind.DECIMAL ? 10 : 0;
        int scale = kind == DataType.Kind.DECIMAL ? 3 : 0;
        List<String> names = kind == DataType.Kind.ENUM ? List.of("LOW", "HIGH") : List.of();
        return new SnapshotColumn(name, name.toLowerCase(), kind, length, precision, scale, names, true, false, false,
                defaultValue);
    }

    private static SchemaSnapshot everything() {
        List<SnapshotColumn> columns = new ArrayList<>();
        columns.add(new SnapshotColumn("id", "id", DataType.Kind.BIGINT, 0, 0, 0, List.of(), false, true, true, null));
        for (DataType.Kind kind : DataType.Kind.values()) {
            columns.add(column("plain" + kind.name(), kind, null));
        }
        columns.add(column("int", DataType.Kind.INTEGER, 7));
        columns.add(column("long", DataType.Kind.BIGINT, 7L));
        columns.add(column("double", DataType.Kind.DOUBLE, 7.5));
        columns.add(column("decimal", DataType.Kind.DECIMAL, new BigDecimal("7.500")));
        columns.add(column("text", DataType.Kind.STRING, "7"));
        columns.add(column("quoted", DataType.Kind.TEXT, "it's: \"yes\"\n# no"));
        columns.add(column("flag", DataType.Kind.BOOLEAN, false));
        columns.add(column("day", DataType.Kind.DATE, LocalDate.of(2026, 12, 4)));
        columns.add(column("code", DataType.Kind.UUID, UUID.fromString("123e4567-e89b-12d3-a456-426614174000")));
        columns.add(column("level", DataType.Kind.ENUM, new SnapshotColumn.EnumDefault("HIGH")));
        SnapshotTable beaches = new SnapshotTable("Beach", "Beaches", columns, List.of("id"),
                List.of(new SnapshotUnique("Beaches_int_long_key", List.of("int", "long"))),
                List.of(new SnapshotForeignKey("Beaches_long_fkey", "long", "Beaches", "id", ReferentialAction.SET_NULL,
                        ReferentialAction.NO_ACTION)),
                List.of(new SnapshotIndex("beaches_text_day", List.of("text", "day"))));
        SnapshotTable empty = new SnapshotTable("Tag", "Tags", List.of(column("name", DataType.Kind.STRING, null)),
                List.of(), List.of(), List.of(), List.of());
        return new SchemaSnapshot(List.of(beaches, empty));
    }

    @Test
    void everyKindAndDefaultTypeSurvivesTheRoundTrip() {
        SchemaSnapshot snapshot = everything();
        Path file = root.resolve("schema.yaml");

        SnapshotYaml.write(snapshot, file);
        SchemaSnapshot read = SnapshotYaml.read(file);

        assertThat(read).isEqualTo(snapshot);
        assertThat(read.tables().get(0).column("int").orElseThrow().defaultValue()).isInstanceOf(Integer.class);
        assertThat(read.tables().get(0).column("long").orElseThrow().defaultValue()).isInstanceOf(Long.class);
        assertThat(read.tables().get(0).column("text").orElseThrow().defaultValue()).isEqualTo("7");
        assertThat(SnapshotYaml.toYaml(read)).isEqualTo(SnapshotYaml.toYaml(snapshot)).doesNotContain("&id");
    }

    @Test
    void aSnapshotWrittenBeforeIndexesHasNone() {
        String old = "tables:\n- model: Beach\n  table: Beaches\n  columns:\n  - attribute: name\n    column: name\n"
                + "    type: STRING\n    length: 40\n";

        SchemaSnapshot read = SnapshotYaml.fromYaml(old, "schema.yaml");

        assertThat(read.table("Beaches").orElseThrow().indexes()).isEmpty();
        assertThatThrownBy(() -> SnapshotYaml.fromYaml(old + "  indexes:\n  - name: by_name\n", "schema.yaml"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("Schema snapshot schema.yaml, table Beaches: an index lists no column");
    }

    @Test
    void aMissingSnapshotIsTheEmptySchema() {
        assertThat(SnapshotYaml.read(root.resolve("schema.yaml"))).isEqualTo(SchemaSnapshot.EMPTY);
    }

    @Test
    void aMalformedSnapshotNamesTheFileAndTheEntry() {
        String badType = "tables:\n- model: Beach\n  table: Beaches\n  columns:\n  - attribute: name\n    column: name\n"
                + "    type: STRANG\n";
        assertThatThrownBy(() -> SnapshotYaml.fromYaml(badType, "migrations/schema.yaml"))
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Schema snapshot migrations/schema.yaml, table Beaches, column name: 'type' is"
                        + " STRANG, not one of [STRING,");
        String badDefault = badType.replace("STRANG", "INTEGER") + "    default: {type: Integer, value: 'x'}\n";
        assertThatThrownBy(() -> SnapshotYaml.fromYaml(badDefault, "schema.yaml"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("Schema snapshot schema.yaml, table Beaches, column name: default 'x' is not a Integer");
        assertThatThrownBy(() -> SnapshotYaml.fromYaml("tables:\n- model: Beach\n", "schema.yaml"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("Schema snapshot schema.yaml, tables[0]: 'table' must be a name, found nothing");
        assertThatThrownBy(() -> SnapshotYaml.fromYaml("tables: [", "schema.yaml"))
                .isInstanceOf(MigrationException.class).hasMessageStartingWith("Schema snapshot schema.yaml is not"
                        + " valid YAML");
    }
}
