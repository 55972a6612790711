package dev.junction.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.util.NameTransformer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.junction.Row;
import java.io.IOException;
import java.util.Map;

/**
 * Writes an instance's own properties as fields of an object already started, so its includes (or its join row) can
 * follow in the same object, as Sequelize's {@code toJSON} puts them.
 */
final class InstanceFields {
    private InstanceFields() {
    }

    /**
     * The instance's fields: a {@link Row}'s attributes in order; a record's or POJO's properties as the mapper
     * writes them (annotations, mix-ins and naming strategy included, through Jackson's unwrapping serializer);
     * anything else the mapper writes as a JSON object, field by field.
     */
    static void write(Object instance, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (instance instanceof Row row) {
            writeRow(row, gen, provider);
            return;
        }
        JsonSerializer<Object> serializer = provider.findValueSerializer(instance.getClass(), null);
        JsonSerializer<Object> unwrapping = serializer.unwrappingSerializer(NameTransformer.NOP);
        if (unwrapping != null && unwrapping.isUnwrappingSerializer()) {
            unwrapping.serialize(instance, gen, provider);
            return;
        }
        copyObjectFields(instance, serializer, gen, provider);
    }

    /** Every attribute of the row, nulls included, in the row's order. */
    static void writeRow(Row row, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (Map.Entry<String, Object> entry : row.entrySet()) {
            provider.defaultSerializeField(entry.getKey(), entry.getValue(), gen);
        }
    }

    /** A serializer that cannot unwrap (a custom one, {@code @JsonValue}): its object, written out field by field. */
    private static void copyObjectFields(Object instance, JsonSerializer<Object> serializer, JsonGenerator gen,
                                         SerializerProvider provider) throws IOException {
        TokenBuffer buffer = provider.bufferForValueConversion(gen.getCodec());
        serializer.serialize(instance, buffer, provider);
        try (JsonParser fields = buffer.asParser()) {
            if (fields.nextToken() != JsonToken.START_OBJECT) {
                throw JsonMappingException.from(gen, "Cannot write " + instance.getClass().getName()
                        + " with its includes: the mapper writes it as " + fields.currentToken()
                        + ", not as a JSON object its associations could be added to");
            }
            while (fields.nextToken() == JsonToken.FIELD_NAME) {
                gen.writeFieldName(fields.currentName());
                fields.nextToken();
                gen.copyCurrentStructure(fields);
            }
        }
    }
}
