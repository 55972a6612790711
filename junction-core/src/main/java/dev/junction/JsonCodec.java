package dev.junction;

import dev.junction.internal.json.JsonSupport;
import java.lang.reflect.Type;

/**
 * Writes the values of {@link dev.junction.schema.DataType#json()} attributes as JSON text and reads them back. By
 * default Junction uses Jackson's {@code ObjectMapper} when {@code jackson-databind} is on the classpath; give your
 * own with {@link JunctionConfig.Builder#jsonCodec} — {@link #jackson(Object)} wraps a configured
 * {@code ObjectMapper}, and any other JSON library fits these two methods. Implementations must be thread-safe.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
 * Junction db = Junction.open(JunctionConfig.builder().url(url).jsonCodec(JsonCodec.jackson(mapper)).build());
 * }</pre>
 */
public interface JsonCodec {

    /** {@code value} (a Map, List, String, number, Boolean, record or bean; never null) as JSON text. */
    String write(Object value) throws Exception;

    /** {@code json} as a value of {@code type} ({@code Object.class}: maps, lists, strings, numbers, booleans). */
    Object read(String json, Type type) throws Exception;

    /**
     * A codec on a Jackson {@code com.fasterxml.jackson.databind.ObjectMapper}, typed {@code Object} so that
     * Junction's API names no Jackson class.
     *
     * @throws DefinitionException when {@code objectMapper} is not an {@code ObjectMapper}, or Jackson is absent
     */
    static JsonCodec jackson(Object objectMapper) {
        return JsonSupport.jackson(objectMapper);
    }
}
