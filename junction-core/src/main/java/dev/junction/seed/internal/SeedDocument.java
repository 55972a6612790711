package dev.junction.seed.internal;

import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A seed file as read, before any model is consulted: blocks of entries per model name, every part with its line.
 * Values are kept as YAML nodes, to be read as the attribute they land in demands. Immutable.
 *
 * @param file   the file name
 * @param blocks the blocks in file order
 */
record SeedDocument(String file, List<Block> blocks) {

    /** The rows listed under one model name. */
    record Block(String model, int line, List<Entry> entries) {
    }

    /** One row: its place in the block (1-based), its line, its fields in file order. */
    record Entry(int index, int line, List<Field> fields) {
    }

    /** One {@code key: value} of an entry or of a natural key. */
    record Field(String key, int line, Node value) {
    }

    /** How many entries the file has. */
    long rows() {
        return blocks.stream().mapToLong(b -> b.entries().size()).sum();
    }
}
