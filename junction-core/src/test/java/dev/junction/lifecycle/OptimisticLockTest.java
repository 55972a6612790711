package dev.junction.lifecycle;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.NotFoundException;
import dev.junction.Row;
import dev.junction.StaleInstanceException;
import dev.junction.ValidationException;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.Simultaneously;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/** Optimistic locking ({@code ModelSpec.version()}): instance writes match the version they read and add one. */
class OptimisticLockTest {
    record Account(Long id, String owner, Integer balance, Integer version) {
        Account withBalance(int newBalance) {
            return new Account(id, owner, newBalance, version);
        }
    }

    private static Model<Account> accounts(Junction db) {
        Model<Account> accounts = db.define(Account.class, m -> m.version());
        db.sync();
        return accounts;
    }

    private static Model<Account> paranoidAccounts(Junction db) {
        Model<Account> accounts = db.define(Account.class, m -> m.version().paranoid());
        db.sync();
        return accounts;
    }

    private static Account stored(Model<Account> accounts, Account account) {
        return accounts.findAll(Query.where(eq("id", account.id())).withDeleted()).get(0);
    }

    private static void assertStale(Runnable write, Account instance) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(StaleInstanceException.class, e -> {
            assertThat(e.model()).isEqualTo("Account");
            assertThat(e.key()).isEqualTo(Map.of("id", instance.id()));
            assertThat(e.version()).isEqualTo(instance.version());
            assertThat(e.getMessage()).contains("Account", "id=" + instance.id(), "version " + instance.version());
        });
    }

    @DialectTest
    void createStoresVersionZeroAndEveryWriteAddsOne(TestTarget target) {
        Model<Account> accounts = accounts(target.open());
        Account ann = accounts.create(new Account(null, "ann", 10, 7));
        assertThat(ann.version()).isZero();
        assertThat(stored(accounts, ann).version()).isZero();
        Account updated = accounts.update(ann.withBalance(20));
        assertThat(updated.version()).isEqualTo(1);
        Account partial = accounts.update(updated.withBalance(30), "balance");
        assertThat(partial.version()).isEqualTo(2);
        Account incremented = accounts.increment(partial, "balance", 5);
        assertThat(incremented.version()).isEqualTo(3);
        assertThat(incremented.balance()).isEqualTo(35);
        // A decrement adds one to the version too (Sequelize's subtracts one, so a version can come back).
        assertThat(accounts.decrement(incremented, "balance", 5).version()).isEqualTo(4);
        assertThat(accounts.patch(ann.id(), Map.of("balance", 1)).version()).isEqualTo(5);
        assertThat(accounts.update(Map.of("balance", 2), Where.all())).isEqualTo(1);
        assertThat(stored(accounts, ann).version()).isEqualTo(6);
        assertThat(accounts.increment("balance", 1, Where.all())).isEqualTo(1);
        assertThat(accounts.decrement("balance", 1, Where.all())).isEqualTo(1);
        assertThat(stored(accounts, ann).version()).isEqualTo(8);
        assertThat(accounts.bulkCreate(List.of(new Account(null, "bob", 1, 3))).get(0).version()).isZero();
    }

    @DialectTest
    void anIncrementOfAStaleInstanceIsAtomicSoNotChecked(TestTarget target) {
        Model<Account> accounts = accounts(target.open());
        Account read = accounts.create(new Account(null, "ann", 10, null));
        accounts.update(read.withBalance(20));
        Account after = accounts.increment(read, "balance", 5);
        assertThat(after.balance()).isEqualTo(25);
        assertThat(after.version()).isEqualTo(2);
        assertStale(() -> accounts.update(read), read);
    }

    @DialectTest
    void aStaleUpdateIsRefusedAndWritesNothing(TestTarget target) {
        Model<Account> accounts = accounts(target.open());
        Account read = accounts.create(new Account(null, "ann", 10, null));
        Account theirs = accounts.update(read.withBalance(20));
        assertStale(() -> accounts.update(read.withBalance(99)), read);
        assertStale(() -> accounts.update(read.withBalance(99), "balance"), read);
        assertThat(stored(accounts, read)).isEqualTo(theirs);
        assertThat(accounts.update(theirs.withBalance(30)).version()).isEqualTo(2);
    }

    @DialectTest
    void aStaleDestroyIsRefusedAndDeletesNothing(TestTarget target) {
        Model<Account> accounts = accounts(target.open());
        Account read = accounts.create(new Account(null, "ann", 10, null));
        Account theirs = accounts.update(read.withBalance(20));
        assertStale(() -> accounts.destroy(read), read);
        assertThat(accounts.findByPk(read.id())).contains(theirs);
        assertThat(accounts.destroy(theirs)).isTrue();
        assertThat(accounts.findByPk(read.id())).isEmpty();
        assertThat(accounts.destroy(theirs)).isFalse();
    }

    @DialectTest
    void aStaleSoftDestroyOrRestoreIsRefusedAndWritesNothing(TestTarget target) {
        Model<Account> accounts = paranoidAccounts(target.open());
        Account read = accounts.create(new Account(null, "ann", 10, null));
        Account theirs = accounts.update(read.withBalance(20));
        assertStale(() -> accounts.destroy(read), read);
        assertThat(accounts.findByPk(read.id())).contains(theirs);
        assertThat(accounts.destroy(theirs)).isTrue();
        assertThat(stored(accounts, read).version()).isEqualTo(2);
        assertThat(accounts.destroy(stored(accounts, read))).isFalse();
        assertStale(() -> accounts.restore(theirs), theirs);
        assertThat(accounts.findByPk(read.id())).isEmpty();
        Account deleted = stored(accounts, read);
        assertThat(accounts.restore(deleted)).isTrue();
        assertThat(stored(accounts, read).version()).isEqualTo(3);
        assertThat(accounts.restore(stored(accounts, read))).isFalse();
        assertStale(() -> accounts.destroy(deleted, true), deleted);
        assertThat(accounts.findByPk(read.id())).isPresent();
    }

    @DialectTest
    void aRowThatIsGoneIsNotFoundRatherThanStale(TestTarget target) {
        Model<Account> accounts = accounts(target.open());
        Account read = accounts.create(new Account(null, "ann", 10, null));
        accounts.destroy(Where.all());
        assertThatThrownBy(() -> accounts.update(read.withBalance(1))).isInstanceOf(NotFoundException.class)
                .isNotInstanceOf(StaleInstanceException.class);
        assertThat(accounts.destroy(read)).isFalse();
    }

    @DialectTest
    void anInstanceWithoutAVersionIsWrittenUncheckedAndGetsTheNewOne(TestTarget target) {
        Junction db = target.open();
        Model<Account> accounts = accounts(db);
        Account read = accounts.create(new Account(null, "ann", 10, null));
        accounts.update(read.withBalance(20));
        Account blind = accounts.update(new Account(read.id(), "ann", 30, null));
        assertThat(blind.version()).isEqualTo(2);
        Model<Row> rows = db.model("Account");
        Row row = rows.update(Row.of("id", read.id(), "balance", 40));
        assertThat(row.get("version")).isEqualTo(3);
        assertThat(stored(accounts, read).balance()).isEqualTo(40);
        assertThatThrownBy(() -> rows.update(Row.of("id", read.id(), "balance", 50, "version", 2)))
                .isInstanceOf(StaleInstanceException.class);
        assertThatThrownBy(() -> rows.destroy(Row.of("id", read.id(), "version", 2)))
                .isInstanceOf(StaleInstanceException.class);
        assertThat(stored(accounts, read).balance()).isEqualTo(40);
        assertThat(rows.update(Row.of("id", read.id(), "balance", 50, "version", 3)).get("version")).isEqualTo(4);
    }

    @DialectTest
    void aPatchNamingTheVersionAppliesOnlyAtThatVersion(TestTarget target) {
        Model<Account> accounts = accounts(target.open());
        Account read = accounts.create(new Account(null, "ann", 10, null));
        accounts.update(read.withBalance(20));
        assertStale(() -> accounts.patch(read.id(), Map.of("balance", 99, "version", 0)), read);
        assertThat(stored(accounts, read).balance()).isEqualTo(20);
        Account patched = accounts.patch(read.id(), Map.of("balance", 30, "version", 1));
        assertThat(patched.balance()).isEqualTo(30);
        assertThat(patched.version()).isEqualTo(2);
        assertThatThrownBy(() -> accounts.patch(read.id() + 100, Map.of("balance", 1, "version", 2)))
                .isInstanceOf(NotFoundException.class).isNotInstanceOf(StaleInstanceException.class);
    }

    @DialectTest
    void theVersionIsNotWrittenByHand(TestTarget target) {
        Model<Account> accounts = accounts(target.open());
        Account read = accounts.create(new Account(null, "ann", 10, null));
        assertThatThrownBy(() -> accounts.update(Map.of("version", 5), Where.all()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Account.version");
        assertThatThrownBy(() -> accounts.update(read, "version"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Account.version");
        assertThatThrownBy(() -> accounts.increment("version", 1, Where.all()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Account.version");
        assertThat(stored(accounts, read).version()).isZero();
    }

    @DialectTest
    void aStaleUpdateRunsNoAfterHookAndRollsBackWhatHooksWrote(TestTarget target) {
        Junction db = target.open();
        AtomicInteger afterUpdates = new AtomicInteger();
        Model<Row> audit = db.define("Audit", m -> m.attribute("note", dev.junction.schema.DataType.string(40)));
        Model<Account> accounts = db.define(Account.class, m -> m.version().hooks(Account.class, h -> h
                .beforeUpdate(a -> a)
                .afterUpdate(a -> {
                    audit.create(Row.of("note", "updated " + a.balance()));
                    afterUpdates.incrementAndGet();
                })));
        db.sync();
        Account read = accounts.create(new Account(null, "ann", 10, null));
        accounts.update(read.withBalance(20));
        assertStale(() -> accounts.update(read.withBalance(99)), read);
        assertThat(afterUpdates).hasValue(1);
        assertThat(audit.findAll()).extracting(r -> r.get("note")).containsExactly("updated 20");
    }

    @DialectTest
    void twoThreadsUpdatingOneStaleInstanceLetExactlyOneWin(TestTarget target) throws Exception {
        Model<Account> accounts = accounts(target.open());
        Account read = accounts.create(new Account(null, "ann", 10, null));
        Callable<Integer> first = () -> attempt(() -> accounts.update(read.withBalance(1)));
        Callable<Integer> second = () -> attempt(() -> accounts.update(read.withBalance(2)));
        List<Integer> won = Simultaneously.run(first, second);
        assertThat(won).containsExactlyInAnyOrder(0, 1);
        Account after = stored(accounts, read);
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.balance()).isEqualTo(won.get(0) == 1 ? 1 : 2);
    }

    /** 1 when the write succeeded, 0 when it was refused as stale. */
    static int attempt(Runnable write) {
        try {
            write.run();
            return 1;
        } catch (StaleInstanceException e) {
            return 0;
        }
    }
}
