package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.StaleInstanceException;
import dev.junction.UniqueConstraintException;
import dev.junction.annotation.Column;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.Map;

/**
 * Before-hooks run in the write's transaction: what one writes (an audit row) is undone with a write that fails —
 * a stale update or destroy, a unique violation of a create, a bulk write whose after-hook throws.
 */
class BeforeHookWritesTest {
    record Account(Long id, @Column(unique = true) String owner, Integer balance, Integer version) {
    }

    private record Setup(Model<Row> audit, Model<Account> accounts) {
        long audited() {
            return audit.count();
        }
    }

    /** Every before-hook of Account writes an audit row. */
    private static Setup setup(Junction db) {
        Model<Row> audit = db.define("Audit", m -> m.attribute("note", DataType.string(40)));
        Model<Account> accounts = db.define(Account.class, m -> m.version().hooks(Account.class, h -> h
                .beforeCreate(a -> note(audit, "create", a))
                .beforeUpdate(a -> note(audit, "update", a))
                .beforeDestroy(a -> audit.create(Row.of("note", "destroy " + a.owner())))
                .beforeBulkUpdate(bulk -> {
                    audit.create(Row.of("note", "bulk update"));
                    return bulk;
                })
                .afterBulkUpdate(bulk -> {
                    throw new IllegalStateException("refused");
                })));
        db.sync();
        return new Setup(audit, accounts);
    }

    private static Account note(Model<Row> audit, String what, Account account) {
        audit.create(Row.of("note", what + " " + account.owner()));
        return account;
    }

    @DialectTest
    void aStaleUpdateUndoesWhatItsBeforeHooksWrote(TestTarget target) {
        Setup s = setup(target.open());
        Account read = s.accounts.create(new Account(null, "ann", 10, null));
        s.accounts.update(new Account(read.id(), "ann", 20, read.version()));
        long before = s.audited();

        assertThatThrownBy(() -> s.accounts.update(new Account(read.id(), "ann", 99, read.version())))
                .isInstanceOf(StaleInstanceException.class);

        assertThat(s.audited()).isEqualTo(before);
        assertThat(s.accounts.findByPk(read.id()).orElseThrow().balance()).isEqualTo(20);
    }

    @DialectTest
    void aStaleDestroyUndoesWhatItsBeforeHooksWrote(TestTarget target) {
        Setup s = setup(target.open());
        Account read = s.accounts.create(new Account(null, "ann", 10, null));
        s.accounts.update(new Account(read.id(), "ann", 20, read.version()));
        long before = s.audited();

        assertThatThrownBy(() -> s.accounts.destroy(read)).isInstanceOf(StaleInstanceException.class);

        assertThat(s.audited()).isEqualTo(before);
        assertThat(s.accounts.findByPk(read.id())).isPresent();
    }

    @DialectTest
    void aCreateThatFailsUndoesWhatItsBeforeHooksWrote(TestTarget target) {
        Setup s = setup(target.open());
        s.accounts.create(new Account(null, "ann", 10, null));
        long before = s.audited();

        assertThatThrownBy(() -> s.accounts.create(new Account(null, "ann", 5, null)))
                .isInstanceOf(UniqueConstraintException.class);

        assertThat(s.audited()).isEqualTo(before);
    }

    @DialectTest
    void aBulkUpdateRolledBackUndoesWhatItsBeforeHookWrote(TestTarget target) {
        Setup s = setup(target.open());
        s.accounts.create(new Account(null, "ann", 10, null));
        long before = s.audited();

        assertThatThrownBy(() -> s.accounts.update(Map.of("balance", 1), Where.all()))
                .isInstanceOf(IllegalStateException.class);

        assertThat(s.audited()).isEqualTo(before);
        assertThat(s.accounts.findAll().get(0).balance()).isEqualTo(10);
    }

    @DialectTest
    void aWriteThatSucceedsKeepsWhatItsBeforeHooksWrote(TestTarget target) {
        Setup s = setup(target.open());
        Account ann = s.accounts.create(new Account(null, "ann", 10, null));
        s.accounts.update(new Account(ann.id(), "ann", 20, ann.version()));

        assertThat(s.audit.findAll()).extracting(r -> r.get("note"))
                .containsExactlyInAnyOrder("create ann", "update ann");
    }
}
