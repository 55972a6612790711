package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.BulkOptions;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.StaleInstanceException;
import dev.junction.Upserted;
import dev.junction.ValidationException;
import dev.junction.annotation.Column;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/**
 * Upserts of a versioned model (optimistic locking): a stored row they update becomes a new version, as any update
 * makes it, and never goes back to version 0; the version is not theirs to set.
 */
class VersionedUpsertTest {
    record Account(Long id, String owner, Integer balance, Integer version) {
    }

    /** With a second unique key, which MariaDB's own upsert would give way on too. */
    record Member(Long id, @Column(unique = true, allowNull = false) String handle, Integer points, Integer version) {
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

    @DialectTest
    void bulkUpdateOnDuplicateAddsOneToTheVersionOfTheRowsItUpdates(TestTarget target) {
        Model<Account> accounts = accounts(target.open());
        Account ann = atVersionTwo(accounts);

        List<Account> written = accounts.bulkCreate(List.of(new Account(ann.id(), "ann", 50, null),
                new Account(null, "bob", 5, 4)), BulkOptions.updateOnDuplicate("balance"));

        Account stored = accounts.findByPk(ann.id()).orElseThrow();
        assertThat(stored.balance()).isEqualTo(50);
        assertThat(stored.version()).isEqualTo(3);
        assertThat(accounts.findByPk(written.get(1).id()).orElseThrow().version()).isZero();
        assertThatThrownBy(() -> accounts.update(new Account(ann.id(), "ann", 99, ann.version())))
                .isInstanceOf(StaleInstanceException.class);
    }

    @DialectTest
    void bulkUpdateOnDuplicateByKeyBesideAnotherUniqueKeyAddsOneToTheVersion(TestTarget target) {
        Junction db = target.open();
        Model<Member> members = db.define(Member.class, m -> m.version());
        db.sync();
        Member ann = members.create(new Member(null, "ann", 1, null));
        Member bob = members.create(new Member(null, "bob", 1, null));
        members.update(new Member(bob.id(), "bob", 2, bob.version()));

        members.bulkCreate(List.of(new Member(ann.id(), "ann", 10, null), new Member(bob.id(), "bob", 20, null)),
                BulkOptions.updateOnDuplicate("points"));

        assertThat(members.findByPk(ann.id()).orElseThrow()).extracting(Member::points, Member::version)
                .containsExactly(10, 1);
        assertThat(members.findByPk(bob.id()).orElseThrow()).extracting(Member::points, Member::version)
                .containsExactly(20, 2);
    }

    @DialectTest
    void bulkUpdateOnDuplicateByAnotherTargetAddsOneToTheVersion(TestTarget target) {
        Junction db = target.open();
        Model<Member> members = db.define(Member.class, m -> m.version());
        db.sync();
        Member ann = members.create(new Member(null, "ann", 1, null));

        members.bulkCreate(List.of(new Member(null, "ann", 10, null)),
                BulkOptions.updateOnDuplicate("points").conflictOn("handle"));

        assertThat(members.findByPk(ann.id()).orElseThrow()).extracting(Member::points, Member::version)
                .containsExactly(10, 1);
    }

    @DialectTest
    void bulkUpdateOnDuplicateCannotSetTheVersion(TestTarget target) {
        Model<Account> accounts = accounts(target.open());
        Account ann = atVersionTwo(accounts);

        assertThatThrownBy(() -> accounts.bulkCreate(List.of(new Account(ann.id(), "ann", 50, null)),
                BulkOptions.updateOnDuplicate("balance", "version")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("Account");
                    assertThat(e.attribute()).isEqualTo("version");
                    assertThat(e.getMessage()).contains("Account", "version", "optimistic locking");
                });
        assertThat(accounts.findByPk(ann.id()).orElseThrow()).extracting(Account::balance, Account::version)
                .containsExactly(30, 2);
    }
}
