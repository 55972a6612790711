package dev.junction.association.fk;

import dev.junction.Junction;
import dev.junction.testing.ClusterStatements;
import dev.junction.testing.TestTarget;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The models of the foreign-key association tests, after Sequelize's own beach-and-sandcastle examples: a
 * {@code Sandcastle} holds its {@code BeachId}; a {@code Shell} holds no key property (its key lives only in the
 * table); a {@code User} has one {@code Profile}.
 */
final class Shore {
    private Shore() {
    }

    record Beach(Long id, String name) {
        Beach(String name) {
            this(null, name);
        }
    }

    record Sandcastle(Long id, String name, Long BeachId) {
        Sandcastle(String name) {
            this(null, name, null);
        }
    }

    record Shell(Long id, String kind) {
        Shell(String kind) {
            this(null, kind);
        }
    }

    record User(Long id, String username) {
        User(String username) {
            this(null, username);
        }
    }

    record Profile(Long id, String bio, Long UserId) {
        Profile(String bio) {
            this(null, bio, null);
        }
    }

    record Note(Long id, String text) {
        Note(String text) {
            this(null, text);
        }
    }

    /** Counts the statements a Junction runs; reset it right before the call under test. */
    static final class Statements {
        private final AtomicInteger count = new AtomicInteger();

        Junction open(TestTarget target) {
            return target.open(b -> b.listener((sql, parameters, nanos) -> {
                if (!ClusterStatements.bookkeeping(sql)) count.incrementAndGet();
            }));
        }

        void reset() {
            count.set(0);
        }

        int count() {
            return count.get();
        }
    }
}
