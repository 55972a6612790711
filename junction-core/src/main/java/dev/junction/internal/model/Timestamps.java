package dev.junction.internal.model;

import dev.junction.schema.Attribute;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The value of a createdAt/updatedAt attribute for a moment, in the attribute's own type, to the microsecond. */
public final class Timestamps {
    private Timestamps() {
    }

    public static Object of(Attribute attribute, Instant now) {
        Instant micros = now.truncatedTo(ChronoUnit.MICROS);
        return switch (attribute.type().kind()) {
            case OFFSET_DATE_TIME -> micros.atOffset(ZoneOffset.UTC);
            case LOCAL_DATE_TIME -> LocalDateTime.ofInstant(micros, ZoneOffset.UTC);
            default -> micros;
        };
    }
}
