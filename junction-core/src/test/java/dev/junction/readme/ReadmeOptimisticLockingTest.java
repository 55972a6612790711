package dev.junction.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.StaleInstanceException;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;

/** The README's "Optimistic locking" example, as written there, on every database. */
class ReadmeOptimisticLockingTest {
    record Account(Long id, Integer balance, Integer version) {
        Account withBalance(int newBalance) {
            return new Account(id, newBalance, version);
        }
    }

    @DialectTest
    void theOptimisticLockingExample(TestTarget target) {
        Junction db = target.open();
        Model<Account> accounts = db.define(Account.class, m -> m.version());
        db.sync();
        Account read = accounts.create(new Account(null, 100, null));
        assertThat(read.version()).isZero();
        Account mine = accounts.update(read.withBalance(90));
        assertThat(mine.version()).isEqualTo(1);
        assertThatThrownBy(() -> accounts.update(read.withBalance(50))).isInstanceOf(StaleInstanceException.class);
        assertThat(accounts.findByPk(read.id()).orElseThrow()).isEqualTo(mine);
    }
}
