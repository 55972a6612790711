package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.ValidationException;
import dev.junction.ValidationException.Failure;
import dev.junction.seed.SeedException;
import dev.junction.seed.SeedFile;
import dev.junction.seed.Seeder;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seed entry that breaks a validator is a SeedException naming file, line, model, entry, the column as written,
 * rule and message; nothing of the file is written, and it stays pending.
 */
class SeedValidationTest {
    @TempDir
    Path seeders;

    record Lifeguard(Long id, String name, String email, Integer age) { }

    record Beach(Long id, @Size(min = 3) String name) { }

    private Junction db;
    private Model<Lifeguard> guards;
    private Model<Beach> beaches;

    private void open(TestTarget target) {
        db = target.open();
        guards = db.define(Lifeguard.class, m -> m
                .attribute("email", a -> a.isEmail())
                .attribute("age", a -> a.min(16))
                .validate("adultsNamed", v -> v.get("age") == null || (Integer) v.get("age") < 18
                        || v.get("name") != null));
        beaches = db.define(Beach.class);
        db.sync();
    }

    /** Applies {@code text} as 01-bad.yaml; returns the error, having checked that nothing of it was written. */
    private SeedException refused(String text) throws IOException {
        Files.writeString(seeders.resolve("01-bad.yaml"), text);
        Seeder seeder = Seeder.of(db, seeders);
        SeedException e = catchThrowableOfType(SeedException.class, seeder::applyPending);
        assertThat(e).as("a SeedException").isNotNull();
        assertThat(guards.count()).isZero();
        assertThat(beaches.count()).isZero();
        assertThat(seeder.status()).extracting(SeedFile::applied).containsExactly(false);
        assertThat(e.file()).isEqualTo("01-bad.yaml");
        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        return e;
    }

    @DialectTest
    void aBrokenRuleNamesFileLineEntryColumnRuleAndMessage(TestTarget target) throws IOException {
        open(target);
        SeedException e = refused("""
                Beach: [{ name: North Beach }]
                Lifeguard:
                  - { name: Mo, email: mo@example.org, age: 30 }
                  - name: Jo
                    email: jo-at-example
                    age: 20
                """);
        assertThat(e.getMessage()).isEqualTo("Seed file 01-bad.yaml, line 5 (Lifeguard entry 2), column email:"
                + " Validation failed for Lifeguard: Lifeguard.email must be an email address (isEmail), was"
                + " 'jo-at-example'");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.model()).isEqualTo("Lifeguard");
        assertThat(e.column()).isEqualTo("email");
        assertThat(e.failures()).extracting(Failure::attribute, Failure::rule, Failure::value, Failure::row)
                .containsExactly(tuple("email", "isEmail", "jo-at-example", -1));
    }

    @DialectTest
    void everyBrokenRuleOfTheEntryIsNamedAtTheLineOfTheFirst(TestTarget target) throws IOException {
        open(target);
        SeedException e = refused("""
                Lifeguard:
                  - { name: Mo, email: mo@example.org, age: 30 }
                  - { name: Al, email: al@example.org, age: 31 }
                  - { name: Jo,
                      email: jo-at-example,
                      age: 12 }
                  - { name: Bo, email: bo@example, age: 3 }
                """);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo("email, age");
        assertThat(e.getMessage()).startsWith("Seed file 01-bad.yaml, line 5 (Lifeguard entry 3), column email,"
                + " age: Validation failed for Lifeguard: ").contains("(isEmail)", "Lifeguard.age must be at least"
                + " 16 (min), was 12");
        assertThat(e.failures()).extracting(Failure::rule).containsExactly("isEmail", "min");
    }

    @DialectTest
    void aModelRuleNamesTheEntry(TestTarget target) throws IOException {
        open(target);
        SeedException e = refused("""
                Lifeguard:
                  - { name: Mo, age: 30 }
                  - { age: 30 }
                """);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isNull();
        assertThat(e.getMessage()).isEqualTo("Seed file 01-bad.yaml, line 3 (Lifeguard entry 2): Validation failed"
                + " for Lifeguard: Lifeguard fails validator 'adultsNamed'");
    }

    @DialectTest
    void annotatedConstraintsAreCheckedInSeedsToo(TestTarget target) throws IOException {
        open(target);
        SeedException e = refused("""
                Lifeguard: [{ name: Mo, age: 30 }]
                Beach:
                  - name: North Beach
                  - name: N
                """);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo("name");
        assertThat(e.getMessage()).contains("(Beach entry 2)", "Beach.name must be at least 3 characters long (len)");
    }
}
