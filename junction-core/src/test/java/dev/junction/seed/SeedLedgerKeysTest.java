package dev.junction.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.annotation.Id;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The ledger records the keys of seeded rows exactly, whatever characters they hold, so undo finds those rows. */
class SeedLedgerKeysTest {
    @TempDir
    Path seeders;

    record Code(@Id String code) { }

    private static Junction open(TestTarget target) {
        Junction db = target.open();
        db.define(Code.class, m -> m.timestamps(false));
        db.sync();
        return db;
    }

    @DialectTest
    void undoDeletesTheSeededKeyWithANextLineCharacterAndNotItsLookAlike(TestTarget target) {
        Junction db = open(target);
        Model<Code> codes = db.model(Code.class);
        Town.write(seeders, "01-codes.yaml", "Code:\n  - { code: \"c\\Nd\" }\n");   // YAML's \N is U+0085
        Seeder seeder = Seeder.of(db, seeders);
        seeder.applyPending();
        codes.create(new Code("c d"));
        seeder.undoLast();
        assertThat(codes.findAll()).extracting(Code::code).containsExactly("c d");
    }

    @DialectTest
    void aSeededKeyWithADeleteCharacterCanBeUndone(TestTarget target) {
        Junction db = open(target);
        Model<Code> codes = db.model(Code.class);
        Town.write(seeders, "01-codes.yaml", "Code:\n  - { code: \"x\\x7Fy\" }\n  - { code: \"q\\u2028\\\"\\\\\\t\" }\n");
        Seeder seeder = Seeder.of(db, seeders);
        seeder.applyPending();
        codes.create(new Code("xy"));
        assertThat(seeder.undoLast()).isPresent();
        assertThat(codes.findAll()).extracting(Code::code).containsExactly("xy");
    }

    @DialectTest
    void aLedgerEntryWrittenWithRawCharactersIsReadExactly(TestTarget target) throws Exception {
        Junction db = open(target);
        Model<Code> codes = db.model(Code.class);
        Town.write(seeders, "01-codes.yaml", "Code:\n  - { code: \"c\\Nd\" }\n");
        Seeder seeder = Seeder.of(db, seeders);
        seeder.applyPending();
        // As the ledger stored it before keys were escaped: the U+0085 raw in the JSON text.
        new dev.junction.testing.RawSql(target, db).execute("UPDATE {JunctionSeeds} SET {insertedKeys} = ?",
                "[{\"model\":\"Code\",\"key\":[\"code\"],\"rows\":[[\"c\u0085d\"]]}]");
        codes.create(new Code("c d"));
        seeder.undoLast();
        assertThat(codes.findAll()).extracting(Code::code).containsExactly("c d");
    }
}
