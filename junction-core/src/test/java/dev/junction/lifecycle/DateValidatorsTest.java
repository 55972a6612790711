package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.ValidationException;
import dev.junction.ValidationException.Failure;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.time.LocalDate;

/** min/max over dates and instants: a bound of the attribute's own type, inclusive. */
class DateValidatorsTest {
    record Certificate(Long id, LocalDate expires, Instant issued) { }

    private static final LocalDate SEASON_START = LocalDate.of(2026, 5, 1);
    private static final Instant CUTOFF = Instant.parse("2026-12-31T23:59:59Z");

    private static Model<Certificate> certificates(Junction db) {
        Model<Certificate> certificates = db.define(Certificate.class, m -> m
                .attribute("expires", a -> a.min(SEASON_START))
                .attribute("issued", a -> a.max(CUTOFF)));
        db.sync();
        return certificates;
    }

    @DialectTest
    void datesWithinTheirBoundsAreStored(TestTarget target) {
        Junction db = target.open();
        Model<Certificate> certificates = certificates(db);
        Certificate created = certificates.create(new Certificate(null, SEASON_START, CUTOFF));
        assertThat(certificates.findByPk(created.id())).contains(created);
    }

    @DialectTest
    void datesOutsideTheirBoundsAreRejected(TestTarget target) {
        Junction db = target.open();
        Model<Certificate> certificates = certificates(db);
        assertThatThrownBy(() -> certificates.create(new Certificate(null, SEASON_START.minusDays(1),
                CUTOFF.plusSeconds(1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.failures())
                        .extracting(Failure::attribute, Failure::rule)
                        .containsExactly(tuple("expires", "min"), tuple("issued", "max")));
        assertThat(certificates.count()).isZero();
    }

    @DialectTest
    void aBoundOfAnotherTypeIsADefinitionError(TestTarget target) {
        Junction db = target.open();
        assertThatThrownBy(() -> db.define(Certificate.class, m -> m.attribute("expires", a -> a.min(CUTOFF))))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Certificate").hasMessageContaining("'expires'")
                .hasMessageContaining("min(Instant)");
    }
}
