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

    /** The text being built; {@code null} while the text is {@link #rendered} alone (made by {@link #of}). */
    private StringBuilder text;
    private final List<Bind> binds;
    /** The text as a String, kept until the next append: the same instance each time, its hash computed once. */
    private String rendered;

    public Sql() {
        text = new StringBuilder(128);
        binds = new ArrayList<>();
    }

    private Sql(String text, int values) {
        this.rendered = text;
        this.binds = new ArrayList<>(values);
    }

    /**
     * A statement whose text is {@code text} as it is, with no values yet: a text rendered once and reused keeps its
     * identity, so drivers that cache statements by their text (H2) do not hash it again for every call, and it is
     * not copied unless something is appended.
     */
    public static Sql of(String text) {
        return new Sql(text, 10);
    }

    /** Like {@link #of(String)}, with room for {@code values} values. */
    public static Sql of(String text, int values) {
        return new Sql(text, values);
    }

    private StringBuilder builder() {
        if (text == null) text = new StringBuilder(rendered.length() + 64).append(rendered);
        return text;
    }

    public Sql append(String fragment) {
        builder().append(fragment);
        rendered = null;
        return this;
    }

    public Sql append(char c) {
        builder().append(c);
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
