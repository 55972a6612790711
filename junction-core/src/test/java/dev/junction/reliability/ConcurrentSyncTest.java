package dev.junction.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.schema.DataType;
import dev.junction.schema.DatabaseSchema;
import dev.junction.testing.DialectTest;
import dev.junction.testing.Simultaneously;
import dev.junction.testing.TestTarget;
import dev.junction.testing.Trials;
import java.util.List;

/**
 * Two processes — two Junction instances with pools of their own — syncing one empty database at the same moment:
 * their syncs take turns, so neither fails and the tables are made once. On a Galera cluster both go through one node,
 * as README "Galera clusters" asks: the lock that makes syncs take turns ({@code GET_LOCK}) is its node's alone.
 */
class ConcurrentSyncTest {
    private static final int TRIALS = 4;

    /** Users, Shows, their join table, and a cycle of keys (closed by ALTER TABLE where the database can). */
    private static Junction openWithModels(TestTarget target) {
        Junction db = target.open(b -> b.url(target.singleNodeUrl()).maxPoolSize(2));
        db.define("User", m -> m.attribute("username", DataType.string(40), a -> a.unique()));
        db.define("Show", m -> m.attribute("title", DataType.string(40)));
        db.model("User").belongsToMany(db.model("Show"), dev.junction.association.Associations.through("UserFavorites"));
        db.define("Author", m -> m.timestamps(false)
                .attribute("FavouriteBookId", DataType.integer(), a -> a.references("Book")));
        db.define("Book", m -> m.timestamps(false)
                .attribute("AuthorId", DataType.integer(), a -> a.references("Author")));
        return db;
    }

    @DialectTest
    void twoProcessesSyncingAtOnceBothSucceed(TestTarget first) throws Exception {
        Trials.run(first, TRIALS, target -> {
            Junction one = openWithModels(target);
            Junction two = openWithModels(target);
            Simultaneously.run(() -> one.sync(), () -> two.sync());
            DatabaseSchema schema = one.describe();
            assertThat(schema.tables()).extracting(DatabaseSchema.Table::name)
                    .contains("Users", "Shows", "UserFavorites", "Authors", "Books");
            assertThat(one.sync().statements()).isEmpty();
        });
    }
}
