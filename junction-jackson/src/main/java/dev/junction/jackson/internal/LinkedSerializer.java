package dev.junction.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.junction.Row;
import dev.junction.association.Linked;
import java.io.IOException;

/**
 * A {@link Linked} as Sequelize writes a belongsToMany target: the target's properties, then its join row under the
 * join model's name ({@code "UserFavorites": {"UserId": 1, "ShowId": 2, "rating": 5}}). Thread-safe.
 */
public final class LinkedSerializer extends StdSerializer<Linked<?>> {
    private static final long serialVersionUID = 1L;

    public LinkedSerializer() {
        super(Linked.class, false);
    }

    @Override
    public void serialize(Linked<?> linked, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(linked);
        InstanceFields.write(linked.target(), gen, provider);
        writeThrough(linked.throughModel(), linked.through(), gen, provider);
        gen.writeEndObject();
    }

    /**
     * The join row under the join model's name; none when the include loaded no join attribute
     * ({@code throughAttributes()}), as Sequelize leaves the key out for {@code through: { attributes: [] }}.
     */
    static void writeThrough(String throughModel, Row through, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
        if (through == null || through.isEmpty()) return;
        if (throughModel == null) {
            throw JsonMappingException.from(gen, "Cannot write a Linked without its join model's name (the key its"
                    + " join row goes under): read links with getLinked or an include, which name it");
        }
        gen.writeFieldName(throughModel);
        gen.writeStartObject(through);
        InstanceFields.writeRow(through, gen, provider);
        gen.writeEndObject();
    }
}
