package dev.junction.query.internal;

import dev.junction.ValidationException;
import dev.junction.dialect.Dialect;
import dev.junction.dialect.internal.StandardCodecs;
import dev.junction.internal.mapping.ValueCoercion;
import dev.junction.internal.mapping.ValueLimits;
import dev.junction.query.Where;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import dev.junction.schema.ModelDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders a {@link Where} against one model: attribute names become quoted columns (unknown ones are a
 * {@link ValidationException}), values are coerced to the attribute's type and bound with its codec.
 */
public final class WhereRenderer {
    private final ModelDefinition model;
    private final Map<String, Attribute> attributes;
    private final Dialect dialect;
    private final Function<Attribute, dev.junction.dialect.ValueCodec> codecs;
    private final String qualifier;

    /**
     * @param qualifier table alias to prefix columns with ({@code "t."}), or empty
     */
    public WhereRenderer(ModelDefinition model, Dialect dialect,
                         Function<Attribute, dev.junction.dialect.ValueCodec> codecs, String qualifier) {
        this.model = model;
        this.attributes = model.attributesByName();
        this.dialect = dialect;
        this.codecs = codecs;
        this.qualifier = qualifier;
    }

    /** Appends {@code " WHERE …"} for {@code where}, or nothing when it is {@code null}. */
    public void appendWhereClause(Sql sql, Where where) {
        if (where == null || (where instanceof Where.And and && and.parts().isEmpty())) {
            return;
        }
        sql.append(" WHERE ");
        render(sql, where);
    }

    /** Appends the condition itself. */
    public void render(Sql sql, Where where) {
        if (where instanceof Where.Comparison c) {
            comparison(sql, c);
        } else if (where instanceof Where.In in) {
            in(sql, in);
        } else if (where instanceof Where.IsNull n) {
            sql.append(column(n.attribute())).append(n.negated() ? " IS NOT NULL" : " IS NULL");
        } else if (where instanceof Where.And and) {
            junction(sql, and.parts(), " AND ", "1=1");
        } else if (where instanceof Where.Or or) {
            junction(sql, or.parts(), " OR ", "1=0");
        } else if (where instanceof Where.JsonComparison json) {
            Attribute attribute = attribute(json.attribute());
            if (attribute.type().kind() != DataType.Kind.JSON) {
                throw new ValidationException(model.name(), attribute.name(), "Where.json looks inside a json()"
                        + " attribute, but " + model.name() + "." + attribute.name() + " is " + attribute.type());
            }
            if (json.value() instanceof String text) ValueLimits.checkText(model.name(), attribute, text);
            JsonPathRenderer.render(sql, dialect, column(attribute), json);
        } else if (where instanceof Where.Not not) {
            sql.append("NOT (");
            render(sql, not.part());
            sql.append(')');
        } else {
            throw new IllegalArgumentException("unknown condition " + where);
        }
    }

    private void comparison(Sql sql, Where.Comparison c) {
        Attribute attribute = valueAttribute(c.attribute());
        sql.append(column(attribute)).append(' ').append(c.operator().sql()).append(' ');
        if (c.operator() == Where.Operator.LIKE) {
            requireText(attribute);
            String pattern = String.valueOf(c.value());
            ValueLimits.checkText(model.name(), attribute, pattern);
            sql.bind(pattern, StandardCodecs.STRING);
        } else {
            sql.bind(value(attribute, c.value()), codecs.apply(attribute));
        }
    }

    /**
     * The value a comparison with {@code attributeName} binds (not {@code like}): coerced and checked exactly as
     * {@link #render} does, for a statement rendered once and bound again ({@link WhereShape}).
     */
    public Object filterValue(String attributeName, Object given) {
        return value(valueAttribute(attributeName), given);
    }

    /** A filter value as the attribute's type, refused where no row could hold it or the database would misread it. */
    private Object value(Attribute attribute, Object given) {
        Object value = ValueCoercion.coerce(model.name(), attribute, given);
        ValueLimits.checkFilter(dialect, model.name(), attribute, value);
        return value;
    }

