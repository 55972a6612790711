package dev.junction.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.EmulatedReplica;
import dev.junction.testing.TestTarget;

/** A raw SELECT reads a replica; one that locks rows, however its clause is spaced, runs on the primary. */
class RawSelectRoutingTest {
    @DialectTest
    void aRawSelectWithARowLockSpreadOverLinesRunsOnThePrimary(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = target.open(b -> b.replicas(replica.url()))) {
            Library.filled(db, "primary", 0);
            String select = "SELECT " + db.dialect().quote("name") + "\nFROM " + db.dialect().quote("Shelves");
            assertThat(db.scalar(String.class, select)).isEqualTo("replica");
            // SQLite has no row locks: its lock-free SELECT is the whole check there.
            if (target.backend() == Backend.SQLITE) return;
            String locking = target.backend() == Backend.MARIADB ? select + "\nLOCK  IN\nSHARE MODE"
                    : select + "\nFOR\tUPDATE";
            assertThat(db.scalar(String.class, locking)).isEqualTo("primary");
        }
    }
}
