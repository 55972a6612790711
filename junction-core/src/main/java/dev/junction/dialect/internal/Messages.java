package dev.junction.dialect.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pulls names out of database error messages. */
public final class Messages {
    private Messages() {
    }

    /** The first group of {@code pattern} in {@code text}, or {@code null}. */
    public static String find(Pattern pattern, String text) {
        if (text == null) return null;
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** A comma-separated list of possibly quoted names, unquoted: {@code "a", `b`, c} → [a, b, c]. */
    public static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        if (list == null) return out;
        for (String part : list.split(",")) {
            String name = part.trim();
            int space = name.indexOf(' ');
            if (space > 0 && !name.startsWith("\"")) name = name.substring(0, space);
            name = unquote(name);
            int dot = name.lastIndexOf('.');
            if (dot >= 0) name = unquote(name.substring(dot + 1));
            if (!name.isEmpty()) out.add(name);
        }
        return out;
    }

    /** Strips one pair of surrounding quotes or backticks. */
    public static String unquote(String name) {
        if (name.length() >= 2) {
            char first = name.charAt(0);
            char last = name.charAt(name.length() - 1);
            if ((first == '"' || first == '`' || first == '\'') && last == first) {
                return name.substring(1, name.length() - 1);
            }
        }
        return name;
    }
}
