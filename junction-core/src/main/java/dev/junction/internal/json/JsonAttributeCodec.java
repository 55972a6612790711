package dev.junction.internal.json;

import dev.junction.JsonCodec;
import dev.junction.JsonException;
import dev.junction.ValidationException;
import dev.junction.dialect.ValueCodec;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Moves one json() attribute's values: written as JSON text by the {@link JsonCodec}, read back as the attribute's
 * Java type, over the dialect's codec for JSON text. A String attribute holds the JSON text itself, checked to be
 * JSON before it is written when there is a codec to parse it. A value that cannot be written is a
 * {@link ValidationException}; stored text that cannot be read, a {@link JsonException}, both naming model and
 * attribute. Immutable and thread-safe.
 */
final class JsonAttributeCodec implements ValueCodec {
    private final ValueCodec text;
    private final JsonCodec json;
    private final String model;
    private final String attribute;
    private final Type type;
    private final boolean rawText;
    /** The attribute's class, and whether every value of it fits the type (its type arguments are all Object). */
    private final Class<?> rawClass;
    private final boolean anyInstanceFits;

    JsonAttributeCodec(ValueCodec text, JsonCodec json, String model, Attribute attribute) {
        this(text, json, model, attribute.name(), attribute.type());
    }

    /** For {@code model}'s (or a class's) {@code attribute} (or component) of json() type {@code dataType}. */
    JsonAttributeCodec(ValueCodec text, JsonCodec json, String model, String attribute, DataType dataType) {
        this.text = text;
        this.json = json;
        this.model = model;
        this.attribute = attribute;
        this.type = dataType.jsonType() == null ? Object.class : dataType.jsonType();
        this.rawText = type == String.class;
        this.rawClass = dataType.javaType();
        this.anyInstanceFits = type instanceof Class<?> || type instanceof ParameterizedType p
                && Arrays.stream(p.getActualTypeArguments()).allMatch(JsonAttributeCodec::holdsAnything);
    }

    /** {@code Object}, {@code ?}, or {@code String} (a map's keys, which JSON keeps as text). */
    private static boolean holdsAnything(Type argument) {
        return argument == Object.class || argument == String.class
                || argument instanceof WildcardType w && w.getLowerBounds().length == 0
                && Arrays.equals(w.getUpperBounds(), new Type[] {Object.class});
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        text.bind(statement, index, value == null ? null : toText(value));
    }

    private String toText(Object value) {
        if (rawText) {
            if (!(value instanceof String s)) throw refused(value, "is not JSON text (a String)", null);
            if (json != null) {
                try {
                    json.read(s, Object.class);
                } catch (Exception e) {
                    throw refused(value, "is not JSON text", e);
                }
            }
            return s;
        }
        String written;
        try {
            written = json.write(value);
        } catch (Exception e) {
            throw refused(value, "cannot be written as JSON", e);
        }
        // A value not of the attribute's exact type (a Map for a record, a list of maps for List<Address>) must
        // read back as that type, or it would be stored and fail every read after.
        if (!(anyInstanceFits && rawClass.isInstance(value))) {
            try {
                json.read(written, type);
            } catch (Exception e) {
                throw refused(value, "does not fit " + type.getTypeName(), e);
            }
        }
        return written;
    }

    private ValidationException refused(Object value, String problem, Exception cause) {
        ValidationException e = new ValidationException(model, attribute, model + "." + attribute + ": "
                + value.getClass().getSimpleName() + " " + preview(String.valueOf(value)) + " " + problem
                + (cause == null ? "" : " (" + firstLine(cause) + ")"));
        if (cause != null) e.initCause(cause);
        return e;
    }

    @Override
    public Object read(ResultSet resultSet, int index) throws SQLException {
        Object stored = text.read(resultSet, index);
        if (stored == null || rawText) return stored;
        try {
            return json.read((String) stored, type);
        } catch (Exception e) {
            throw new JsonException(model, attribute, model + "." + attribute + " holds " + preview((String) stored)
                    + ", which cannot be read as JSON of type " + type.getTypeName() + " (" + firstLine(e) + ")", e);
        }
    }

    private static String preview(String text) {
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
