package dev.junction.lifecycle;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.BulkOptions;
import dev.junction.ForeignKeyConstraintException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.UniqueConstraintException;
import dev.junction.migration.MigrationGenerator;
import dev.junction.migration.Migrator;
import dev.junction.query.Query;
import dev.junction.schema.DataType;
import dev.junction.schema.SyncMode;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paranoid model's unique attribute that a foreign key references (a belongsTo's targetKey, a hasMany's sourceKey,
 * a belongsToMany's targetKey) stays a full unique constraint on every database, as a partial unique index cannot
 * back a foreign key: sync creates the tables, the foreign key holds, and re-creating a soft-deleted row's value is
 * refused as on H2 and MariaDB; a migration makes the same schema; upserts on it meet its soft-deleted rows too.
 * Its other unique keys stay partial.
 */
class ParanoidReferencedKeyTest {
    @TempDir
    Path root;

    private static void models(Junction db) {
        Model<Row> beaches = db.define("Beach", m -> m.paranoid()
                .attribute("code", DataType.string(10), a -> a.unique().notNull())
                .attribute("name", DataType.string(40), a -> a.unique()));
        Model<Row> sandcastles = db.define("Sandcastle", m -> m.attribute("height", DataType.integer()));
        Model<Row> flags = db.define("Flag", m -> m.attribute("colour", DataType.string(10)));
        Model<Row> guards = db.define("Guard", m -> m.attribute("name", DataType.string(40)));
        sandcastles.belongsTo(beaches, as("Beach").targetKey("code"));
        beaches.hasMany(flags, as("Flags").sourceKey("code"));
        guards.belongsToMany(beaches, as("Posts").through("GuardPosts").targetKey("code"));
    }

    @DialectTest
    void syncKeepsAReferencedKeyFullSoTheForeignKeysHold(TestTarget target) {
        Junction db = target.open();
        models(db);
        db.sync();
        assertThat(db.sync(SyncMode.ALTER).statements()).isEmpty();
        assertThat(db.check().matches()).as(db.check().toString()).isTrue();

        Model<Row> beaches = db.model("Beach");
        Row bondi = beaches.create(new Row(Map.of("code", "BON", "name", "Bondi")));
        db.model("Sandcastle").create(new Row(Map.of("height", 3, "BeachId", "BON")));
        db.model("Flag").create(new Row(Map.of("colour", "red", "BeachId", "BON")));
        assertThatThrownBy(() -> db.model("Sandcastle").create(new Row(Map.of("height", 1, "BeachId", "XXX"))))
                .isInstanceOf(ForeignKeyConstraintException.class);

        beaches.destroy(bondi);
        assertThatThrownBy(() -> beaches.create(new Row(Map.of("code", "BON", "name", "New Bondi"))))
                .isInstanceOf(UniqueConstraintException.class);
        assertThat(db.model("Sandcastle").count()).isEqualTo(1);
    }

    @DialectTest
    void theFirstMigrationMakesWhatSyncMakes(TestTarget target) throws Exception {
        Junction migrated = target.open();
        models(migrated);
        MigrationGenerator.of(migrated, root).generate("init");
        Migrator.of(migrated, root).migrate();

        assertThat(migrated.check().matches()).as(migrated.check().toString()).isTrue();
        assertThat(migrated.sync(SyncMode.ALTER).statements()).isEmpty();
        try (TestTarget other = new TestTarget(target.backend())) {
            Junction synced = other.open();
            models(synced);
            synced.sync();
            assertThat(migrated.describe().table("Beach")).isEqualTo(synced.describe().table("Beach"));
        }
        Model<Row> beaches = migrated.model("Beach");
        Row bondi = beaches.create(new Row(Map.of("code", "BON", "name", "Bondi")));
        beaches.destroy(bondi);
        assertThatThrownBy(() -> beaches.create(new Row(Map.of("code", "BON", "name", "Bondi"))))
                .isInstanceOf(UniqueConstraintException.class);
        assertThat(beaches.count(Query.all().withDeleted())).isEqualTo(1);
    }

    @DialectTest
    void bulkCreateOnAReferencedKeyMeetsItsSoftDeletedRowsToo(TestTarget target) {
        Junction db = target.open();
        models(db);
        db.sync();
        Model<Row> beaches = db.model("Beach");
        Row bondi = beaches.create(new Row(Map.of("code", "BON", "name", "Bondi")));
        beaches.destroy(bondi);

        beaches.bulkCreate(List.of(new Row(Map.of("code", "BON", "name", "Bondi again")),
                new Row(Map.of("code", "MAN", "name", "Manly"))), BulkOptions.ignoreDuplicates()
                .conflictOn("code"));

        assertThat(beaches.findAll()).extracting(r -> r.get("code")).containsExactly("MAN");
        assertThat(beaches.count(Query.all().withDeleted())).isEqualTo(2);
    }

    @DialectTest
    void anUpsertOnAReferencedKeyUpdatesALiveRow(TestTarget target) {
        Junction db = target.open();
        models(db);
        db.sync();
        Model<Row> beaches = db.model("Beach");
        beaches.create(new Row(Map.of("code", "BON", "name", "Bondi")));

        beaches.bulkCreate(List.of(new Row(Map.of("code", "BON", "name", "Bondi Beach"))),
                BulkOptions.updateOnDuplicate("name").conflictOn("code"));

        assertThat(beaches.findAll()).extracting(r -> r.get("name")).containsExactly("Bondi Beach");
    }
}
