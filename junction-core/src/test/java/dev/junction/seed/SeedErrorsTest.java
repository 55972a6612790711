package dev.junction.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.junction.Junction;
import dev.junction.seed.Town.User;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad seed file: a typed error naming file, line and column, and a database left as it was. */
class SeedErrorsTest {
    @TempDir
    Path seeders;

    private static final dev.junction.schema.DataType BIGINT = dev.junction.schema.DataType.bigint();

    private static final String PEOPLE = """
            User: [{ username: alice }, { username: bob }]
            Show: [{ title: Dune }, { title: Dune }, { title: Arrival }]
            Beach: [{ name: North Beach }]
            """;

    /** Applies {@code bad} after a good first file; returns the error, having checked nothing of it was written. */
    private SeedException failure(TestTarget target, String bad) throws Exception {
        Junction db = Town.open(target);
        Town.write(seeders, "01-people.yaml", PEOPLE);
        Seeder seeder = Seeder.of(db, seeders);
        seeder.applyPending();
        Map<String, Long> before = Town.counts(target);
        Town.write(seeders, "02-bad.yaml", bad);
        SeedException e = catchThrowableOfType(SeedException.class, seeder::applyPending);
        assertThat(e).as("a SeedException").isNotNull();
        assertThat(Town.counts(target)).isEqualTo(before);
        assertThat(seeder.status()).extracting(SeedFile::name, SeedFile::applied).containsExactly(
                org.assertj.core.groups.Tuple.tuple("01-people.yaml", true),
                org.assertj.core.groups.Tuple.tuple("02-bad.yaml", false));
        assertThat(e.file()).isEqualTo("02-bad.yaml");
        assertThat(e.getMessage()).startsWith("Seed file 02-bad.yaml, line " + e.line());
        return e;
    }

    @DialectTest
    void aYamlSyntaxErrorNamesLineAndColumn(TestTarget target) throws Exception {
        SeedException e = failure(target, """
                User:
                  - { username: carol }
                  - { username: dave
                Show: []
                """);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("YAML syntax error at column").contains("line 4");
    }

    @DialectTest
    void anUnknownModelIsNamedWithTheModelsThereAre(TestTarget target) throws Exception {
        SeedException e = failure(target, """
                User: [{ username: carol }]
                Usr: [{ username: dave }]
                """);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("unknown model 'Usr'").contains("User, Show");
    }

    @DialectTest
    void anUnknownColumnIsNamed(TestTarget target) throws Exception {
        SeedException e = failure(target, """
                User:
                  - { username: carol }
                  - { username: dave, nickname: D }
                """);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.model()).isEqualTo("User");
        assertThat(e.column()).isEqualTo("nickname");
        assertThat(e.getMessage()).contains("(User entry 2), column nickname: User has no attribute 'nickname'");
    }

    @DialectTest
    void aValueOfTheWrongTypeIsNamed(TestTarget target) throws Exception {
        SeedException e = failure(target, """
                User:
                  - username: carol
                    age: thirty
                """);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("age");
        assertThat(e.getMessage()).contains("column age: User.age expects INTEGER").contains("'thirty'");
    }

    @DialectTest
    void aReferenceMatchingNoRowIsNamed(TestTarget target) throws Exception {
        SeedException e = failure(target, """
                User: [{ username: carol }]
                UserFavorites:
                  - { User: { username: carol }, Show: { title: Arrival } }
                  - { User: { username: carol }, Show: { title: Dun } }
                """);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo("Show");
        assertThat(e.getMessage()).contains("(UserFavorites entry 2), column Show: {title: Dun} matches no Show row");
    }

    @DialectTest
    void aReferenceMatchingSeveralRowsIsNamed(TestTarget target) throws Exception {
        SeedException e = failure(target, """
                UserFavorites:
                  - { User: { username: alice }, Show: { title: Dune } }
                """);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo("Show");
        assertThat(e.getMessage()).contains("{title: Dune} matches 2 Show rows");
    }

    @DialectTest
    void aUniqueViolationNamesTheEntryThatCollides(TestTarget target) throws Exception {
        SeedException e = failure(target, """
                User:
                  - { username: carol }
                  - { username: alice }
                """);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("username");
        assertThat(e.getMessage()).contains("(User entry 2), column username: Unique constraint violated");
        assertThat(e.getCause()).isInstanceOf(dev.junction.UniqueConstraintException.class);
    }

    @DialectTest
    void aDuplicateLinkNamesBothEndsAsWritten(TestTarget target) throws Exception {
        SeedException e = failure(target, """
                UserFavorites:
                  - { User: { username: alice }, Show: { title: Arrival } }
                  - { User: { username: alice }, Show: { title: Arrival } }
                """);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("User, Show");
    }

    @DialectTest
    void aForeignKeyToNoRowNamesItsColumn(TestTarget target) throws Exception {
        SeedException e = failure(target, """
                Sandcastle:
                  - { name: Moat Manor, Beach: { name: North Beach } }
                  - { name: Ghost Tower, BeachId: 999 }
                """);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("BeachId");
        assertThat(e.getCause()).isInstanceOf(dev.junction.ForeignKeyConstraintException.class);
    }

    @DialectTest
    void aMissingRequiredValueNamesItsColumn(TestTarget target) throws Exception {
        SeedException e = failure(target, """
                User:
                  - { username: carol }
                  - { age: 4 }
                """);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("username");
        assertThat(e.getMessage()).contains("User.username cannot be null");
    }

    @DialectTest
    void aFailureInALaterBlockRollsBackTheEarlierBlocks(TestTarget target) throws Exception {
        SeedException e = failure(target, """
                User: [{ username: carol }, { username: dave }]
                Show: [{ title: Heat }]
                UserFavorites:
                  - { User: { username: carol }, Show: { title: Heat } }
                  - { User: { username: erin }, Show: { title: Heat } }
                """);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo("User");
    }

    @DialectTest
    void aModelReferredToByTwoKeysMustBeNamedByAttribute(TestTarget target) throws Exception {
        Junction db = target.open();
        db.define(User.class);
        db.define("Follow", m -> m.attribute("followerId", BIGINT, a -> a.references("User"))
                .attribute("followedId", BIGINT, a -> a.references("User")));
        db.sync();
        Town.write(seeders, "01.yaml", """
                User: [{ username: alice }, { username: bob }]
                Follow:
                  - { User: { username: alice } }
                """);
        SeedException e = catchThrowableOfType(SeedException.class, Seeder.of(db, seeders)::applyPending);
        assertThat(e.getMessage()).contains("01.yaml, line 3 (Follow entry 1), column User: Follow refers to User"
                + " by followerId and followedId");
        assertThat(db.model(User.class).count()).isZero();
    }

    @DialectTest
    void aMapWhereRowsBelongIsNamed(TestTarget target) throws Exception {
        SeedException e = failure(target, """
                User:
                  username: carol
                """);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("(User)").contains("expected a list of rows under User");
    }
}
