package dev.junction.query.internal;

import java.util.List;

/**
 * A statement rendered once and run many times: its text, and the values it was rendered with, of which the first
 * {@code head} and the last {@code tail} change from call to call (an owner's key first, filter values and the page
 * last) while those between are constants of the definitions (scope values). The text keeps its identity, so drivers
 * that cache prepared statements by their text find it without hashing a new string. Immutable and thread-safe.
 */
public final class SqlTemplate {
    private final String text;
    private final Sql.Bind[] binds;
    private final int head;
    private final int tail;

    private SqlTemplate(String text, Sql.Bind[] binds, int head, int tail) {
        this.text = text;
        this.binds = binds;
        this.head = head;
        this.tail = tail;
    }

    /** {@code rendered} as a template whose first {@code head} and last {@code tail} values vary. */
    public static SqlTemplate of(Sql rendered, int head, int tail) {
        List<Sql.Bind> binds = rendered.binds();
        if (head < 0 || tail < 0 || head + tail > binds.size()) {
            throw new IllegalArgumentException("a template of " + binds.size() + " values cannot vary " + head
                    + " first and " + tail + " last");
        }
        return new SqlTemplate(rendered.text(), binds.toArray(Sql.Bind[]::new), head, tail);
    }

    /** The statement with {@code headValues} (exactly {@code head} of them) first and {@code tailValues} last. */
    public Sql with(Object[] headValues, Object[] tailValues) {
        if (headValues.length != head || tailValues.length != tail) {
            throw new IllegalArgumentException("expected " + head + " + " + tail + " values, got "
                    + headValues.length + " + " + tailValues.length);
        }
        Sql sql = Sql.of(text, binds.length);
        int first = binds.length - tail;
        for (int i = 0; i < binds.length; i++) {
            Object value = i < head ? headValues[i] : i >= first ? tailValues[i - first] : binds[i].value();
            sql.addBind(value, binds[i].codec());
        }
        return sql;
    }

    /** The text, as rendered once. */
    public String text() {
        return text;
    }
}
