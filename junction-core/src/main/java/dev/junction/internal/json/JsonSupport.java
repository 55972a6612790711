package dev.junction.internal.json;

import dev.junction.DefinitionException;
import dev.junction.JsonCodec;
import dev.junction.dialect.Dialect;
import dev.junction.dialect.ValueCodec;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import dev.junction.schema.ModelDefinition;

/**
 * Where json() attributes get their {@link JsonCodec}: the one configured, else Jackson's when {@code jackson-databind}
 * is on the classpath ({@link JacksonJsonCodec} is loaded only then, as the Bean Validation reader is), else none —
 * and then only attributes holding their JSON text as a String can be defined. Stateless.
 */
public final class JsonSupport {
    private static final boolean JACKSON = present();

    private JsonSupport() {
    }

    /** The codec to use: {@code configured}, else Jackson's default, else {@code null}. */
    public static JsonCodec codec(JsonCodec configured) {
        if (configured != null) return configured;
        return JACKSON ? JacksonJsonCodec.DEFAULT : null;
    }

    /** A codec on a Jackson ObjectMapper, given as Object. */
    public static JsonCodec jackson(Object objectMapper) {
        if (!JACKSON) {
            throw new DefinitionException("JsonCodec.jackson: Jackson is not on the classpath; add"
                    + " com.fasterxml.jackson.core:jackson-databind");
        }
        if (!JacksonJsonCodec.isMapper(objectMapper)) {
            throw new DefinitionException("JsonCodec.jackson: expected a com.fasterxml.jackson.databind.ObjectMapper,"
                    + " got " + (objectMapper == null ? "null" : objectMapper.getClass().getName()));
        }
        return new JacksonJsonCodec((com.fasterxml.jackson.databind.ObjectMapper) objectMapper);
    }

    /**
     * Refuses a json() attribute that needs a codec when there is none ({@code codec} null): any whose Java type is
     * not String.
     */
    public static void check(ModelDefinition model, JsonCodec codec) {
        if (codec != null) return;
        for (Attribute a : model.attributes()) {
            if (a.type().kind() == DataType.Kind.JSON && a.type().javaType() != String.class) {
                throw new DefinitionException("Model " + model.name() + ", attribute '" + a.name() + "' is json() of "
                        + a.type().javaType().getSimpleName() + ", which needs a JSON library: add"
                        + " com.fasterxml.jackson.core:jackson-databind to the classpath, give"
                        + " JunctionConfig.builder().jsonCodec(…), or make the property a String holding JSON text");
            }
        }
    }

    /** The codec of json() attribute {@code attribute} of {@code model}: its values to JSON text and back. */
    public static ValueCodec attributeCodec(ModelDefinition model, Attribute attribute, Dialect dialect,
                                            JsonCodec codec) {
        return new JsonAttributeCodec(dialect.codec(attribute.type()), codec, model.name(), attribute);
    }

    /**
     * The codec reading a JSON column into {@code owner}'s {@code component} (a class that is no model's: raw SQL
     * results), of json() type {@code type}: as an attribute of that type is read. {@code codec} must not be null.
     */
    public static ValueCodec valueCodec(String owner, String component, DataType type, Dialect dialect,
                                        JsonCodec codec) {
        return new JsonAttributeCodec(dialect.codec(type), codec, owner, component, type);
    }

    private static boolean present() {
        try {
            Class.forName("com.fasterxml.jackson.databind.ObjectMapper", false, JsonSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
