package dev.junction.readme;

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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's "short taste", line for line, on the embedded default and on every database. */
class ReadmeExampleTest {
    record User(Long id, @Column(unique = true, allowNull = false) String username, Integer age) { }

    @Test
    void quickStartRunsOnTheEmbeddedDefault() {
        try (Junction db = Junction.open()) {
            runExample(db);
        }
    }

    @DialectTest
    void quickStartRunsOnEveryDatabase(TestTarget target) {
        runExample(target.open());
    }

    private static void runExample(Junction db) {
        Model<User> users = db.define(User.class);
        db.sync();

        User alice = users.create(new User(null, "alice", 30));
        assertThat(users.findByPk(alice.id())).contains(alice);
        assertThat(users.findAll(Query.where(like("username", "a%")).order(Order.asc("username")).limit(10)))
                .containsExactly(alice);
        users.update(new User(alice.id(), "alice", 31));
        users.update(Map.of("age", 32), eq("username", "alice"));
        assertThat(users.count(gt("age", 18))).isEqualTo(1);
        assertThat(users.findByPk(alice.id()).orElseThrow().age()).isEqualTo(32);
        users.destroy(alice);
        assertThat(users.count()).isZero();
    }
}
