package dev.junction.values;

import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.gt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Dates and times are kept for the years 1–9999 (UTC) on every database; anything outside is a
 * {@link ValidationException} before it is written (MariaDB and SQLite changed year 0 to 1, SQLite then failed every
 * read of the table, and {@code Instant.MAX} was a raw {@code DateTimeException}).
 */
class TemporalRangeTest {

    private static Model<Row> events(TestTarget target) {
        Junction db = target.open();
        Model<Row> events = db.define("Event", m -> m
                .attribute("day", DataType.date())
                .attribute("at", DataType.instant())
                .attribute("local", DataType.localDateTime())
                .attribute("offset", DataType.offsetDateTime())
                .timestamps(false));
        db.sync();
        return events;
    }

    @DialectTest
    void yearsOutside1To9999AreAValidationErrorWhileItsFirstAndLastDaysRoundTrip(TestTarget target) {
        Model<Row> events = events(target);

        List<Map<String, Object>> outside = List.of(
                Map.of("day", LocalDate.of(0, 6, 1)),
                Map.of("day", LocalDate.of(-100, 1, 1)),
                Map.of("day", LocalDate.of(10_000, 1, 1)),
                Map.of("local", LocalDateTime.of(0, 12, 31, 23, 0)),
                Map.of("at", Instant.MAX),
                Map.of("at", Instant.parse("0000-12-31T23:59:59.999999Z")),
                Map.of("offset", OffsetDateTime.of(9999, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-5))));

        for (Map<String, Object> values : outside) {
            Throwable thrown = catchThrowable(() -> events.create(new Row(values)));
            assertThat(thrown).as("%s", values).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("outside the years 1–9999 (UTC)");
        }
        Throwable inBulk = catchThrowable(() -> events.bulkCreate(List.of(Row.of("day", LocalDate.of(2026, 1, 1)),
                Row.of("day", LocalDate.of(0, 1, 1)))));
        assertThat(inBulk).isInstanceOf(ValidationException.class).hasMessageContaining("Event.day is 0000-01-01");
        assertThat(events.count(Where.all())).isZero();
        theFirstAndLastDaysOfTheRangeRoundTrip(events);
    }

    private static void theFirstAndLastDaysOfTheRangeRoundTrip(Model<Row> events) {
        Instant first = Instant.parse("0001-01-01T00:00:00Z");
        Instant last = Instant.parse("9999-12-31T23:59:59.999999Z");

        Row early = events.create(Row.of("day", LocalDate.of(1, 1, 1), "at", first,
                "local", LocalDateTime.of(1, 1, 1, 0, 0)));
        Row late = events.create(Row.of("day", LocalDate.of(9999, 12, 31), "at", last,
                "local", LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000)));

        Row readEarly = events.findByPk(early.get("id")).orElseThrow();
        Row readLate = events.findByPk(late.get("id")).orElseThrow();
        assertThat(readEarly.get("day")).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(readEarly.get("at")).isEqualTo(first);
        assertThat(readEarly.get("local")).isEqualTo(LocalDateTime.of(1, 1, 1, 0, 0));
        assertThat(readLate.get("day")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(readLate.get("at")).isEqualTo(last);
    }

    @DialectTest
    void anUpdateToAYearOutsideTheRangeLeavesTheRowReadable(TestTarget target) {
        Model<Row> events = events(target);
        Row event = events.create(Row.of("day", LocalDate.of(2026, 12, 3)));

        Throwable thrown = catchThrowable(() -> events.update(Map.of("day", LocalDate.of(0, 1, 1)),
                eq("id", event.get("id"))));

        assertThat(thrown).isInstanceOf(ValidationException.class).hasMessageContaining("Event.day");
        assertThat(events.findAll(Where.all())).extracting(r -> r.get("day"))
                .containsExactly(LocalDate.of(2026, 12, 3));
    }

    @DialectTest
    void aFilterOutsideTheRangeIsAValidationErrorNotARawDateTimeException(TestTarget target) {
        Model<Row> events = events(target);

        Throwable thrown = catchThrowable(() -> events.findAll(gt("at", Instant.MAX)));

        assertThat(thrown).isInstanceOf(ValidationException.class).hasMessageContaining("Event.at");
    }
}
