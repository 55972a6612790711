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
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Jakarta Bean Validation constraints on record components and POJO fields are read into Junction's validators:
 * the same ValidationException, the same messages, the annotation's own message when it gives one.
 */
class JakartaAnnotationsTest {
    record Lifeguard(Long id,
                     @NotBlank @Size(min = 2, max = 20) String name,
                     @Email String email,
                     @Pattern(regexp = "[A-Z]{2}-\\d+", message = "is a badge like AB-12, not {regexp}") String badge,
                     @Min(16) @Max(70) Integer age,
                     @DecimalMin(value = "0", inclusive = false) @DecimalMax("40.5") @Digits(integer = 2, fraction = 1)
                     BigDecimal hours,
                     @Positive Long shifts,
                     @PositiveOrZero Integer rescues,
                     @Past LocalDate born,
                     @Future LocalDate certifiedUntil,
                     @AssertTrue Boolean swims,
                     @NotEmpty String motto) {
        static Lifeguard good() {
            return new Lifeguard(null, "Mo", "mo@example.org", "AB-12", 30, new BigDecimal("12.5"), 3L, 0,
                    LocalDate.of(1990, 1, 1), LocalDate.now().plusYears(1), true, " ");
        }
    }

    /** A POJO: constraints on fields are read the same way. */
    public static class Buoy {
        public Long id;
        @NotNull @Size(max = 5)
        public String label;
        @Min(value = 1, message = "must be numbered from {value}")
        public Integer number;
    }

