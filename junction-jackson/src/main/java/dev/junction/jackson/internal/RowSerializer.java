package dev.junction.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.junction.Row;
import java.io.IOException;

/**
 * A {@link Row} as a JSON object of its attributes, in attribute order (whatever the mapper does with maps), nulls
 * written, each value as the mapper writes its type. Thread-safe.
 */
public final class RowSerializer extends StdSerializer<Row> {
    private static final long serialVersionUID = 1L;

    public RowSerializer() {
        super(Row.class);
    }

    @Override
    public void serialize(Row row, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(row);
        InstanceFields.writeRow(row, gen, provider);
        gen.writeEndObject();
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Row row) {
        return row.isEmpty();
    }
}
