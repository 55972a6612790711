package dev.junction.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.junction.Junction;
import dev.junction.ValidationException;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** A seeded value no database would keep as given is refused like any other write, naming entry and column. */
class SeedValueLimitsTest {
    @TempDir
    Path seeders;

    @DialectTest
    void aDecimalBeyondItsPrecisionNamesItsColumnAndNothingIsWritten(TestTarget target) throws Exception {
        Junction db = Town.open(target);
        Town.write(seeders, "01-shows.yaml", """
                Show:
                  - { title: Dune, rating: 8.25 }
                  - { title: Heat, rating: 123.4 }
                """);

        SeedException e = catchThrowableOfType(SeedException.class, () -> Seeder.of(db, seeders).applyPending());

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("rating");
        assertThat(e.getMessage()).contains("Show.rating is 123.4, with 3 digits before the point");
        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        assertThat(Town.counts(target).get("Shows")).isZero();
    }
}
