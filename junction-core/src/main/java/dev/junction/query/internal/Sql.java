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

    public Sql append(String fragment) {
        text.append(fragment);
        return this;
    }

    public Sql append(char c) {
        text.append(c);
        return this;
    }

    /** Appends a placeholder and records its value. */
    public Sql bind(Object value, ValueCodec codec) {
        text.append('?');
        binds.add(new Bind(value, codec));
        return this;
    }

    /** Appends another statement's text and its values (to nest it, e.g. in a WITH clause). */
    public Sql append(Sql other) {
        text.append(other.text);
        binds.addAll(other.binds);
        return this;
    }

    /** Records a value for a placeholder the text already has. */
    public Sql addBind(Object value, ValueCodec codec) {
        binds.add(new Bind(value, codec));
        return this;
    }

    public String text() {
        return text.toString();
    }

    public List<Bind> binds() {
        return binds;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
