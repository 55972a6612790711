package dev.junction.seed.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A seed file's value for a json() attribute as the plain Java value it stands for: maps as {@code LinkedHashMap}
 * (keys as text), lists as {@code List}, and scalars by their resolved YAML tag — whole numbers as Long (BigInteger
 * when longer), other numbers as Double, booleans, null, everything else as text. Stateless.
 */
final class YamlValues {
    private YamlValues() {
    }

    static Object plain(Node node) {
        if (node instanceof MappingNode map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                Node key = tuple.getKeyNode();
                out.put(key instanceof ScalarNode s ? s.getValue() : SeedPlanner.text(key),
                        plain(tuple.getValueNode()));
            }
            return out;
        }
        if (node instanceof SequenceNode list) {
            List<Object> out = new ArrayList<>(list.getValue().size());
            for (Node item : list.getValue()) out.add(plain(item));
            return out;
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) return null;
        if (tag.equals(Tag.BOOL)) return Boolean.valueOf(text.trim().toLowerCase(java.util.Locale.ROOT).matches(
                "true|yes|on|y"));
        try {
            if (tag.equals(Tag.INT)) {
                BigInteger whole = new BigInteger(text.trim().replace("_", ""));
                return whole.bitLength() < 64 ? (Object) whole.longValue() : whole;
            }
            if (tag.equals(Tag.FLOAT)) return Double.valueOf(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            return text; // a YAML 1.1 form (0x1F, 1:30) JSON has no number for: kept as written
        }
        return text;
    }
}
