package dev.junction.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.ForeignKeyConstraintException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

class SyncForceTest {

    @DialectTest
    void forceDropsAndRecreatesATable(TestTarget target) {
        Junction db = target.open();
        Model<Row> beaches = db.define("Beach", m -> m.timestamps(false).attribute("name", DataType.string(40)));
        db.sync();
        beaches.create(Row.of("name", "Bondi"));

        SyncReport report = db.sync(SyncMode.FORCE);

        assertThat(report.statements()).anyMatch(s -> s.startsWith("DROP TABLE"));
        assertThat(beaches.count()).isZero();
        assertThat(db.describe().table("Beaches")).isPresent();
    }

    @DialectTest
    void forceEmptiesTablesLinkedByForeignKeys(TestTarget target) {
        Junction db = target.open();
        Model<Row> towers = db.define("Tower", m -> m.timestamps(false)
                .attribute("BeachId", DataType.integer(),
                        a -> a.references("Beach", "id", ReferentialAction.RESTRICT, ReferentialAction.RESTRICT)));
        Model<Row> beaches = db.define("Beach", m -> m.timestamps(false));
        db.sync();
        Row beach = beaches.create(Row.of());
        towers.create(Row.of("BeachId", beach.get("id")));

        db.sync(SyncMode.FORCE);

        assertThat(beaches.count()).isZero();
        assertThat(towers.count()).isZero();
        assertThat(db.describe().table("Towers").orElseThrow().foreignKey(List.of("BeachId"))).isPresent();
    }

    @DialectTest
    void forceRecreatesACycleOfForeignKeys(TestTarget target) {
        Junction db = target.open();
        Model<Row> authors = db.define("Author", m -> m.timestamps(false)
                .attribute("FavouriteBookId", DataType.integer(), a -> a.references("Book")));
        Model<Row> books = db.define("Book", m -> m.timestamps(false)
                .attribute("AuthorId", DataType.integer(), a -> a.references("Author")));
        db.sync();
        Row author = authors.create(Row.of());
        Row book = books.create(Row.of("AuthorId", author.get("id")));
        authors.update(Row.of("id", author.get("id"), "FavouriteBookId", book.get("id")));

        db.sync(SyncMode.FORCE);

        assertThat(authors.count()).isZero();
        assertThat(books.count()).isZero();
        DatabaseSchema schema = db.describe();
        assertThat(schema.table("Authors").orElseThrow().foreignKey(List.of("FavouriteBookId"))).isPresent();
        assertThat(schema.table("Books").orElseThrow().foreignKey(List.of("AuthorId"))).isPresent();
    }

    @DialectTest
    void foreignKeysAreEnforcedAgainAfterForce(TestTarget target) {
        Junction db = target.open();
        Model<Row> towers = db.define("Tower", m -> m.timestamps(false)
                .attribute("BeachId", DataType.integer(), a -> a.references("Beach")));
        db.define("Beach", m -> m.timestamps(false));
        db.sync();

        db.sync(SyncMode.FORCE);

        assertThatThrownBy(() -> towers.create(Row.of("BeachId", 999)))
                .isInstanceOf(ForeignKeyConstraintException.class);
    }

    @DialectTest
    void forceLeavesTablesOfOtherModelsAlone(TestTarget target) {
        Junction first = target.open();
        Model<Row> piers = first.define("Pier", m -> m.timestamps(false));
        first.sync();
        piers.create(Row.of());
        Junction second = target.open();
        second.define("Beach", m -> m.timestamps(false));

        second.sync(SyncMode.FORCE);

        assertThat(piers.count()).isEqualTo(1);
        assertThat(second.describe().tables()).extracting(DatabaseSchema.Table::name)
                .containsExactlyInAnyOrder("Piers", "Beaches");
    }
}
