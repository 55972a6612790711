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

    /**
     * A comma-separated list of possibly quoted, possibly qualified names, each reduced to its last part and freed
     * of what follows it: {@code "a", `b`, t.c, "d" NULLS FIRST} → [a, b, c, d].
     */
    public static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        if (list == null) return out;
        for (String part : list.split(",")) {
            String name = lastIdentifier(part.trim());
            if (!name.isEmpty()) out.add(name);
        }
        return out;
    }

    /** The last part of {@code schema."table".col}, unquoted; reading stops at the first space outside quotes. */
    private static String lastIdentifier(String text) {
        String last = "";
        int i = 0;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            char c = text.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '"' || c == '`' || c == '\'') {
                StringBuilder quoted = new StringBuilder();
                int j = i + 1;
                for (; j < text.length(); j++) {
                    char d = text.charAt(j);
                    if (d != c) {
                        quoted.append(d);
                    } else if (j + 1 < text.length() && text.charAt(j + 1) == c) {
                        quoted.append(c); // a doubled quote stands for one
                        j++;
                    } else {
                        break;
                    }
                }
                last = quoted.toString();
                i = j + 1;
            } else {
                int j = i;
                while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '.') j++;
                last = text.substring(i, j);
                i = j;
            }
        }
        return last;
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
