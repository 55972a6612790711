package dev.junction.jackson;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.cfg.MutableConfigOverride;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.junction.Row;
import dev.junction.association.Linked;
import dev.junction.jackson.internal.LinkedSerializer;
import dev.junction.jackson.internal.LoadedSerializer;
import dev.junction.jackson.internal.RowSerializer;
import dev.junction.query.Loaded;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Writes what Junction reads as JSON, the way Sequelize's {@code toJSON()} writes an instance fetched with
 * {@code include}:
 * <ul>
 *   <li>a {@link Loaded} is the instance's properties (as Jackson writes the record or POJO, or the {@link Row}'s
 *       values), then each included association under its alias — a to-one as an object or {@code null}, a to-many
 *       as an array, nested includes within; an association that was not included is left out;</li>
 *   <li>a {@link Linked} (a belongsToMany target) is the target's properties with its join row under the join
 *       model's name:
 *       {@code {"id": 1, "title": "Dune", "UserFavorites": {"UserId": 1, "ShowId": 1, "rating": 5}}};</li>
 *   <li>a {@link Row} is its attributes in attribute order;</li>
 *   <li>{@code Instant}, {@code LocalDate} and the other {@code java.time} values are ISO-8601 text
 *       ({@code "2026-07-05T09:30:00Z"}), as Sequelize's JSON dates are, even where the mapper writes other dates as
 *       timestamps: the module registers Jackson's {@link JavaTimeModule} and asks for the text form of these types
 *       unless the mapper already chose a format for them.</li>
 * </ul>
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new JunctionModule());
 * // or mapper.findAndRegisterModules(), or Spring Boot, which registers every Module bean
 * String json = mapper.writeValueAsString(users.findAll(Query.all(), include(favorites)));
 * }</pre>
 *
 * Writing only: Junction's types are read from the database, never from JSON. Thread-safe; one instance may be
 * registered with many mappers.
 */
public final class JunctionModule extends Module {
    private static final List<Class<?>> TEXT_DATES = List.of(Instant.class, OffsetDateTime.class,
            ZonedDateTime.class, LocalDateTime.class, LocalDate.class, LocalTime.class, OffsetTime.class,
            YearMonth.class);

    @Override
    public String getModuleName() {
        return "junction";
    }

    @Override
    public Version version() {
        return new Version(0, 1, 0, "SNAPSHOT", "dev.junction", "junction-jackson");
    }

    /** Jackson's Java time module, registered first (once per mapper, however many modules ask for it). */
    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule());
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer((Class) Loaded.class, new LoadedSerializer());
        serializers.addSerializer((Class) Linked.class, new LinkedSerializer());
        serializers.addSerializer(Row.class, new RowSerializer());
        context.addSerializers(serializers);
        for (Class<?> type : TEXT_DATES) {
            MutableConfigOverride override = context.configOverride(type);
            JsonFormat.Value format = override.getFormat();
            if (format == null) {
                override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
            } else if (format.getShape() == JsonFormat.Shape.ANY) {
                override.setFormat(format.withShape(JsonFormat.Shape.STRING));
            }
        }
    }
}
