package dev.junction.sandcastle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What differs between databases and runs taken out of a JSON tree, and the differences between two trees as a list
 * a reader can act on.
 */
final class JsonTrees {
    private JsonTrees() {
    }

    static final String ID = "<id>";
    static final String INSTANT = "<instant>";

    /**
     * The join models of {@code unique(false)} associations: the links of one pair come in no defined order (an
     * include orders its targets, not their join rows), so runs of the same target are sorted by their join row.
     */
    private static final List<String> REPEATABLE_LINKS = List.of("Viewing", "Shift");

    /**
     * {@code node} made the same on every database and run, in place: generated keys ({@code id}, and the keys
     * referring to them: {@code UserId}, {@code followerId}, {@code show_id} …) become {@code "<id>"} and
     * {@code createdAt}/{@code updatedAt} become {@code "<instant>"}, each checked first to be a number or ISO-8601
     * text; repeated links of one pair are put in join-row order.
     */
    static JsonNode normalised(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (isKey(name) && !value.isNull()) {
                    if (!value.isIntegralNumber()) throw new AssertionError(name + " is not a number: " + value);
                    field.setValue(TextNode.valueOf(ID));
                } else if ((name.equals("createdAt") || name.equals("updatedAt")) && !value.isNull()) {
                    if (!value.isTextual()) throw new AssertionError(name + " is not ISO-8601 text: " + value);
                    Instant.parse(value.textValue());
                    field.setValue(TextNode.valueOf(INSTANT));
                }
            }
        }
        node.forEach(JsonTrees::normalised);
        if (node instanceof ArrayNode array) sortRepeatedLinks(array);
        return node;
    }

    private static boolean isKey(String name) {
        return name.equals("id") || name.endsWith("Id") || name.endsWith("_id");
    }

    /** Consecutive elements that are one target (equal but for their join row) sorted by the join row's text. */
    private static void sortRepeatedLinks(ArrayNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        int start = 0;
        for (int i = 1; i <= elements.size(); i++) {
            if (i == elements.size() || !withoutLink(elements.get(i)).equals(withoutLink(elements.get(start)))) {
                elements.subList(start, i).sort(Comparator.comparing(JsonTrees::linkText));
                start = i;
            }
        }
        array.removeAll();
        array.addAll(elements);
    }

    private static JsonNode withoutLink(JsonNode element) {
        if (!(element instanceof ObjectNode object)) return element;
        return object.deepCopy().without(REPEATABLE_LINKS);
    }

    private static String linkText(JsonNode element) {
        for (String link : REPEATABLE_LINKS) {
            if (element.has(link)) return element.get(link).toString();
        }
        return "";
    }

    /** Where {@code actual} differs from {@code expected}, one line per JSON Pointer, at most {@code limit} lines. */
    static List<String> differences(JsonNode expected, JsonNode actual, int limit) {
        List<String> out = new ArrayList<>();
        collect("", expected, actual, out, limit);
        return out;
    }

    private static void collect(String path, JsonNode expected, JsonNode actual, List<String> out, int limit) {
        if (out.size() >= limit || expected.equals(actual)) return;
        String at = path.isEmpty() ? "/" : path;
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = path + "/" + name;
                if (!actual.has(name)) out.add(child + ": missing (expected " + brief(expected.get(name)) + ")");
                else if (!expected.has(name)) out.add(child + ": unexpected " + brief(actual.get(name)));
                else collect(child, expected.get(name), actual.get(name), out, limit);
                if (out.size() >= limit) return;
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(at + ": " + actual.size() + " elements, expected " + expected.size());
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                collect(path + "/" + i, expected.get(i), actual.get(i), out, limit);
            }
        } else {
            out.add(at + ": " + brief(actual) + ", expected " + brief(expected));
        }
    }

    private static String brief(JsonNode node) {
        String text = node.toString();
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
