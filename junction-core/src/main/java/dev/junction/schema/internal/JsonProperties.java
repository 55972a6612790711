package dev.junction.schema.internal;

import dev.junction.DefinitionException;
import dev.junction.annotation.Json;
import dev.junction.schema.AttributeSpec;
import dev.junction.schema.DataType;
import java.lang.invoke.MethodType;
import java.lang.reflect.Type;

/**
 * How json() attributes meet a model's class: {@link Json} marks a property as JSON, and a json() type takes the
 * property's generic type ({@code List<Address>}) as the Java type its values are read as. Stateless.
 */
public final class JsonProperties {
    private JsonProperties() {
    }

    /** json() for a property marked {@link Json}, else the type inferred from its Java type. */
    static DataType inferred(JavaProperty property, DataType inferred) {
        boolean marked = property.field() != null && property.field().isAnnotationPresent(Json.class);
        return marked ? DataType.json() : inferred;
    }

    /**
     * The json() type of a property that holds JSON — marked {@link Json}, or a Map or List — of its generic type
     * ({@code List<Address>}); {@code null} for any other property. For what reads JSON into a class that is no
     * model's (raw SQL results).
     */
    public static DataType jsonType(JavaProperty property) {
        DataType type = inferred(property, DataType.forJavaType(property.type()));
        return type == null || type.kind() != DataType.Kind.JSON ? null : DataType.json(genericType(property));
    }

    /** Gives a json() type that names no Java type the property's generic type. */
    static void bindToProperty(JavaProperty property, AttributeSpec attribute) {
        if (attribute.type().kind() == DataType.Kind.JSON && attribute.type().jsonType() == null) {
            attribute.type(DataType.json(genericType(property)));
        }
    }

    private static Type genericType(JavaProperty property) {
        if (property.type().isPrimitive()) return MethodType.methodType(property.type()).wrap().returnType();
        return property.field() != null ? property.field().getGenericType() : property.type();
    }

    /**
     * Refuses what a JSON column cannot be: a key or unique (MariaDB cannot index its LONGTEXT, and documents equal
     * as JSON may differ as text), or given a constant default (give the value on create instead).
     */
    static void check(String where, AttributeSpec attribute) {
        if (attribute.type().kind() != DataType.Kind.JSON) return;
        String problem = attribute.isPrimaryKey() ? "a primary key"
                : attribute.isUnique() || attribute.uniqueGroup() != null ? "unique"
                : attribute.defaultValue() != null ? "given a constant default" : null;
        if (problem != null) {
            throw new DefinitionException(where + ": json() attribute '" + attribute.name() + "' cannot be "
                    + problem);
        }
    }
}
