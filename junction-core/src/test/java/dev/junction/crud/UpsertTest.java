package dev.junction.crud;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.UniqueConstraintException;
import dev.junction.Upserted;
import dev.junction.ValidationException;
import dev.junction.annotation.Column;
import dev.junction.query.Query;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@code upsert(instance)}: insert, or write over the stored row matching on the key; the row as stored comes back. */
class UpsertTest {
    record User(Long id, @Column(unique = true, allowNull = false) String username, Integer age,
                @Column(unique = true) String email, Instant createdAt, Instant updatedAt) {
        User(Long id, String username, Integer age, String email) {
            this(id, username, age, email, null, null);
        }
    }

    private static Model<User> users(Junction db) {
        Model<User> users = db.define(User.class);
        db.sync();
        return users;
    }

    @DialectTest
    void upsertInsertsThenUpdatesTheRowWithTheSameKey(TestTarget target) {
        Model<User> users = users(target.open());
        Upserted<User> first = users.upsert(new User(null, "alice", 30, "a@x.org"));
        assertThat(first.created()).isTrue();
        assertThat(first.instance().id()).isNotNull();
        User stored = users.findByPk(first.instance().id()).orElseThrow();
        assertThat(first.instance()).isEqualTo(stored);

        Upserted<User> second = users.upsert(new User(stored.id(), "alice2", 31, "a@x.org"));

        assertThat(second.created()).isFalse();
        assertThat(second.instance().id()).isEqualTo(stored.id());
        assertThat(second.instance().username()).isEqualTo("alice2");
        assertThat(second.instance().age()).isEqualTo(31);
        assertThat(second.instance().createdAt()).isEqualTo(stored.createdAt());
        assertThat(second.instance().updatedAt()).isAfterOrEqualTo(stored.updatedAt());
        assertThat(users.count()).isEqualTo(1);
        assertThat(users.findByPk(stored.id()).orElseThrow()).isEqualTo(second.instance());
    }

    @DialectTest
    void withoutItsKeyTheRowIsMatchedOnTheFirstUniqueKey(TestTarget target) {
        Model<User> users = users(target.open());
        User alice = users.upsert(new User(null, "alice", 30, "a@x.org")).instance();
        Upserted<User> again = users.upsert(new User(null, "alice", 31, "new@x.org"));
        assertThat(again.created()).isFalse();
        assertThat(again.instance().id()).isEqualTo(alice.id());
        assertThat(again.instance().email()).isEqualTo("new@x.org");
        assertThat(users.count()).isEqualTo(1);
    }

    @DialectTest
    void theStoredValuesComeBackNotTheGivenOnes(TestTarget target) {
        Model<User> users = users(target.open());
        User alice = users.create(new User(null, "alice", 30, "a@x.org"));
        User created = users.findByPk(alice.id()).orElseThrow();
        Instant given = Instant.parse("2001-01-01T00:00:00Z");

        User upserted = users.upsert(new User(alice.id(), "alice", 31, "a@x.org", given, given)).instance();

        assertThat(upserted.createdAt()).isEqualTo(created.createdAt()).isNotEqualTo(given);
        assertThat(upserted.updatedAt()).isAfter(given);
        assertThat(users.findByPk(alice.id()).orElseThrow()).isEqualTo(upserted);
    }

    @DialectTest
    void aNamedUniqueKeyIsTheConflictTarget(TestTarget target) {
        Model<User> users = users(target.open());
        User alice = users.create(new User(null, "alice", 30, "a@x.org"));
        Upserted<User> byEmail = users.upsert(new User(null, "alicia", 32, "a@x.org"), "email");
        assertThat(byEmail.created()).isFalse();
        assertThat(byEmail.instance().id()).isEqualTo(alice.id());
        assertThat(byEmail.instance().username()).isEqualTo("alicia");
        Upserted<User> bob = users.upsert(new User(null, "bob", 20, "b@x.org"), "email");
        assertThat(bob.created()).isTrue();
        assertThat(users.count()).isEqualTo(2);
    }