    /** LIKE compares text; only PostgreSQL would refuse it on numbers, dates or UUIDs, so every dialect refuses. */
    private void requireText(Attribute attribute) {
        DataType.Kind kind = attribute.type().kind();
        if (kind != DataType.Kind.STRING && kind != DataType.Kind.TEXT && kind != DataType.Kind.ENUM) {
            throw new ValidationException(model.name(), attribute.name(), "like() compares text, but "
                    + model.name() + "." + attribute.name() + " is " + attribute.type()
                    + "; use it on a string, text or enum attribute");
        }
    }

    /**
     * Lists longer than this are bound as one parameter where the database takes lists (an array, a JSON array), so
     * that no length runs into its bind-parameter limit; shorter ones keep a placeholder per value.
     */
    static final int LIST_PARAMETER_FROM = 1_000;

    private void in(Sql sql, Where.In in) {
        Attribute attribute = valueAttribute(in.attribute());
        if (in.values().isEmpty()) {
            sql.append(in.negated() ? "1=1" : "1=0");
            return;
        }
        String list = in.values().size() < LIST_PARAMETER_FROM ? null
                : dialect.inList(column(attribute), attribute.type());
        if (list != null) {
            inLists(sql, in, attribute, list);
            return;
        }
        sql.append(column(attribute)).append(in.negated() ? " NOT IN (" : " IN (");
        var codec = codecs.apply(attribute);
        boolean first = true;
        for (Object value : in.values()) {
            if (!first) sql.append(", ");
            first = false;
            sql.bind(value(attribute, value), codec);
        }
        sql.append(')');
    }

    /** {@code (c = ANY(?) OR c = ANY(?))}: the values bound as lists of at most the dialect's list size each. */
    private void inLists(Sql sql, Where.In in, Attribute attribute, String list) {
        List<Object> values = new ArrayList<>(in.values().size());
        for (Object value : in.values()) values.add(value(attribute, value));
        int placeholder = list.indexOf('?');
        var codec = dialect.listCodec(attribute.type());
        sql.append(in.negated() ? "NOT (" : "(");
        for (int from = 0; from < values.size(); from += dialect.maxListSize()) {
            if (from > 0) sql.append(" OR ");
            List<Object> part = values.subList(from, Math.min(values.size(), from + dialect.maxListSize()));
            sql.append(list.substring(0, placeholder)).bind(List.copyOf(part), codec)
                    .append(list.substring(placeholder + 1));
        }
        sql.append(')');
    }

    private void junction(Sql sql, List<Where> parts, String separator, String empty) {
        if (parts.isEmpty()) {
            sql.append(empty);
            return;
        }
        sql.append('(');
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) sql.append(separator);
            render(sql, parts.get(i));
        }
        sql.append(')');
    }

    private String column(String attributeName) {
        return column(attribute(attributeName));
    }

    private String column(Attribute attribute) {
        return qualifier + dialect.quote(attribute.column());
    }

    /**
     * The attribute called {@code name}, to compare whole values with: not a json() one, whose documents are equal
     * as JSON when their texts differ (compare inside them with {@code Where.json}).
     */
    private Attribute valueAttribute(String name) {
        Attribute attribute = attribute(name);
        if (attribute.type().kind() == DataType.Kind.JSON) {
            throw new ValidationException(model.name(), name, model.name() + "." + name + " is json(): compare a"
                    + " value inside it with Where.json(\"" + name + "\", key…).eq(…), or test it with isNull");
        }
        return attribute;
    }

    /** The attribute called {@code name}, or a {@link ValidationException} listing the ones that exist. */
    public Attribute attribute(String name) {
        Attribute attribute = attributes.get(name);
        if (attribute == null) {
            throw new ValidationException(model.name(), name, "Model " + model.name() + " has no attribute '" + name
                    + "' (it has " + attributes.keySet() + ")");
        }
        return attribute;
    }
}
