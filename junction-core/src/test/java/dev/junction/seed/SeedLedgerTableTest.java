package dev.junction.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The seed ledger's table belongs to Junction: no model may take it, and Junction never drops a table it did not make. */
class SeedLedgerTableTest {
    @TempDir
    Path seeders;

    record JunctionSeed(Long id, String note) { }

    @DialectTest
    void aModelCannotTakeTheLedgersTable(TestTarget target) {
        Junction db = target.open();
        assertThatThrownBy(() -> db.define(JunctionSeed.class))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Model JunctionSeed uses table JunctionSeeds")
                .hasMessageContaining("applied seed files");
        assertThatThrownBy(() -> db.define("Note", m -> m.attribute("text", DataType.text()).tableName("junctionseeds")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Model Note uses table junctionseeds");
    }

    @DialectTest
    void aTableOfTheLedgersNameThatJunctionDidNotMakeIsNeitherUsedNorDropped(TestTarget target) throws Exception {
        Junction db = Town.open(target);
        RawSql raw = new RawSql(target, db);
        raw.script(raw.sql("CREATE TABLE {JunctionSeeds} ({id} INTEGER PRIMARY KEY, {note} VARCHAR(40))"));
        raw.execute("INSERT INTO {JunctionSeeds} ({id}, {note}) VALUES (1, 'mine')");
        Town.write(seeders, "01-people.yaml", "User: [{ username: alice }]\n");
        Seeder seeder = Seeder.of(db, seeders);

        assertThatThrownBy(seeder::applyPending).isInstanceOf(SeedException.class)
                .hasMessageContaining("JunctionSeeds is not Junction's record of applied seed files");
        assertThatThrownBy(seeder::forgetAll).isInstanceOf(SeedException.class)
                .hasMessageContaining("leaves it alone");
        assertThat(raw.count("Users")).isZero();
        assertThat(raw.rows("SELECT {id}, {note} FROM {JunctionSeeds}")).containsExactly("1|mine");
    }
}
