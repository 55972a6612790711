package dev.junction.seed.internal;

import dev.junction.Row;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The rows one seed file inserted, block by block, by primary key — what undoing it deletes. Stored with the
 * file's record as JSON text: {@code [{"model":"User","table":"Users","key":["id"],"rows":[["1"],["2"]]}, …]},
 * every key value as text (written and read exactly by {@link LedgerJson}), read back as its attribute's type. Not thread-safe.
 */
final class UndoLog {
    /**
     * The keys of the rows one block inserted, in insertion order, into {@code table}: {@code null} in a record
     * written before tables were recorded.
     */
    record Block(String model, String table, List<String> key, List<List<String>> rows) {
        /**
         * Whether this block's rows were in one of {@code tables} (a record without its table: of one of
         * {@code models}).
         */
        boolean wasIn(java.util.Set<String> tables, java.util.Set<String> models) {
            return table != null ? tables.contains(table) : models.contains(model);
        }
    }

    private final List<Block> blocks;

    UndoLog() {
        this(new ArrayList<>());
    }

    private UndoLog(List<Block> blocks) {
        this.blocks = blocks;
    }

    List<Block> blocks() {
        return blocks;
    }

    /** Starts the record of a block of {@code model}. */
    Block block(ModelDefinition model) {
        Block block = new Block(model.name(), model.tableName(), model.primaryKey().stream().map(Attribute::name).toList(),
                new ArrayList<>());
        blocks.add(block);
        return block;
    }

    /** Records an inserted row by its key. */
    static void add(Block block, Row row) {
        List<String> key = new ArrayList<>(block.key().size());
        for (String attribute : block.key()) key.add(keyText(row.get(attribute)));
        block.rows().add(key);
    }

    /** How many rows the file inserted. */
    long rows() {
        return blocks.stream().mapToLong(b -> b.rows().size()).sum();
    }

    /** A key value as the log records it. */
    static String keyText(Object value) {
        if (value instanceof BigDecimal d) return d.toPlainString();
        if (value instanceof byte[] b) return Base64.getEncoder().encodeToString(b);
        return String.valueOf(value);
    }

    String toJson() {
        StringBuilder json = new StringBuilder(64 + (int) rows() * 8).append('[');
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            json.append(b == 0 ? "{" : ",{").append("\"model\":");
            LedgerJson.writeString(json, block.model());
            json.append(",\"table\":");
            LedgerJson.writeString(json, block.table());
            json.append(",\"key\":");
            strings(json, block.key());
            json.append(",\"rows\":[");
            for (int r = 0; r < block.rows().size(); r++) {
                if (r > 0) json.append(',');
                strings(json, block.rows().get(r));
            }
            json.append("]}");
        }
        return json.append(']').toString();
    }

    /** Reads what {@link #toJson} wrote. */
    @SuppressWarnings("unchecked")
    static UndoLog fromJson(String json) {
        List<Block> blocks = new ArrayList<>();
        for (Object each : (List<Object>) LedgerJson.read(json)) {
            Map<String, Object> block = (Map<String, Object>) each;
            blocks.add(new Block((String) block.get("model"), (String) block.get("table"), (List<String>) block.get("key"),
                    (List<List<String>>) block.get("rows")));
        }
        return new UndoLog(blocks);
    }

    private static void strings(StringBuilder json, List<String> values) {
        json.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) json.append(',');
            LedgerJson.writeString(json, values.get(i));
        }
        json.append(']');
    }
}
