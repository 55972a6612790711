package dev.junction.crud;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.FoundOrCreated;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.UniqueConstraintException;
import dev.junction.ValidationException;
import dev.junction.annotation.Column;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.Simultaneously;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code findOrCreate(where, defaults)}: the row found, or created from the defaults; race-safe on a unique key. */
class FindOrCreateTest {
    record User(Long id, @Column(unique = true) String username, Integer age, @Column(unique = true) String email,
                Instant createdAt, Instant updatedAt) {
        User(String username, Integer age, String email) {
            this(null, username, age, email, null, null);
        }
    }

    private static Model<User> users(Junction db) {
        Model<User> users = db.define(User.class);
        db.sync();
        return users;
    }

    @DialectTest
    void createsWhenAbsentThenFindsTheStoredRow(TestTarget target) {
        Model<User> users = users(target.open());
        FoundOrCreated<User> first = users.findOrCreate(eq("username", "alice"), new User(null, 30, "a@x.org"));
        assertThat(first.created()).isTrue();
        assertThat(first.instance().username()).isEqualTo("alice");
        assertThat(first.instance().id()).isNotNull();

        FoundOrCreated<User> second = users.findOrCreate(eq("username", "alice"), new User(null, 99, "z@x.org"));

        assertThat(second.created()).isFalse();
        assertThat(second.instance()).isEqualTo(users.findByPk(first.instance().id()).orElseThrow());
        assertThat(second.instance().age()).isEqualTo(30);
        assertThat(users.count()).isEqualTo(1);
    }

    @DialectTest
    void theEqualitiesOfAnAndFillTheDefaults(TestTarget target) {
        Model<User> users = users(target.open());
        FoundOrCreated<User> r = users.findOrCreate(Where.and(eq("username", "bob"), eq("age", 20)),
                new User(null, null, "b@x.org"));
        assertThat(r.created()).isTrue();
        assertThat(r.instance().username()).isEqualTo("bob");
        assertThat(r.instance().age()).isEqualTo(20);
    }

    @DialectTest
    void concurrentCallsCreateOneRowAndAllGetIt(TestTarget target) throws Exception {
        Junction db = target.open(b -> b.maxPoolSize(8));
        Model<User> users = users(db);
        for (int round = 0; round < 5; round++) {
            String name = "user" + round;
            Callable<FoundOrCreated<User>> call = () -> users.findOrCreate(eq("username", name),
                    new User(null, 1, null));
            List<FoundOrCreated<User>> results = Simultaneously.run(call, call, call, call);
            assertThat(results).filteredOn(FoundOrCreated::created).hasSize(1);
            assertThat(results).extracting(r -> r.instance().id()).containsOnly(results.get(0).instance().id());
            assertThat(users.count(eq("username", name))).isEqualTo(1);
        }
    }

    @DialectTest
    void insideACallersTransactionALostRaceStillFindsTheRow(TestTarget target) {
        Junction db = target.open();
        Model<User> users = users(db);
        FoundOrCreated<User> r = db.transaction(tx -> {
            FoundOrCreated<User> made = users.in(tx).findOrCreate(eq("username", "carol"), new User(null, 5, null));
            FoundOrCreated<User> again = users.in(tx).findOrCreate(eq("username", "carol"), new User(null, 6, null));
            assertThat(again.created()).isFalse();
            assertThat(again.instance().id()).isEqualTo(made.instance().id());
            return made;
        });
        assertThat(r.created()).isTrue();
        assertThat(users.count()).isEqualTo(1);
    }

    @DialectTest
    void aCollisionOnAnotherUniqueKeyIsNotSwallowed(TestTarget target) {
        Model<User> users = users(target.open());
        users.create(new User("alice", 30, "a@x.org"));
        assertThatThrownBy(() -> users.findOrCreate(eq("username", "bob"), new User(null, 1, "a@x.org")))
                .isInstanceOf(UniqueConstraintException.class);
        assertThat(users.count()).isEqualTo(1);
    }

    @DialectTest
    void badInputIsATypedErrorAndWritesNothing(TestTarget target) {
        Model<User> users = users(target.open());
        assertRefused(() -> users.findOrCreate(null, new User("a", 1, null)), "where");
        assertRefused(() -> users.findOrCreate(eq("username", "a"), null), "defaults");
        assertRefused(() -> users.findOrCreate(eq("nope", "a"), new User("a", 1, null)), "nope");
        assertRefused(() -> users.findOrCreate(eq("username", "a"), new User("b", 1, null)), "username");
        assertThat(users.count()).isZero();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String word) {
        assertThatThrownBy(call).isInstanceOf(ValidationException.class).hasMessageContaining(word);
    }
}