    @DialectTest
    void aCollisionOnAnotherUniqueKeyIsRefusedAndWritesNothing(TestTarget target) {
        Model<User> users = users(target.open());
        users.create(new User(null, "alice", 30, "a@x.org"));
        users.create(new User(null, "bob", 20, "b@x.org"));
        assertThatThrownBy(() -> users.upsert(new User(null, "bob", 99, "a@x.org"), "email"))
                .isInstanceOf(UniqueConstraintException.class);
        assertThatThrownBy(() -> users.upsert(new User(null, "alice", 99, "c@x.org"), "email"))
                .isInstanceOf(UniqueConstraintException.class);
        assertThat(users.findAll(Query.all().order(dev.junction.query.Order.asc("username"))))
                .extracting(User::username, User::age, User::email)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alice", 30, "a@x.org"),
                        org.assertj.core.groups.Tuple.tuple("bob", 20, "b@x.org"));
    }

    @DialectTest
    void concurrentUpsertsOfOneRowCreateItOnce(TestTarget target) throws Exception {
        Model<User> users = users(target.open(b -> b.maxPoolSize(8)));
        for (int round = 0; round < 5; round++) {
            String name = "user" + round;
            java.util.concurrent.Callable<Upserted<User>> call = () -> users.upsert(new User(null, name, 1, null));
            List<Upserted<User>> results = dev.junction.testing.Simultaneously.run(call, call, call, call);
            assertThat(results).filteredOn(Upserted::created).hasSize(1);
            assertThat(results).extracting(r -> r.instance().id()).containsOnly(results.get(0).instance().id());
            assertThat(users.count(eq("username", name))).isEqualTo(1);
        }
    }

    @DialectTest
    void badInputIsATypedErrorAndWritesNothing(TestTarget target) {
        Model<User> users = users(target.open());
        User valid = new User(null, "alice", 30, "a@x.org");
        assertRefused(() -> users.upsert(null), "instance");
        assertRefused(() -> users.upsert(valid, "nope"), "nope");
        assertRefused(() -> users.upsert(valid, "age"), "age");
        assertRefused(() -> users.upsert(valid, "username", "email"), "username");
        assertRefused(() -> users.upsert(valid, (String) null), "conflict attribute");
        assertRefused(() -> users.upsert(valid, (String[]) null), "conflictAttributes");
        assertRefused(() -> users.upsert(new User(null, null, 30, "a@x.org")), "username");
        assertThat(users.count()).isZero();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String word) {
        assertThatThrownBy(call).isInstanceOf(ValidationException.class).hasMessageContaining("User")
                .hasMessageContaining(word);
    }

    record Hooked(Long id, @Column(unique = true) String name, Integer size) {
        static final java.util.concurrent.atomic.AtomicInteger CALLS = new java.util.concurrent.atomic.AtomicInteger();

        static Hooked beforeCreate(Hooked h) {
            CALLS.incrementAndGet();
            return h;
        }

        static Hooked beforeUpdate(Hooked h) {
            CALLS.incrementAndGet();
            return h;
        }
    }

    @DialectTest
    void validatorsRunAsForCreateAndNoHooksRun(TestTarget target) {
        Junction db = target.open();
        Model<Hooked> things = db.define(Hooked.class, m -> m.attribute("size", a -> a.min(0)));
        db.sync();
        Hooked.CALLS.set(0);
        assertThat(things.upsert(new Hooked(null, "a", 1)).created()).isTrue();
        assertThat(things.upsert(new Hooked(null, "a", 2)).created()).isFalse();
        assertThat(Hooked.CALLS).hasValue(0);
        assertThatThrownBy(() -> things.upsert(new Hooked(null, "a", -1))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("size");
        assertThat(things.findAll()).extracting(Hooked::size).containsExactly(2);
    }

    @DialectTest
    void aSoftDeletedRowMatchedByItsKeyIsBroughtBack(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class, m -> m.paranoid());
        db.sync();
        User alice = users.create(new User(null, "alice", 30, "a@x.org"));
        users.destroy(alice);
        Upserted<User> back = users.upsert(new User(alice.id(), "alice", 31, "a@x.org"));
        assertThat(back.created()).isFalse();
        assertThat(users.findByPk(alice.id()).orElseThrow().age()).isEqualTo(31);
    }

    @DialectTest
    void onPostgresqlAnUpsertIsOneStatement(TestTarget target) {
        List<String> sql = new CopyOnWriteArrayList<>();
        Junction db = target.open(b -> b.listener((text, parameters, nanos) -> sql.add(text)));
        Model<User> users = users(db);
        User alice = users.create(new User(null, "alice", 30, "a@x.org"));
        sql.clear();
        users.upsert(new User(null, "alice", 31, "a@x.org"));
        users.upsert(new User(null, "bob", 31, "b@x.org"));
        if (target.backend() == Backend.POSTGRESQL) {
            assertThat(sql).hasSize(2).allMatch(s -> s.contains("ON CONFLICT") && s.contains("RETURNING"));
        } else if (target.backend() == Backend.SQLITE) {
            assertThat(sql).hasSize(4); // a SELECT tells insert from update, then the upsert returns the row
        }
        assertThat(users.findOne(eq("username", "alice")).orElseThrow().id()).isEqualTo(alice.id());
    }
}
