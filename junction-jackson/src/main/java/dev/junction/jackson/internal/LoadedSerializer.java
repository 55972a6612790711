package dev.junction.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.junction.association.Association;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Linked;
import dev.junction.query.Loaded;
import java.io.IOException;
import java.util.List;

/**
 * A {@link Loaded} as Sequelize's {@code toJSON} writes an instance fetched with {@code include}: the instance's
 * properties, then each loaded association under its alias in include order — a to-one as an object or
 * {@code null}, a to-many as an array (empty when nothing was found), a belongsToMany target with its join row
 * under the join model's name — with nested includes inside; then the count of each count-only include, a number
 * under the alias and {@code Count} ({@code "FavoritesCount": 3}). Associations not included are left out.
 * Thread-safe.
 */
public final class LoadedSerializer extends StdSerializer<Loaded<?>> {
    private static final long serialVersionUID = 1L;

    public LoadedSerializer() {
        super(Loaded.class, false);
    }

    @Override
    public void serialize(Loaded<?> loaded, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(loaded.get());
        InstanceFields.write(loaded.get(), gen, provider);
        writeIncludes(loaded, gen, provider);
        gen.writeEndObject();
    }

    private void writeIncludes(Loaded<?> loaded, JsonGenerator gen, SerializerProvider provider) throws IOException {
        Loaded<Object> source = cast(loaded);
        for (Association<Object, ?> association : source.loadedAssociations()) {
            writeInclude(source, association, gen, provider);
        }
        for (Association<Object, ?> association : source.countedAssociations()) {
            gen.writeNumberField(countField(association), source.count(association));
        }
    }

    /** The key of a count-only include's count: the alias and {@code Count}, {@code "FavoritesCount"}. */
    static String countField(Association<?, ?> association) {
        return association.as() + "Count";
    }

    private <U> void writeInclude(Loaded<Object> source, Association<Object, U> association, JsonGenerator gen,
                                  SerializerProvider provider) throws IOException {
        List<Loaded<U>> targets = source.loaded(association);
        gen.writeFieldName(association.as());
        switch (association.kind()) {
            case BELONGS_TO, HAS_ONE -> {
                if (targets.isEmpty()) gen.writeNull();
                else serialize(targets.get(0), gen, provider);
            }
            case HAS_MANY -> {
                gen.writeStartArray(targets, targets.size());
                for (Loaded<U> target : targets) serialize(target, gen, provider);
                gen.writeEndArray();
            }
            case BELONGS_TO_MANY -> {
                List<Linked<U>> links = source.linked((BelongsToMany<Object, U>) association);
                gen.writeStartArray(targets, targets.size());
                for (int i = 0; i < targets.size(); i++) {
                    Loaded<U> target = targets.get(i);
                    Linked<U> link = links.get(i);
                    gen.writeStartObject(target.get());
                    InstanceFields.write(target.get(), gen, provider);
                    writeIncludes(target, gen, provider);
                    LinkedSerializer.writeThrough(link.throughModel(), link.through(), gen, provider);
                    gen.writeEndObject();
                }
                gen.writeEndArray();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Loaded<Object> cast(Loaded<?> loaded) {
        return (Loaded<Object>) loaded;
    }
}
