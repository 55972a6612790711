package dev.junction.lifecycle.internal;

import dev.junction.lifecycle.AttributeRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * Bean Validation's {@code @Past}, {@code @PastOrPresent}, {@code @Future} and {@code @FutureOrPresent} as rules
 * judged against the clock when the value is written: an {@code Instant} or {@code OffsetDateTime} against the
 * current instant, a {@code LocalDateTime} or {@code LocalDate} against the JVM's default time zone's, as a
 * {@code Validator}'s default clock judges them. Stateless.
 */
final class TimeRules {
    private TimeRules() {
    }

    /** The rule of the annotation called {@code annotation} ({@code "Past"} …). */
    static AttributeRule of(String annotation) {
        String name = Character.toLowerCase(annotation.charAt(0)) + annotation.substring(1);
        return switch (annotation) {
            case "Past" -> JakartaRules.rule(name, "must be in the past", v -> compare(v) < 0);
            case "PastOrPresent" -> JakartaRules.rule(name, "must be in the past or now", v -> compare(v) <= 0);
            case "Future" -> JakartaRules.rule(name, "must be in the future", v -> compare(v) > 0);
            default -> JakartaRules.rule(name, "must be in the future or now", v -> compare(v) >= 0);
        };
    }

    /** The value compared with now (a type without a clock reading fails the rule by throwing). */
    private static int compare(Object value) {
        if (value instanceof Instant i) return i.compareTo(Instant.now());
        if (value instanceof OffsetDateTime o) return o.toInstant().compareTo(Instant.now());
        if (value instanceof LocalDateTime l) return l.compareTo(LocalDateTime.now());
        if (value instanceof LocalDate d) return d.compareTo(LocalDate.now());
        throw new IllegalArgumentException("no clock reading for " + value.getClass().getSimpleName());
    }
}
