package dev.junction.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.ValidationException;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;

/** The README's "Validation" example, as written there, on every database. */
class ReadmeValidationTest {
    record Shift(Long id, String lifeguard, String email, Integer hours, Instant starts, Instant ends) { }

    @DialectTest
    void theValidationExample(TestTarget target) {
        Junction db = target.open();
        Instant eight = Instant.parse("2026-07-01T08:00:00Z");
        Instant nine = Instant.parse("2026-07-01T09:00:00Z");
        Model<Shift> shifts = db.define(Shift.class, m -> m
                .attribute("lifeguard", a -> a.notEmpty().len(2, 40))
                .attribute("email", a -> a.isEmail())
                .attribute("hours", a -> a.min(1).max(12))
                .validate("endsAfterStarts", v -> ((Instant) v.get("ends")).isAfter((Instant) v.get("starts"))));
        db.sync();
        assertThatThrownBy(() -> shifts.create(new Shift(null, "Mo", "not-an-email", 0, nine, eight)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Validation failed for Shift: Shift.email must be an email address (isEmail), was"
                        + " 'not-an-email'; Shift.hours must be at least 1 (min), was 0; Shift fails validator"
                        + " 'endsAfterStarts'");
        assertThat(shifts.count()).isZero();
        assertThat(shifts.create(new Shift(null, "Mo", "mo@example.org", 4, eight, nine)).id()).isNotNull();
    }
}
