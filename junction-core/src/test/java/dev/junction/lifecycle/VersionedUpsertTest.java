package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.StaleInstanceException;
import dev.junction.Upserted;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;

/**
 * Upserts of a versioned model (optimistic locking): a stored row they update becomes a new version, as any update
 * makes it, and never goes back to version 0; the version is not theirs to set.
 */
class VersionedUpsertTest {
    record Account(Long id, String owner, Integer balance, Integer version) {
    }

    private static Model<Account> accounts(Junction db) {
        Model<Account> accounts = db.define(Account.class, m -> m.version());
        db.sync();
        return accounts;
    }

    /** An account written twice since it was created: version 2. */
    private static Account atVersionTwo(Model<Account> accounts) {
        Account ann = accounts.create(new Account(null, "ann", 10, null));
        Account once = accounts.update(new Account(ann.id(), "ann", 20, ann.version()));
        return accounts.update(new Account(ann.id(), "ann", 30, once.version()));
    }

    @DialectTest
    void upsertOfAStoredRowAddsOneToItsVersion(TestTarget target) {
        Model<Account> accounts = accounts(target.open());
        Account ann = atVersionTwo(accounts);

        Upserted<Account> upserted = accounts.upsert(new Account(ann.id(), "ann", 40, null));

        assertThat(upserted.created()).isFalse();
        assertThat(upserted.instance().version()).isEqualTo(3);
        Account stored = accounts.findByPk(ann.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored.balance()).isEqualTo(40);
    }

    @DialectTest
    void upsertIgnoresTheVersionTheInstanceCarries(TestTarget target) {
        Model<Account> accounts = accounts(target.open());
        Account ann = atVersionTwo(accounts);

        assertThat(accounts.upsert(new Account(ann.id(), "ann", 40, 0)).instance().version()).isEqualTo(3);
        assertThat(accounts.upsert(new Account(null, "bob", 1, 9)).instance().version()).isZero();
    }

    @DialectTest
    void aWriteOfTheVersionReadBeforeAnUpsertIsStale(TestTarget target) {
        Model<Account> accounts = accounts(target.open());
        Account ann = atVersionTwo(accounts);
        accounts.upsert(new Account(ann.id(), "ann", 40, null));

        assertThatThrownBy(() -> accounts.update(new Account(ann.id(), "ann", 99, ann.version())))
                .isInstanceOf(StaleInstanceException.class);
        assertThat(accounts.findByPk(ann.id()).orElseThrow().balance()).isEqualTo(40);
    }
}
