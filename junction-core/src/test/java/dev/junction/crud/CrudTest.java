package dev.junction.crud;

import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.gt;
import static dev.junction.query.Where.like;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.annotation.Column;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.util.List;
import java.util.Map;

class CrudTest {
    record User(Long id, @Column(unique = true, allowNull = false) String username, Integer age, Instant createdAt,
                Instant updatedAt) {
        User(String username, Integer age) {
            this(null, username, age, null, null);
        }
    }

    private static Model<User> users(Junction db) {
        Model<User> users = db.define(User.class);
        db.sync();
        return users;
    }

    @DialectTest
    void createReturnsGeneratedKeyAndTimestamps(TestTarget target) {
        Model<User> users = users(target.open());
        User alice = users.create(new User("alice", 30));
        assertThat(alice.id()).isNotNull();
        assertThat(alice.createdAt()).isNotNull().isEqualTo(alice.updatedAt());
        User bob = users.create(new User("bob", 25));
        assertThat(bob.id()).isGreaterThan(alice.id());
    }

    @DialectTest
    void findByPkReadsBackWhatWasWritten(TestTarget target) {
        Model<User> users = users(target.open());
        User alice = users.create(new User("alice", 30));
        assertThat(users.findByPk(alice.id())).contains(alice);
        assertThat(users.findByPk(alice.id() + 100)).isEmpty();
    }

    @DialectTest
    void findAllFiltersOrdersAndPages(TestTarget target) {
        Model<User> users = users(target.open());
        for (String name : List.of("anna", "bert", "alma", "carl", "abel")) {
            users.create(new User(name, name.length() * 10 + name.charAt(1)));
        }
        List<User> as = users.findAll(Query.where(like("username", "a%")).order(Order.asc("username")));
        assertThat(as).extracting(User::username).containsExactly("abel", "alma", "anna");
        List<User> page = users.findAll(Query.all().order(Order.desc("username")).limit(2).offset(1));
        assertThat(page).extracting(User::username).containsExactly("bert", "anna");
        assertThat(users.count(gt("age", 145))).isEqualTo(users.findAll(gt("age", 145)).size());
    }

    @DialectTest
    void updateAndDestroy(TestTarget target) {
        Model<User> users = users(target.open());
        User alice = users.create(new User("alice", 30));
        User older = users.update(new User(alice.id(), "alice", 31, alice.createdAt(), alice.updatedAt()));
        assertThat(users.findByPk(alice.id()).orElseThrow().age()).isEqualTo(31);
        assertThat(older.updatedAt()).isAfterOrEqualTo(alice.updatedAt());
        assertThat(users.update(Map.of("age", 40), eq("username", "alice"))).isEqualTo(1);
        assertThat(users.findOne(eq("username", "alice")).orElseThrow().age()).isEqualTo(40);
        assertThat(users.destroy(older)).isTrue();
        assertThat(users.count()).isZero();
    }
}
