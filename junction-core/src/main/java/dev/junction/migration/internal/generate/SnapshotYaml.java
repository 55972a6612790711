package dev.junction.migration.internal.generate;

import dev.junction.migration.MigrationException;
import dev.junction.schema.DataType;
import dev.junction.schema.ReferentialAction;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Writes a {@link SchemaSnapshot} to {@code schema.yaml} and reads it back. Keys come in a fixed order and tables in
 * creation order, so a migration's diff of the snapshot reads as the schema change it is. A default is written with
 * its Java type ({@code {type: LocalDate, value: '2026-01-01'}}) so that it comes back as the same value.
 */
public final class SnapshotYaml {
    private SnapshotYaml() {
    }

    /** Writes {@code snapshot} to {@code file}, replacing it. */
    public static void write(SchemaSnapshot snapshot, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, toYaml(snapshot), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException("Cannot write the schema snapshot " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads {@code file}; a missing file is the empty snapshot of a project without migrations. */
    public static SchemaSnapshot read(Path file) {
        if (!Files.exists(file)) return SchemaSnapshot.EMPTY;
        try {
            return fromYaml(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new MigrationException("Cannot read the schema snapshot " + file + ": " + e.getMessage(), e);
        }
    }

    /** The snapshot as YAML text. */
    public static String toYaml(SchemaSnapshot snapshot) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setSplitLines(false);
        List<Object> tables = new ArrayList<>();
        for (SnapshotTable t : snapshot.tables()) {
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("model", t.model());
            table.put("table", t.table());
            table.put("primaryKey", new ArrayList<>(t.primaryKey()));
            table.put("columns", t.columns().stream().map(SnapshotYaml::column).toList());
            table.put("uniques", new ArrayList<>(t.uniques().stream().map(u -> u.live() == null
                    ? map("name", u.name(), "columns", new ArrayList<>(u.columns()))
                    : map("name", u.name(), "columns", new ArrayList<>(u.columns()), "live", u.live())).toList()));
            table.put("foreignKeys", new ArrayList<>(t.foreignKeys().stream().map(fk -> map("name", fk.name(),
                    "column", fk.column(), "referencedTable", fk.referencedTable(),
                    "referencedColumn", fk.referencedColumn(), "onDelete", fk.onDelete().name(),
                    "onUpdate", fk.onUpdate().name())).toList()));
            table.put("indexes", new ArrayList<>(t.indexes().stream()
                    .map(x -> map("name", x.name(), "columns", new ArrayList<>(x.columns()))).toList()));
            tables.add(table);
        }
        return "# Junction schema snapshot: the schema the migrations in this folder produce. Written by"
                + " migration:generate;\n# do not edit by hand.\n" + new Yaml(options).dump(map("tables", tables));
    }

    private static Map<String, Object> column(SnapshotColumn c) {
        Map<String, Object> map = map("attribute", c.attribute(), "column", c.column(), "type", c.kind().name());
        if (c.length() != 0) map.put("length", c.length());
        if (c.kind() == DataType.Kind.DECIMAL) {
            map.put("precision", c.precision());
            map.put("scale", c.scale());
        }
        if (!c.enumNames().isEmpty()) map.put("enum", new ArrayList<>(c.enumNames()));
        map.put("nullable", c.nullable());
        if (c.primaryKey()) map.put("primaryKey", true);
        if (c.autoIncrement()) map.put("autoIncrement", true);
        if (c.defaultValue() != null) map.put("default", DefaultCodec.encode(c.defaultValue()));
        return map;
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Parses snapshot text; {@code source} names it in errors. */
    public static SchemaSnapshot fromYaml(String text, String source) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new MigrationException("Schema snapshot " + source + " is not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) return SchemaSnapshot.EMPTY;
        Entry top = new Entry(source, "the document");
        List<SnapshotTable> tables = new ArrayList<>();
        int i = 0;
        for (Object t : top.list(top.map(root).get("tables"), "tables")) {
            Entry at = new Entry(source, "tables[" + i++ + "]");
            Map<?, ?> table = at.map(t);
            String name = at.text(table, "table");
            Entry in = new Entry(source, "table " + name);
            List<SnapshotColumn> columns = new ArrayList<>();
            for (Object c : in.list(table.get("columns"), "columns")) {
                columns.add(column(in, in.map(c)));
            }
            List<SnapshotUnique> uniques = new ArrayList<>();
            for (Object u : in.list(table.get("uniques"), "uniques")) {
                Map<?, ?> unique = in.map(u);
                uniques.add(new SnapshotUnique(in.text(unique, "name"), in.texts(unique.get("columns"), "columns"),
                        unique.get("live") == null ? null : in.text(unique, "live")));
            }
            List<SnapshotForeignKey> keys = new ArrayList<>();
            for (Object f : in.list(table.get("foreignKeys"), "foreignKeys")) {
                Map<?, ?> fk = in.map(f);
                keys.add(new SnapshotForeignKey(in.text(fk, "name"), in.text(fk, "column"),
                        in.text(fk, "referencedTable"), in.text(fk, "referencedColumn"),
                        in.constant(ReferentialAction.class, fk, "onDelete"),
                        in.constant(ReferentialAction.class, fk, "onUpdate")));
            }
            List<SnapshotIndex> indexes = new ArrayList<>();
            for (Object x : in.list(table.get("indexes"), "indexes")) {
                Map<?, ?> index = in.map(x);
                List<String> indexed = in.texts(index.get("columns"), "columns");
                if (indexed.isEmpty()) throw in.error("an index lists no column");
                indexes.add(new SnapshotIndex(in.text(index, "name"), indexed));
            }
            tables.add(new SnapshotTable(at.text(table, "model"), name, columns,
                    in.texts(table.get("primaryKey"), "primaryKey"), uniques, keys, indexes));
        }
        return new SchemaSnapshot(tables);
    }

    private static SnapshotColumn column(Entry table, Map<?, ?> c) {
        String name = table.text(c, "column");
        Entry in = new Entry(table.source, table.what + ", column " + name);
        DataType.Kind kind = in.constant(DataType.Kind.class, c, "type");
        Object value = c.get("default");
        return new SnapshotColumn(in.text(c, "attribute"), name, kind, in.number(c, "length"),
                in.number(c, "precision"), in.number(c, "scale"), in.texts(c.get("enum"), "enum"),
                in.flag(c, "nullable", true), in.flag(c, "primaryKey", false), in.flag(c, "autoIncrement", false),
                value == null ? null : DefaultCodec.decode(in.map(value), in));
    }

    /** Where in the snapshot a value is read, for errors naming the file and the entry. */
    record Entry(String source, String what) {
        MigrationException error(String problem) {
            return new MigrationException("Schema snapshot " + source + ", " + what + ": " + problem);
        }

        Map<?, ?> map(Object value) {
            if (value instanceof Map<?, ?> m) return m;
            throw error("expected a map, found " + describe(value));
        }

        List<?> list(Object value, String key) {
            if (value == null) return List.of();
            if (value instanceof List<?> l) return l;
            throw error("'" + key + "' must be a list, found " + describe(value));
        }

        List<String> texts(Object value, String key) {
            List<String> texts = new ArrayList<>();
            for (Object o : list(value, key)) {
                if (!(o instanceof String s)) throw error("'" + key + "' must list names, found " + describe(o));
                texts.add(s);
            }
            return texts;
        }

        String text(Map<?, ?> map, String key) {
            Object value = map.get(key);
            if (value instanceof String s && !s.isEmpty()) return s;
            throw error("'" + key + "' must be a name, found " + describe(value));
        }

        int number(Map<?, ?> map, String key) {
            Object value = map.get(key);
            if (value == null) return 0;
            if (value instanceof Integer n) return n;
            throw error("'" + key + "' must be a whole number, found " + describe(value));
        }

        boolean flag(Map<?, ?> map, String key, boolean absent) {
            Object value = map.get(key);
            if (value == null) return absent;
            if (value instanceof Boolean b) return b;
            throw error("'" + key + "' must be true or false, found " + describe(value));
        }

        <E extends Enum<E>> E constant(Class<E> type, Map<?, ?> map, String key) {
            String value = text(map, key);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw error("'" + key + "' is " + value + ", not one of " + List.of(type.getEnumConstants()));
            }
        }

        private static String describe(Object value) {
            return value == null ? "nothing" : "'" + value + "'";
        }
    }

    /** Defaults as {@code {type: …, value: '…'}}: the text form of the value and the Java type to read it as. */
    static final class DefaultCodec {
        private DefaultCodec() {
        }

        static Map<String, Object> encode(Object value) {
            String type = value instanceof SnapshotColumn.EnumDefault ? "Enum" : value.getClass().getSimpleName();
            return map("type", type, "value", value.toString());
        }

        static Object decode(Map<?, ?> map, Entry in) {
            String type = in.text(map, "type");
            Object raw = map.get("value");
            if (raw == null) throw in.error("default of type " + type + " has no 'value'");
            String text = raw.toString();
            try {
                return switch (type) {
                    case "Integer" -> Integer.valueOf(text);
                    case "Long" -> Long.valueOf(text);
                    case "Double" -> Double.valueOf(text);
                    case "BigDecimal" -> new BigDecimal(text);
                    case "String" -> text;
                    case "Boolean" -> Boolean.valueOf(requireBoolean(text, in));
                    case "LocalDate" -> LocalDate.parse(text);
                    case "UUID" -> UUID.fromString(text);
                    case "Enum" -> new SnapshotColumn.EnumDefault(text);
                    default -> throw in.error("default type '" + type + "' is not one of Integer, Long, Double,"
                            + " BigDecimal, String, Boolean, LocalDate, UUID, Enum");
                };
            } catch (RuntimeException e) {
                if (e instanceof MigrationException m) throw m;
                throw in.error("default '" + text + "' is not a " + type);
            }
        }

        private static String requireBoolean(String text, Entry in) {
            if (text.equals("true") || text.equals("false")) return text;
            throw in.error("default '" + text + "' is not a Boolean");
        }
    }
}
