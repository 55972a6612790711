package dev.junction.query.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The statements of one plan rendered once each, by the shape of the call (which operation, which filter shape,
 * page or not), so that a call of a shape seen before only binds its values. Bounded: once {@link #CAPACITY} shapes
 * are held, further shapes are rendered per call and not kept (shapes come from definitions and code, so a program
 * rarely has many; a program that builds filters of ever new shapes still cannot grow it). A plan owns its cache,
 * so amending a model (a new plan) drops it. Thread-safe: two threads may both render a new shape, one is kept
 * (and threads racing at the bound may each add one shape beyond it).
 */
public final class StatementCache {
    /** The most shapes kept per plan. */
    public static final int CAPACITY = 256;

    private final ConcurrentHashMap<Object, SqlTemplate> templates = new ConcurrentHashMap<>();

    /** The template of {@code shape}, rendered by {@code render} the first time (or every time, once full). */
    public SqlTemplate get(Object shape, Supplier<SqlTemplate> render) {
        SqlTemplate cached = templates.get(shape);
        if (cached != null) return cached;
        SqlTemplate rendered = render.get();
        if (templates.size() >= CAPACITY) return rendered;
        SqlTemplate raced = templates.putIfAbsent(shape, rendered);
        return raced != null ? raced : rendered;
    }

    /** How many shapes are held (at most {@link #CAPACITY}). */
    public int size() {
        return templates.size();
    }
}
