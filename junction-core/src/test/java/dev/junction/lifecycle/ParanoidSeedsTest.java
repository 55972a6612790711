package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.seed.SeedException;
import dev.junction.seed.Seeder;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Seeds look a paranoid model's rows up by natural key among its live rows, and undo deletes them for real. */
class ParanoidSeedsTest {
    record Beach(Long id, String name) {
    }

    record Sandcastle(Long id, String name, Long BeachId) {
    }

    @TempDir
    Path seeders;

    private Model<Beach> coast(Junction db) {
        Model<Beach> beaches = db.define(Beach.class, m -> m.paranoid());
        db.define(Sandcastle.class).belongsTo(beaches);
        db.sync();
        return beaches;
    }

    @DialectTest
    void aNaturalKeyMatchesTheLiveRowBesideASoftDeletedNamesake(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Beach> beaches = coast(db);
        beaches.destroy(beaches.create(new Beach(null, "North Beach")));
        Beach live = beaches.create(new Beach(null, "North Beach"));
        Files.writeString(seeders.resolve("01-castles.yaml"),
                "Sandcastle:\n  - { name: Moat Manor, Beach: { name: North Beach } }\n");
        Seeder.of(db, seeders).applyPending();
        assertThat(db.model("Sandcastle").findAll()).singleElement()
                .satisfies(castle -> assertThat(castle.get("BeachId")).isEqualTo(live.id()));
    }

    @DialectTest
    void aNaturalKeyMatchingOnlyASoftDeletedRowMatchesNothing(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Beach> beaches = coast(db);
        beaches.destroy(beaches.create(new Beach(null, "South Beach")));
        Files.writeString(seeders.resolve("01-castles.yaml"),
                "Sandcastle:\n  - { name: Moat Manor, Beach: { name: South Beach } }\n");
        assertThatThrownBy(() -> Seeder.of(db, seeders).applyPending()).isInstanceOf(SeedException.class)
                .hasMessageContaining("South Beach");
        assertThat(db.model("Sandcastle").count()).isZero();
    }

    @DialectTest
    void undoDeletesTheSeededRowsOfAParanoidModelForReal(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Beach> beaches = coast(db);
        Files.writeString(seeders.resolve("01-beaches.yaml"), "Beach:\n  - { name: East Beach }\n");
        Seeder seeder = Seeder.of(db, seeders);
        seeder.applyPending();
        beaches.destroy(Where.all());
        seeder.undoLast();
        assertThat(beaches.count(Query.all().withDeleted())).isZero();
        assertThat(new RawSql(target, db).count("Beaches")).isZero();
    }
}
