package dev.junction.crud;

import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.gt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.ConnectionException;
import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.Model;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

class SecretsAndTextValuesTest {
    record Shift(Long id, LocalDate day, Instant startsAt) { }

    /** An unreachable database of the target's kind, with a password in its URL. */
    private static String unreachableWithPassword(TestTarget target) throws IOException {
        Path file = Files.createTempFile("not-a-dir", ".txt");
        return switch (target.backend()) {
            case H2 -> "jdbc:h2:file:" + file + "/db;PASSWORD=s3cret";
            case SQLITE -> "jdbc:sqlite:" + file + "/db?password=s3cret";
            case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:1/test?user=x&password=s3cret";
            case MARIADB -> "jdbc:mariadb://127.0.0.1:1/test?user=x&password=s3cret";
        };
    }

    @DialectTest
    void aPasswordInTheUrlNeverAppearsInTheError(TestTarget target) throws IOException {
        String url = unreachableWithPassword(target);
        Throwable error = catchThrowable(() -> Junction.open(JunctionConfig.builder().url(url).build()).close());
        assertThat(error).isInstanceOf(ConnectionException.class);
        assertThat(error.getMessage()).doesNotContain("s3cret").contains(target.backend().displayName());
    }

    @DialectTest
    void isoTextFiltersDateAndTimeAttributes(TestTarget target) {
        Junction db = target.open();
        Model<Shift> shifts = db.define(Shift.class, m -> m.timestamps(false));
        db.sync();
        shifts.create(new Shift(null, LocalDate.parse("2024-03-01"), Instant.parse("2024-03-01T08:00:00Z")));
        shifts.create(new Shift(null, LocalDate.parse("2024-03-02"), Instant.parse("2024-03-02T08:00:00Z")));
        assertThat(shifts.findAll(eq("day", "2024-03-01"))).hasSize(1);
        assertThat(shifts.findAll(gt("startsAt", "2024-03-01T12:00:00Z"))).extracting(Shift::day)
                .containsExactly(LocalDate.parse("2024-03-02"));
        assertThat(shifts.findAll(gt("startsAt", "2024-03-01 07:00:00"))).hasSize(2);
    }
}
