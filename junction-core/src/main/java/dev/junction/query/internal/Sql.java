package dev.junction.query.internal;

import dev.junction.dialect.ValueCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement being assembled: its text with {@code ?} placeholders and, in order, the values to bind with the codec
 * for each. Values never enter the text. Not thread-safe; one per statement.
 */
public final class Sql {
    /** A value and the codec that binds it. */
    public record Bind(Object value, ValueCodec codec) {
    }

    private final StringBuilder text = new StringBuilder(128);
    private final List<Bind> binds = new ArrayList<>();
    /** The text as a String, kept until the next append: the same instance each time, its hash computed once. */
    private String rendered;

    public Sql() {
    }

    /**
     * A statement whose text is {@code text} as it is, with no values yet: a text rendered once and reused keeps its
     * identity, so drivers that cache statements by their text (H2) do not hash it again for every call.
     */
    public static Sql of(String text) {
        Sql sql = new Sql();
        sql.text.append(text);
        sql.rendered = text;
        return sql;
    }

    public Sql append(String fragment) {
        text.append(fragment);
        rendered = null;
        return this;
    }

    public Sql append(char c) {
        text.append(c);
        rendered = null;
        return this;
    }

    /** Appends a placeholder and records its value. */
    public Sql bind(Object value, ValueCodec codec) {
        append('?');
        binds.add(new Bind(value, codec));
        return this;
    }

    /** Appends another statement's text and its values (to nest it, e.g. in a WITH clause). */
    public Sql append(Sql other) {
        append(other.text());
        binds.addAll(other.binds);
        return this;
    }

    /** Records a value for a placeholder the text already has. */
    public Sql addBind(Object value, ValueCodec codec) {
        binds.add(new Bind(value, codec));
        return this;
    }

    public String text() {
        if (rendered == null) rendered = text.toString();
        return rendered;
    }

    public List<Bind> binds() {
        return binds;
    }

    @Override
    public String toString() {
        return text();
    }
}
