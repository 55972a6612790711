package dev.junction.query.internal;

import dev.junction.query.Where;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a filter — its structure, attributes, operators and list sizes, without its values — for filters
 * whose SQL text depends on nothing else, so that a statement rendered for one call serves every call of the same
 * shape ({@link StatementCache}). Comparisons (not {@code like}), short {@code in} lists, null tests and their
 * {@code and}/{@code or}/{@code not} have one; JSON paths, long lists and empty lists do not. Stateless.
 */
public final class WhereShape {
    /** Lists longer than this are not cached: each length would be a shape of its own. */
    static final int MAX_LIST = 32;

    private WhereShape() {
    }

    /** The shape of {@code where} ({@code ""} for none), or {@code null} when its text may depend on its values. */
    public static String of(Where where) {
        if (where == null) return "";
        StringBuilder out = new StringBuilder(32);
        return append(out, where) ? out.toString() : null;
    }

    private static boolean append(StringBuilder out, Where where) {
        if (where instanceof Where.Comparison c) {
            if (c.operator() == Where.Operator.LIKE) return false;
            out.append("C(").append(c.attribute()).append(' ').append(c.operator().name()).append(')');
            return true;
        }
        if (where instanceof Where.In in) {
            if (in.values().isEmpty() || in.values().size() > MAX_LIST) return false;
            out.append(in.negated() ? "N(" : "I(").append(in.attribute()).append(' ').append(in.values().size())
                    .append(')');
            return true;
        }
        if (where instanceof Where.IsNull n) {
            out.append(n.negated() ? "NN(" : "NU(").append(n.attribute()).append(')');
            return true;
        }
        if (where instanceof Where.Not not) {
            out.append("!(");
            if (!append(out, not.part())) return false;
            out.append(')');
            return true;
        }
        List<Where> parts = where instanceof Where.And and ? and.parts() : where instanceof Where.Or or ? or.parts()
                : null;
        if (parts == null) return false;
        out.append(where instanceof Where.And ? "&(" : "|(");
        for (Where part : parts) {
            if (!append(out, part)) return false;
            out.append(',');
        }
        out.append(')');
        return true;
    }

    /**
     * The values {@code renderer} would bind for {@code where} (a filter with a shape), in the same order, coerced
     * and checked as it would: the values a cached statement of the shape takes.
     */
    public static List<Object> values(Where where, WhereRenderer renderer) {
        List<Object> out = new ArrayList<>();
        if (where != null) collect(where, renderer, out);
        return out;
    }

    private static void collect(Where where, WhereRenderer renderer, List<Object> out) {
        if (where instanceof Where.Comparison c) {
            out.add(renderer.filterValue(c.attribute(), c.value()));
        } else if (where instanceof Where.In in) {
            for (Object value : in.values()) out.add(renderer.filterValue(in.attribute(), value));
        } else if (where instanceof Where.Not not) {
            collect(not.part(), renderer, out);
        } else if (where instanceof Where.And and) {
            for (Where part : and.parts()) collect(part, renderer, out);
        } else if (where instanceof Where.Or or) {
            for (Where part : or.parts()) collect(part, renderer, out);
        }
    }
}
