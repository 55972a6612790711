package dev.junction.seed.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact JSON subset the seed ledger stores an {@link UndoLog} in: objects, arrays and strings. Writing escapes
 * every character a reader could alter (controls, U+007F–U+009F, line and paragraph separators, the byte-order mark,
 * surrogates) as {@code \}{@code uXXXX}, and reading undoes exactly the escapes JSON defines, so every Java string —
 * U+0085 and lone surrogates included — comes back as it was written. Reads ledgers written before this class too
 * (the same JSON with those characters raw). A general YAML or JSON parser is not used on purpose: YAML folds U+0085
 * into a space and refuses U+007F. The static methods are thread-safe (a reader lives for one call).
 */
final class LedgerJson {
    private final String text;
    private int at;

    private LedgerJson(String text) {
        this.text = text;
    }

    /** Appends {@code value} as a JSON string. */
    static void writeString(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\t' -> json.append("\\t");
                default -> {
                    if (mayBeAltered(c)) json.append(String.format("\\u%04x", (int) c)); else json.append(c);
                }
            }
        }
        json.append('"');
    }

    private static boolean mayBeAltered(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                || Character.isSurrogate(c);
    }

    /**
     * Reads {@code json}: objects as maps, arrays as lists, strings as strings.
     *
     * @throws IllegalArgumentException when it is not such JSON
     */
    static Object read(String json) {
        LedgerJson reader = new LedgerJson(json);
        Object value = reader.value();
        reader.skipSpace();
        if (reader.at != json.length()) throw reader.malformed("text after the value");
        return value;
    }

    private Object value() {
        skipSpace();
        char c = peek();
        if (c == '[') return array();
        if (c == '{') return object();
        if (c == '"') return string();
        throw malformed("a value");
    }

    private List<Object> array() {
        List<Object> values = new ArrayList<>();
        at++;
        if (next(']')) return values;
        do {
            values.add(value());
        } while (next(','));
        expect(']');
        return values;
    }

    private Map<String, Object> object() {
        Map<String, Object> values = new LinkedHashMap<>();
        at++;
        if (next('}')) return values;
        do {
            skipSpace();
            String key = string();
            expect(':');
            values.put(key, value());
        } while (next(','));
        expect('}');
        return values;
    }

    private String string() {
        if (peek() != '"') throw malformed("a string");
        StringBuilder out = new StringBuilder();
        for (at++; ; at++) {
            char c = peek();
            if (c == '"') {
                at++;
                return out.toString();
            }
            out.append(c == '\\' ? escaped() : c);
        }
    }

    private char escaped() {
        at++;
        return switch (peek()) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> throw malformed("an escape");
        };
    }

    private char unicode() {
        if (at + 5 > text.length()) throw malformed("four hex digits");
        try {
            char c = (char) Integer.parseInt(text.substring(at + 1, at + 5), 16);
            at += 4;
            return c;
        } catch (NumberFormatException e) {
            throw malformed("four hex digits");
        }
    }

    private boolean next(char c) {
        skipSpace();
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!next(c)) throw malformed("'" + c + "'");
    }

    private char peek() {
        if (at >= text.length()) throw malformed("more text");
        return text.charAt(at);
    }

    private void skipSpace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) at++;
    }

    private IllegalArgumentException malformed(String expected) {
        return new IllegalArgumentException("Malformed seed ledger entry: expected " + expected + " at offset " + at);
    }
}
