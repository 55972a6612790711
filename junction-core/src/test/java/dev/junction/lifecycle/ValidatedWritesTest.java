package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.ValidationException;
import dev.junction.ValidationException.Failure;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/** Model-wide validators, and validation on update and bulkCreate: nothing is written when a rule fails. */
class ValidatedWritesTest {
    record Shift(Long id, String lifeguard, Integer starts, Integer ends) { }

    private static Model<Shift> shifts(Junction db) {
        Model<Shift> shifts = db.define(Shift.class, m -> m
                .attribute("lifeguard", a -> a.notEmpty().len(2, 20))
                .attribute("starts", a -> a.min(0))
                .validate("endsAfterStarts", v -> v.get("ends") == null || v.get("starts") == null
                        || (Integer) v.get("ends") > (Integer) v.get("starts")));
        db.sync();
        return shifts;
    }

    @DialectTest
    void aModelRuleSeesSeveralAttributes(TestTarget target) {
        Junction db = target.open();
        Model<Shift> shifts = shifts(db);
        assertThat(shifts.create(new Shift(null, "Mo", 8, 12)).id()).isNotNull();
        assertThatThrownBy(() -> shifts.create(new Shift(null, "Mo", 12, 8)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.failures()).extracting(Failure::attribute, Failure::rule)
                            .containsExactly(tuple(null, "endsAfterStarts"));
                    assertThat(e.getMessage()).contains("Shift", "endsAfterStarts");
                });
        assertThat(shifts.count()).isEqualTo(1);
    }

    @DialectTest
    void attributeAndModelFailuresAreReportedTogether(TestTarget target) {
        Junction db = target.open();
        Model<Shift> shifts = shifts(db);
        assertThatThrownBy(() -> shifts.create(new Shift(null, "M", -1, -2)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.failures())
                        .extracting(Failure::attribute, Failure::rule).containsExactly(
                                tuple("lifeguard", "len"), tuple("starts", "min"), tuple(null, "endsAfterStarts")));
        assertThat(shifts.count()).isZero();
    }

    @DialectTest
    void updateValidatesTheValuesItWrites(TestTarget target) {
        Junction db = target.open();
        Model<Shift> shifts = shifts(db);
        Shift saved = shifts.create(new Shift(null, "Mo", 8, 12));
        assertThatThrownBy(() -> shifts.update(new Shift(saved.id(), "", 8, 12)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.failures())
                        .extracting(Failure::rule).containsExactly("notEmpty", "len"));
        assertThatThrownBy(() -> shifts.update(new Shift(saved.id(), "Mo", 14, 12)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.failures())
                        .extracting(Failure::rule).containsExactly("endsAfterStarts"));
        assertThatThrownBy(() -> shifts.update(Map.of("starts", -3), Where.eq("id", saved.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.failures())
                        .extracting(Failure::attribute, Failure::rule).containsExactly(tuple("starts", "min")));
        assertThat(shifts.findByPk(saved.id())).contains(saved);
        assertThat(shifts.update(new Shift(saved.id(), "Jo", 9, 12)).lifeguard()).isEqualTo("Jo");
        assertThat(shifts.findByPk(saved.id()).orElseThrow().starts()).isEqualTo(9);
    }

    @DialectTest
    void bulkCreateNamesEveryFailingRowAndWritesNothing(TestTarget target) {
        Junction db = target.open();
        Model<Shift> shifts = shifts(db);
        List<Shift> batch = List.of(new Shift(null, "Mo", 8, 12), new Shift(null, "Jo", 9, 10),
                new Shift(null, "X", 8, 12), new Shift(null, "Al", 12, 8));
        assertThatThrownBy(() -> shifts.bulkCreate(batch))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.failures()).extracting(Failure::row, Failure::rule)
                            .containsExactly(tuple(2, "len"), tuple(3, "endsAfterStarts"));
                    assertThat(e.getMessage()).contains("row 2", "row 3");
                });
        assertThat(shifts.count()).isZero();
        assertThat(shifts.bulkCreate(batch.subList(0, 2))).hasSize(2);
        assertThat(shifts.count()).isEqualTo(2);
    }
}
