package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.BulkOptions;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.UniqueConstraintException;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.schema.SyncMode;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/**
 * A paranoid model's unique keys hold among its live rows where the database has partial unique indexes
 * (PostgreSQL, SQLite), so a soft-deleted row's values can be used again; on H2 and MariaDB they stay plain unique
 * constraints, and re-creating a soft-deleted row's value is refused.
 */
class ParanoidUniqueTest {
    record Beach(Long id, String name) {
    }

    private static Model<Beach> beaches(Junction db) {
        Model<Beach> beaches = db.define(Beach.class, m -> m.paranoid().attribute("name", a -> a.unique()));
        db.sync();
        return beaches;
    }

    private static boolean partial(TestTarget target) {
        return target.backend() == Backend.POSTGRESQL || target.backend() == Backend.SQLITE;
    }

    @DialectTest
    void aSoftDeletedRowsValueCanBeUsedAgainWhereTheDatabaseHasPartialIndexes(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        Beach first = beaches.create(new Beach(null, "Bondi"));
        beaches.destroy(first);
        if (partial(target)) {
            Beach again = beaches.create(new Beach(null, "Bondi"));
            assertThat(beaches.findAll()).containsExactly(again);
            assertThat(beaches.count(Query.all().withDeleted())).isEqualTo(2);
        } else {
            assertThatThrownBy(() -> beaches.create(new Beach(null, "Bondi")))
                    .isInstanceOf(UniqueConstraintException.class);
            assertThat(beaches.restore(first)).isTrue();
            assertThat(beaches.findAll()).containsExactly(first);
        }
    }

    @DialectTest
    void twoLiveRowsWithOneValueAreStillRefused(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        beaches.create(new Beach(null, "Bondi"));
        assertThatThrownBy(() -> beaches.create(new Beach(null, "Bondi")))
                .isInstanceOf(UniqueConstraintException.class);
        assertThat(beaches.count(Query.all().withDeleted())).isEqualTo(1);
    }

    @DialectTest
    void syncAndTheSchemaCheckAcceptTheTableSyncMade(TestTarget target) {
        Junction db = target.open();
        beaches(db);
        assertThat(db.sync().statements()).isEmpty();
        assertThat(db.sync(SyncMode.ALTER).statements()).isEmpty();
        assertThat(db.check().matches()).as(db.check().toString()).isTrue();
    }

    @DialectTest
    void alterAddsTheUniqueKeyATableLacks(TestTarget target) {
        Junction db = target.open();
        db.define(Beach.class, m -> m.paranoid());
        db.sync();
        Junction again = target.open();
        Model<Beach> beaches = again.define(Beach.class, m -> m.paranoid().attribute("name", a -> a.unique()));
        assertThat(again.sync(SyncMode.ALTER).statements()).singleElement().asString()
                .contains(partial(target) ? "IS NULL" : "UNIQUE");
        assertThat(again.sync().statements()).isEmpty();
        beaches.create(new Beach(null, "Bondi"));
        assertThatThrownBy(() -> beaches.create(new Beach(null, "Bondi")))
                .isInstanceOf(UniqueConstraintException.class);
    }

    @DialectTest
    void bulkCreateOnTheUniqueKeyMeetsOnlyLiveRowsWhereItIsPartial(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        Beach bondi = beaches.create(new Beach(null, "Bondi"));
        beaches.create(new Beach(null, "Manly"));
        beaches.destroy(bondi);
        List<Beach> written = beaches.bulkCreate(List.of(new Beach(null, "Bondi"), new Beach(null, "Manly")),
                BulkOptions.ignoreDuplicates().conflictOn("name"));
        if (partial(target)) {
            assertThat(beaches.findAll(Where.eq("name", "Bondi"))).hasSize(1).doesNotContain(bondi);
            assertThat(written.get(0).id()).isNotEqualTo(bondi.id());
        } else {
            assertThat(beaches.findAll(Where.eq("name", "Bondi"))).isEmpty();
        }
        assertThat(beaches.count(Where.eq("name", "Manly"))).isEqualTo(1);
    }
}
