package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** What the generator refuses, with a typed error naming table, column and the way out; it then writes nothing. */
class GenerateErrorsTest {
    @TempDir
    Path root;

    private static void users(Junction db, boolean withAge) {
        db.define("User", m -> {
            m.timestamps(false).attribute("name", DataType.string(40));
            if (withAge) m.attribute("age", DataType.integer(), a -> a.notNull());
        });
    }

    private Junction migratedUsers(TestTarget target) {
        Junction db = target.open();
        users(db, false);
        MigrationGenerator.of(db, root).generate("init");
        Junction next = target.open();
        users(next, true);
        return next;
    }

    @DialectTest
    void aNewNotNullColumnWithoutDefaultNeedsABackfill(TestTarget target) throws Exception {
        Junction db = migratedUsers(target);
        String snapshot = Files.readString(root.resolve("schema.yaml"));

        assertThatThrownBy(() -> MigrationGenerator.of(db, root).generate("age"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("Column Users.age is added NOT NULL and has no default: give the value for existing rows"
                        + " with --backfill Users.age=VALUE (GenerateOptions.backfill(\"Users.age\", value))");
        assertThat(Files.readString(root.resolve("schema.yaml"))).isEqualTo(snapshot);
    }

    @DialectTest
    void aBackfillOfAnUnknownColumnIsRefused(TestTarget target) {
        Junction db = migratedUsers(target);

        assertThatThrownBy(() -> MigrationGenerator.of(db, root).generate("age",
                GenerateOptions.defaults().backfill("Users.years", 0)))
                .isInstanceOf(MigrationException.class)
                .hasMessage("Backfill 'Users.years' names column years, which table Users does not have; give it as"
                        + " Table.column");
        assertThatThrownBy(() -> MigrationGenerator.of(db, root).generate("age",
                GenerateOptions.defaults().backfill("People.age", 0)))
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Backfill 'People.age' names table People, which no model has");
    }

    @DialectTest
    void aBackfillThatIsNotAValueOfTheColumnIsRefused(TestTarget target) {
        Junction db = migratedUsers(target);

        assertThatThrownBy(() -> MigrationGenerator.of(db, root).generate("age",
                GenerateOptions.defaults().backfill("Users.age", "old")))
                .isInstanceOf(MigrationException.class)
                .hasMessage("Backfill 'Users.age' is 'old', which is not a value of column age (INTEGER)");
    }

    @DialectTest
    void anUnknownDialectOrANamelessMigrationIsRefused(TestTarget target) {
        Junction db = migratedUsers(target);

        assertThatThrownBy(() -> GenerateOptions.defaults().dialects("oracle"))
                .isInstanceOf(MigrationException.class).hasMessageContaining("Unknown dialect 'oracle'");
        assertThatThrownBy(() -> MigrationGenerator.of(db, root).generate("  --  "))
                .isInstanceOf(MigrationException.class).hasMessageContaining("needs a name");
    }
}
