package dev.junction.model;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.UniqueConstraintException;
import dev.junction.ValidationException;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** allowNull, unique, defaultValue and column, as set per attribute. */
class AttributeOptionsTest {
    enum Level { LOW, HIGH }

    record Account(Long id, String email, String nickname) {
    }

    @DialectTest
    void allowNullFalseFailsBeforeAnyWriteNamingModelAndAttribute(TestTarget target) throws SQLException {
        Junction db = target.open();
        Model<Account> accounts = db.define(Account.class, m -> m.attribute("email", a -> a.allowNull(false)));
        db.sync();
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> accounts.create(new Account(null, null, "nobody")));
        assertThat(e.model()).isEqualTo("Account");
        assertThat(e.attribute()).isEqualTo("email");
        assertThat(e).hasMessageContaining("Account").hasMessageContaining("email");
        assertThat(new RawSql(target, db).count("Accounts")).isZero();
    }

    @DialectTest
    void allowNullFalseMakesTheColumnNotNull(TestTarget target) {
        Junction db = target.open();
        db.define(Account.class, m -> m.attribute("email", a -> a.allowNull(false)));
        db.sync();
        var table = db.describe().table("Accounts").orElseThrow();
        assertThat(table.column("email").orElseThrow().nullable()).isFalse();
        assertThat(table.column("nickname").orElseThrow().nullable()).isTrue();
    }

    @DialectTest
    void uniqueViolationNamesTableAndColumn(TestTarget target) {
        Junction db = target.open();
        Model<Account> accounts = db.define(Account.class, m -> m.attribute("email", a -> a.unique()));
        db.sync();
        accounts.create(new Account(null, "ann@example.com", "ann"));
        UniqueConstraintException e = catchThrowableOfType(UniqueConstraintException.class,
                () -> accounts.create(new Account(null, "ann@example.com", "other ann")));
        assertThat(e.table()).isEqualTo("Accounts");
        assertThat(e.columns()).containsExactly("email");
        assertThat(e).hasMessageContaining("Accounts").hasMessageContaining("email");
        assertThat(accounts.count()).isEqualTo(1);
    }

    @DialectTest
    void constantDefaultFillsCreateAndIsInTheTable(TestTarget target) throws SQLException {
        Junction db = target.open();
        Model<Row> tasks = db.define("Task", m -> m
                .attribute("title", DataType.string(60))
                .attribute("status", DataType.string(20), a -> a.defaultValue("draft"))
                .attribute("priority", DataType.integer(), a -> a.defaultValue(3))
                .attribute("open", DataType.bool(), a -> a.defaultValue(true))
                .attribute("budget", DataType.decimal(10, 2), a -> a.defaultValue(new BigDecimal("99.50")))
                .attribute("due", DataType.date(), a -> a.defaultValue(LocalDate.of(2030, 1, 31)))
                .attribute("level", DataType.enumOf(Level.class), a -> a.defaultValue(Level.LOW))
                .timestamps(false));
        db.sync();
        Map<String, Object> defaults = Map.of("status", "draft", "priority", 3, "open", true,
                "budget", new BigDecimal("99.50"), "due", LocalDate.of(2030, 1, 31), "level", Level.LOW);
        assertThat(tasks.create(Row.of("title", "by Junction"))).containsAllEntriesOf(defaults);

        new RawSql(target, db).execute("INSERT INTO {Tasks} ({title}) VALUES (?)", "by hand");
        assertThat(tasks.findOne(eq("title", "by hand")).orElseThrow()).containsAllEntriesOf(defaults);
    }

    @DialectTest
    void givenValueWinsOverTheDefault(TestTarget target) {
        Junction db = target.open();
        Model<Row> tasks = db.define("Task", m -> m
                .attribute("status", DataType.string(20), a -> a.defaultValue("draft")));
        db.sync();
        Row created = tasks.create(Row.of("status", "done"));
        assertThat(tasks.findByPk(created.get("id")).orElseThrow().getString("status")).isEqualTo("done");
    }

    @DialectTest
    void supplierDefaultIsCalledForEachCreateThatLeavesTheValueNull(TestTarget target) {
        Junction db = target.open();
        AtomicInteger next = new AtomicInteger();
        Model<Account> accounts = db.define(Account.class, m -> m
                .attribute("nickname", a -> a.defaultValue(() -> "guest" + next.incrementAndGet())));
        db.sync();
        Account first = accounts.create(new Account(null, "a@example.com", null));
        Account second = accounts.create(new Account(null, "b@example.com", null));
        Account named = accounts.create(new Account(null, "c@example.com", "cee"));
        assertThat(accounts.findByPk(first.id()).orElseThrow().nickname()).isEqualTo("guest1");
        assertThat(accounts.findByPk(second.id()).orElseThrow().nickname()).isEqualTo("guest2");
        assertThat(named.nickname()).isEqualTo("cee");
        assertThat(next.get()).isEqualTo(2);
    }

    @DialectTest
    void columnRenamesTheColumnButNotTheAttribute(TestTarget target) throws SQLException {
        Junction db = target.open();
        Model<Account> accounts = db.define(Account.class, m -> m.attribute("email", a -> a.column("mail_address")));
        db.sync();
        Account ann = accounts.create(new Account(null, "ann@example.com", "ann"));

        var table = db.describe().table("Accounts").orElseThrow();
        assertThat(table.column("mail_address")).isPresent();
        assertThat(table.column("email")).isEmpty();
        assertThat(new RawSql(target, db).string("SELECT {mail_address} FROM {Accounts} WHERE {id} = ?", ann.id()))
                .isEqualTo("ann@example.com");
        assertThat(accounts.findByPk(ann.id()).orElseThrow().email()).isEqualTo("ann@example.com");
        assertThat(accounts.definition().attribute("email").orElseThrow().column()).isEqualTo("mail_address");
    }
}