    @DialectTest
    void aValidRecordIsStoredAndEveryBrokenConstraintIsReportedInOneException(TestTarget target) {
        Junction db = target.open();
        Model<Lifeguard> guards = db.define(Lifeguard.class);
        db.sync();
        Lifeguard good = Lifeguard.good();
        assertThat(guards.create(good).id()).isNotNull();
        Lifeguard bad = new Lifeguard(null, " ", "not-an-email", "ab-12x", 15, new BigDecimal("41.25"), 0L, -1,
                LocalDate.now().plusDays(1), LocalDate.now().minusDays(1), false, "");

        assertThatThrownBy(() -> guards.create(bad)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.failures()).extracting(Failure::attribute, Failure::rule).containsExactly(
                    tuple("name", "notEmpty"), tuple("name", "len"), tuple("email", "isEmail"),
                    tuple("badge", "pattern"), tuple("age", "min"), tuple("hours", "max"), tuple("hours", "digits"),
                    tuple("shifts", "positive"), tuple("rescues", "positiveOrZero"), tuple("born", "past"),
                    tuple("certifiedUntil", "future"), tuple("swims", "assertTrue"), tuple("motto", "len"));
            assertThat(e.getMessage()).contains("Lifeguard.email must be an email address (isEmail), was"
                    + " 'not-an-email'", "Lifeguard.badge is a badge like AB-12, not [A-Z]{2}-\\d+ (pattern),"
                    + " was 'ab-12x'", "Lifeguard.age must be at least 16 (min), was 15",
                    "Lifeguard.motto must not be empty (len)");
        });
        assertThat(guards.count()).isEqualTo(1);
    }

    @DialectTest
    void patternMatchesTheWholeTextAndBoundsAreExclusiveWhenSaid(TestTarget target) {
        Junction db = target.open();
        Model<Lifeguard> guards = db.define(Lifeguard.class);
        db.sync();
        Lifeguard g = Lifeguard.good();
        Lifeguard longer = new Lifeguard(null, g.name(), g.email(), "xAB-12", g.age(), BigDecimal.ZERO, g.shifts(),
                g.rescues(), g.born(), g.certifiedUntil(), g.swims(), g.motto());
        assertThatThrownBy(() -> guards.create(longer)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.failures()).extracting(Failure::attribute, Failure::rule)
                        .containsExactly(tuple("badge", "pattern"), tuple("hours", "min")));
        assertThat(guards.count()).isZero();
    }

    @DialectTest
    void notNullAndNotBlankMakeTheAttributeRequired(TestTarget target) {
        Junction db = target.open();
        Model<Lifeguard> guards = db.define(Lifeguard.class);
        assertThat(guards.definition().attribute("name").orElseThrow().allowNull()).isFalse();
        assertThat(guards.definition().attribute("motto").orElseThrow().allowNull()).isFalse();
        assertThat(guards.definition().attribute("email").orElseThrow().allowNull()).isTrue();
        db.sync();
        Lifeguard g = Lifeguard.good();
        assertThatThrownBy(() -> guards.create(new Lifeguard(null, null, null, null, null, null, null, null, null,
                null, null, g.motto()))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Lifeguard.name cannot be null");
        Lifeguard nulls = new Lifeguard(null, "Mo", null, null, null, null, null, null, null, null, null, "-");
        assertThat(guards.create(nulls).id()).as("other constraints skip nulls").isNotNull();
    }

    @DialectTest
    void fieldsOfAPojoAreReadAndTheAnnotationsMessageIsInterpolated(TestTarget target) {
        Junction db = target.open();
        Model<Buoy> buoys = db.define(Buoy.class);
        db.sync();
        Buoy buoy = new Buoy();
        buoy.label = "north-1";
        buoy.number = 0;
        assertThatThrownBy(() -> buoys.create(buoy)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.failures()).extracting(Failure::attribute, Failure::rule)
                    .containsExactly(tuple("label", "len"), tuple("number", "min"));
            assertThat(e.getMessage()).contains("Buoy.number must be numbered from 1 (min), was 0");
        });
        buoy.label = null;
        assertThatThrownBy(() -> buoys.create(buoy)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Buoy.label cannot be null");
        buoy.label = "N1";
        buoy.number = 1;
        assertThat(buoys.create(buoy).id).isNotNull();
        assertThat(buoys.count()).isEqualTo(1);
    }

    @DialectTest
    void bulkCreateAndUpdateRunTheAnnotationsToo(TestTarget target) {
        Junction db = target.open();
        Model<Lifeguard> guards = db.define(Lifeguard.class);
        db.sync();
        Lifeguard g = guards.create(Lifeguard.good());
        Lifeguard renamed = new Lifeguard(g.id(), "M", g.email(), g.badge(), g.age(), g.hours(), g.shifts(),
                g.rescues(), g.born(), g.certifiedUntil(), g.swims(), g.motto());
        assertThatThrownBy(() -> guards.update(renamed)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.failures()).extracting(Failure::rule).containsExactly("len"));
        assertThatThrownBy(() -> guards.bulkCreate(List.of(Lifeguard.good(), renamed)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.failures())
                        .extracting(Failure::row, Failure::rule).containsExactly(tuple(1, "len")));
        assertThat(guards.findByPk(g.id()).orElseThrow().name()).isEqualTo("Mo");
        assertThat(guards.count()).isEqualTo(1);
    }

    /** A custom constraint Junction cannot run. */
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Lifeguarding {
        String message() default "not a lifeguard";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    record Volunteer(Long id, @Lifeguarding String name) { }

    @Lifeguarding
    record Crew(Long id, String name) { }

    record Counted(Long id, @Size(max = 3) Integer count) { }

    record Stamped(Long id, @Past String day) { }

    @DialectTest
    void aConstraintJunctionCannotRunIsRefusedAtDefine(TestTarget target) {
        Junction db = target.open();
        assertThatThrownBy(() -> db.define(Volunteer.class)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Model Volunteer: attribute 'name' has @")
                .hasMessageContaining("Lifeguarding, a Bean Validation constraint Junction does not run")
                .hasMessageContaining("a.validate(");
        assertThatThrownBy(() -> db.define(Crew.class)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Model Crew: class Crew has @Lifeguarding")
                .hasMessageContaining("ModelSpec.validate");
    }

    @DialectTest
    void aConstraintOnAPropertyOfTheWrongTypeIsRefusedAtDefine(TestTarget target) {
        Junction db = target.open();
        assertThatThrownBy(() -> db.define(Counted.class)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Model Counted: attribute 'count': @Size applies to text, not to Integer");
        assertThatThrownBy(() -> db.define(Stamped.class)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("@Past applies to dates and times, not to String");
    }

    /** Only the default group is read, as a Validator validates by default. */
    interface Strict { }

    record Grouped(Long id, @Size(min = 3, groups = Strict.class) String name) { }

    @DialectTest
    void constraintsOfOtherGroupsAreNotRun(TestTarget target) {
        Junction db = target.open();
        Model<Grouped> grouped = db.define(Grouped.class);
        db.sync();
        assertThat(grouped.create(new Grouped(null, "a")).id()).isNotNull();
    }
}
