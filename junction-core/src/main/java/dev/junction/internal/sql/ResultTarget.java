package dev.junction.internal.sql;

import dev.junction.JsonCodec;
import dev.junction.JunctionException;
import dev.junction.ResultMappingException;
import dev.junction.Row;
import dev.junction.dialect.Dialect;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import dev.junction.schema.internal.ClassModelReader;
import dev.junction.schema.internal.JavaProperty;
import dev.junction.schema.internal.JsonProperties;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What a raw query's rows become: a value type (one column), {@link Row}s, a record (through its canonical
 * constructor), a class built through a constructor taking its fields in order (a Kotlin data class) or a POJO (its
 * no-argument constructor and fields). The class is inspected once and kept; each query
 * then plans its columns once ({@link #plan}) and reads every row by index. Thread-safe.
 *
 * @param <R> the row type
 */
final class ResultTarget<R> {
    /** One row of the current result as an {@code R}. */
    @FunctionalInterface
    interface RowMaker<R> {
        R make(ResultSet rs) throws SQLException;
    }

    private enum Kind { VALUE, ROW, RECORD, POJO }

    /**
     * A record component or field: its name, type, the column names it answers to, its json() type when it holds
     * JSON (a Map, a List, {@code @Json}; else {@code null}), and (POJOs) its handle.
     */
    private record Property(String name, Class<?> type, List<String> names, DataType json, VarHandle field) {
    }

    private final Class<R> type;
    private final Kind kind;
    private final List<Property> properties;
    private final MethodHandle constructor;

    private ResultTarget(Class<R> type, Kind kind, List<Property> properties, MethodHandle constructor) {
        this.type = type;
        this.kind = kind;
        this.properties = properties;
        this.constructor = constructor;
    }

    /** Inspects {@code type}. */
    static <R> ResultTarget<R> of(Class<R> type) {
        if (type == Row.class) return new ResultTarget<>(type, Kind.ROW, List.of(), null);
        if (ColumnReader.readable(type)) return new ResultTarget<>(type, Kind.VALUE, List.of(), null);
        java.lang.reflect.Constructor<?> built = type.isInterface() || type.isArray() || type.isPrimitive()
                || Modifier.isAbstract(type.getModifiers()) || type.isEnum() ? null
                : ClassModelReader.propertyConstructor(type);
        if (type.isInterface() || type.isArray() || type.isPrimitive() || Modifier.isAbstract(type.getModifiers())
                || !type.isRecord() && built == null && !ClassModelReader.hasNoArgumentConstructor(type)) {
            throw new ResultMappingException("Cannot map rows to " + type.getName() + ": give a record, a class with"
                    + " a no-argument constructor or one taking its fields in order (a Kotlin data class), Row, or a"
                    + " value type (String, Long, Instant, an enum…)", type.getSimpleName(), null, null);
        }
        boolean viaConstructor = type.isRecord() || built != null;
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            List<Property> properties = new ArrayList<>();
            List<Class<?>> parameters = new ArrayList<>();
            for (JavaProperty p : ClassModelReader.properties(type)) {
                List<String> names = p.column() != null && !p.column().name().isEmpty()
                        ? List.of(p.column().name(), p.name()) : List.of(p.name());
                VarHandle field = viaConstructor ? null : fieldHandle(p.field());
                properties.add(new Property(p.name(), p.type(), names, JsonProperties.jsonType(p), field));
                parameters.add(p.type());
            }
            MethodHandle constructor = built != null
                    ? lookup.unreflectConstructor(built).asSpreader(Object[].class, parameters.size())
                    : type.isRecord()
                    ? lookup.findConstructor(type, MethodType.methodType(void.class, parameters))
                            .asSpreader(Object[].class, parameters.size())
                    : lookup.findConstructor(type, MethodType.methodType(void.class));
            return new ResultTarget<>(type, viaConstructor ? Kind.RECORD : Kind.POJO, properties, constructor);
        } catch (ReflectiveOperationException e) {
            throw new JunctionException("Cannot access class " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    private static VarHandle fieldHandle(Field field) throws IllegalAccessException {
        return MethodHandles.privateLookupIn(field.getDeclaringClass(), MethodHandles.lookup())
                .unreflectVarHandle(field);
    }

    /**
     * How to read the rows of {@code rs}, planned from its columns. {@code attributes} gives, by property name, the
     * model attribute a property is when the class is a model's (else {@code null}): its column name is matched too,
     * and its type read as the model reads it.
     */
    RowMaker<R> plan(Dialect dialect, ResultSet rs, Function<String, Attribute> attributes, JsonCodec json)
            throws SQLException {
        if (kind == Kind.ROW) {
            RowColumns columns = RowColumns.of(rs);
            return row -> type.cast(columns.read(row));
        }
        ResultSetMetaData meta = rs.getMetaData();
        String[] labels = new String[meta.getColumnCount()];
        for (int i = 0; i < labels.length; i++) labels[i] = meta.getColumnLabel(i + 1);
        if (kind == Kind.VALUE) {
            if (labels.length != 1) {
                throw new ResultMappingException("A query read as " + type.getSimpleName() + " must return one"
                        + " column; it returns " + labels.length + " " + List.of(labels), type.getSimpleName(), null,
                        null);
            }
            DataType valueType = DataType.forJavaType(type);
            ColumnReader reader = valueType != null && valueType.kind() == DataType.Kind.JSON
                    ? ColumnReader.json(dialect, json, 1, labels[0], type, valueType, type.getSimpleName(), null)
                    : ColumnReader.of(dialect, 1, labels[0], type, null, type.getSimpleName(), null);
            return row -> cast(reader.read(row));
        }
        List<ColumnReader> readers = new ArrayList<>();
        List<Property> filled = new ArrayList<>();
        for (Property property : properties) {
            Attribute attribute = attributes.apply(property.name());
            List<String> names = attribute == null ? property.names()
                    : Stream.concat(Stream.of(attribute.column()), property.names().stream()).distinct().toList();
            int column = ColumnMatch.columnFor(labels, names, type.getSimpleName(), property.name());
            if (column < 0 && kind == Kind.RECORD) {
                throw new ResultMappingException("The query returns no column for " + type.getSimpleName() + "."
                        + property.name() + " (columns: " + List.of(labels) + "); select one, or alias one AS "
                        + property.name(), type.getSimpleName(), property.name(), null);
            }
            if (column < 0) continue;
            DataType jsonType = attribute != null && attribute.type().kind() == DataType.Kind.JSON ? attribute.type()
                    : property.json();
            readers.add(jsonType != null && property.type() != String.class
                    ? ColumnReader.json(dialect, json, column + 1, labels[column], property.type(), jsonType,
                            type.getSimpleName(), property.name())
                    : ColumnReader.of(dialect, column + 1, labels[column], property.type(),
                            attribute == null ? null : attribute.type(), type.getSimpleName(), property.name()));
            filled.add(property);
        }
        ColumnReader[] columns = readers.toArray(ColumnReader[]::new);
        return kind == Kind.RECORD ? row -> record(row, columns) : row -> pojo(row, columns, filled);
    }

    private R record(ResultSet rs, ColumnReader[] columns) throws SQLException {
        Object[] arguments = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) arguments[i] = columns[i].read(rs);
        try {
            return type.cast(constructor.invoke(arguments));
        } catch (NullPointerException e) {
            // A Kotlin non-null parameter, or a primitive one, given NULL.
            ResultMappingException error = new ResultMappingException("Cannot build " + type.getSimpleName() + ": "
                    + e.getMessage() + "; a property that may hold NULL must be nullable (String?, Int?)",
                    type.getSimpleName(), null, null);
            error.initCause(e);
            throw error;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new JunctionException("Record " + type.getName() + " failed: " + t.getMessage(), t);
        }
    }

    private R pojo(ResultSet rs, ColumnReader[] columns, List<Property> filled) throws SQLException {
        Object instance;
        try {
            instance = constructor.invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new JunctionException("Cannot construct " + type.getName() + ": " + t.getMessage(), t);
        }
        for (int i = 0; i < columns.length; i++) {
            filled.get(i).field().set(instance, columns[i].read(rs));
        }
        return type.cast(instance);
    }

    @SuppressWarnings("unchecked")
    private R cast(Object value) {
        return (R) value; // a primitive class's value arrives boxed
    }
}
