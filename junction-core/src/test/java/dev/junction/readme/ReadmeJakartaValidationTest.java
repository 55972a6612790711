package dev.junction.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.ValidationException;
import dev.junction.lifecycle.AttributeRule;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The README's Jakarta Bean Validation example and its describedAs sentence, as written there, on every database. */
class ReadmeJakartaValidationTest {
    record Lifeguard(Long id, @NotBlank @Size(max = 40) String name, @Email String email,
                     @Min(16) @Max(70) Integer age, @Future LocalDate certifiedUntil) { }

    @DialectTest
    void theJakartaExample(TestTarget target) {
        Junction db = target.open();
        Model<Lifeguard> guards = db.define(Lifeguard.class);
        db.sync();
        assertThat(guards.definition().attribute("name").orElseThrow().allowNull()).isFalse();
        assertThat(guards.definition().attribute("name").orElseThrow().rules()).extracting(AttributeRule::name)
                .containsExactly("notEmpty", "len");
        assertThatThrownBy(() -> guards.create(new Lifeguard(null, "Mo", "mo@example.org", 15,
                LocalDate.now().plusYears(1)))).isInstanceOf(ValidationException.class)
                .hasMessage("Validation failed for Lifeguard: Lifeguard.age must be at least 16 (min), was 15");
        assertThat(guards.count()).isZero();
    }

    @DialectTest
    void describedAsWordsTheFailure(TestTarget target) {
        Junction db = target.open();
        Model<dev.junction.Row> roles = db.define("Participation", m -> m.attribute("role", DataType.string(50),
                a -> a.validate(AttributeRule.len(2, 50).describedAs("needs 2 to 50 letters"))));
        db.sync();
        assertThatThrownBy(() -> roles.create(dev.junction.Row.of("role", ""))).isInstanceOf(ValidationException.class)
                .hasMessage("Validation failed for Participation: Participation.role needs 2 to 50 letters (len),"
                        + " was ''");
    }
}
