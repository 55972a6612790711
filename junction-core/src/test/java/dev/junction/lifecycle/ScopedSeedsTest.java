package dev.junction.lifecycle;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.seed.Seeder;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Seeds read and write rows as they are, as Sequelize's seeders do: a default scope hides nothing from them. */
class ScopedSeedsTest {
    record Beach(Long id, String name, Boolean open) { }

    record Sandcastle(Long id, String name, Long BeachId) { }

    @TempDir
    Path seeders;

    @DialectTest
    void naturalKeysFindAndUndoDeletesRowsTheDefaultScopeHides(TestTarget target) throws IOException {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class, m -> m.defaultScope(eq("open", true)));
        Model<Sandcastle> castles = db.define(Sandcastle.class, m -> m.defaultScope(eq("name", "none")));
        castles.belongsTo(beaches);
        db.sync();
        Files.writeString(seeders.resolve("01-town.yaml"), """
                Beach:
                  - { name: North Beach, open: false }
                Sandcastle:
                  - { name: Moat Manor, Beach: { name: North Beach } }
                """);
        Seeder seeder = Seeder.of(db, seeders);
        seeder.applyPending();
        Beach north = beaches.unscoped().findOne(eq("name", "North Beach")).orElseThrow();
        assertThat(castles.unscoped().findOne(eq("name", "Moat Manor")).orElseThrow().BeachId())
                .isEqualTo(north.id());
        assertThat(beaches.count()).isZero();
        seeder.undoAll();
        assertThat(beaches.unscoped().count()).isZero();
        assertThat(castles.unscoped().count()).isZero();
    }
}
