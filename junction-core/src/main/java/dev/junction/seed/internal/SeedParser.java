package dev.junction.seed.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a seed file's text (YAML, or JSON, which YAML reads too) into a {@link SeedDocument}: a map of model name
 * to a list of rows, or a list of such maps. Works on SnakeYAML's node tree, which keeps every line and never
 * constructs objects the file names. Stateless.
 */
final class SeedParser {
    private SeedParser() {
    }

    /** The document in {@code text}; a {@link dev.junction.seed.SeedException} names the line of any problem. */
    static SeedDocument parse(String file, String text) {
        Site site = Site.file(file);
        Node root = compose(site, text);
        List<SeedDocument.Block> blocks = new ArrayList<>();
        if (root == null) {
            return new SeedDocument(file, blocks);
        }
        if (root instanceof MappingNode map) {
            addBlocks(site, map, blocks);
        } else if (root instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                if (!(item instanceof MappingNode map)) {
                    throw site.at(line(item)).error("expected a map of model name to rows, found " + kind(item));
                }
                addBlocks(site, map, blocks);
            }
        } else {
            throw site.at(line(root)).error("expected a map of model name to rows (User: [...]) or a list of such"
                    + " maps, found " + kind(root));
        }
        return new SeedDocument(file, blocks);
    }

    private static Node compose(Site site, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE); // seed files of many rows are the point
        options.setAllowRecursiveKeys(false);
        try {
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            if (mark == null) throw site.error("YAML syntax error: " + problem, e);
            throw site.at(mark.getLine() + 1).error("YAML syntax error at column " + (mark.getColumn() + 1) + ": "
                    + problem, e);
        } catch (YAMLException e) {
            throw site.error("cannot read the file: " + e.getMessage(), e);
        }
    }

    private static void addBlocks(Site site, MappingNode map, List<SeedDocument.Block> blocks) {
        for (NodeTuple tuple : map.getValue()) {
            String model = scalarKey(site, tuple.getKeyNode());
            Node rows = tuple.getValueNode();
            int line = line(tuple.getKeyNode());
            if (isNull(rows)) {
                blocks.add(new SeedDocument.Block(model, line, List.of()));
                continue;
            }
            if (!(rows instanceof SequenceNode list)) {
                throw site.entry(model, 0, line(rows)).error("expected a list of rows under " + model
                        + ", found " + kind(rows));
            }
            List<SeedDocument.Entry> entries = new ArrayList<>();
            for (Node row : list.getValue()) {
                int index = entries.size() + 1;
                if (!(row instanceof MappingNode fields)) {
                    throw site.entry(model, index, line(row)).error("expected a row (a map of column to value),"
                            + " found " + kind(row));
                }
                entries.add(new SeedDocument.Entry(index, line(row), fields(site.entry(model, index, line(row)),
                        fields)));
            }
            blocks.add(new SeedDocument.Block(model, line, entries));
        }
    }

    /** The {@code key: value} pairs of a row or natural key. */
    static List<SeedDocument.Field> fields(Site site, MappingNode map) {
        List<SeedDocument.Field> fields = new ArrayList<>();
        for (NodeTuple tuple : map.getValue()) {
            fields.add(new SeedDocument.Field(scalarKey(site, tuple.getKeyNode()), line(tuple.getKeyNode()),
                    tuple.getValueNode()));
        }
        return fields;
    }

    private static String scalarKey(Site site, Node key) {
        if (key instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue();
        }
        throw site.at(line(key)).error("expected a name as key, found " + kind(key));
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(org.yaml.snakeyaml.nodes.Tag.NULL);
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    static String kind(Node node) {
        if (node instanceof MappingNode) return "a map";
        if (node instanceof SequenceNode) return "a list";
        if (isNull(node)) return "nothing (null)";
        return "'" + ((ScalarNode) node).getValue() + "'";
    }
}
