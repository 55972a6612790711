package dev.junction.internal.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junction.JsonCodec;
import java.lang.reflect.Type;

/**
 * The {@link JsonCodec} on a Jackson {@link ObjectMapper}. The only class that refers to Jackson, loaded only when
 * Jackson is on the classpath ({@link JsonSupport}). Thread-safe, as a configured ObjectMapper is.
 */
final class JacksonJsonCodec implements JsonCodec {
    /** Jackson's defaults: no modules (java.time values need the user's own mapper), unknown properties refused. */
    static final JacksonJsonCodec DEFAULT = new JacksonJsonCodec(new ObjectMapper());

    private final ObjectMapper mapper;

    JacksonJsonCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Whether {@code candidate} is an ObjectMapper. */
    static boolean isMapper(Object candidate) {
        return candidate instanceof ObjectMapper;
    }

    @Override
    public String write(Object value) throws Exception {
        return mapper.writeValueAsString(value);
    }

    @Override
    public Object read(String json, Type type) throws Exception {
        return mapper.readValue(json, mapper.getTypeFactory().constructType(type));
    }

    @Override
    public String toString() {
        return "Jackson " + mapper.version();
    }
}
