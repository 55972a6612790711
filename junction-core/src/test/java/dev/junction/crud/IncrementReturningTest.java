package dev.junction.crud;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.NotFoundException;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@code increment(instance, …)} gets the new row from the UPDATE itself where the database can return it
 * (PostgreSQL and SQLite {@code RETURNING}, H2 {@code FINAL TABLE}); MariaDB reads it back.
 */
class IncrementReturningTest {
    record Post(Long id, String title, Integer views, Instant createdAt, Instant updatedAt) {
    }

    @DialectTest
    void theInstanceFormIsOneStatementWhereTheUpdateCanReturnTheRow(TestTarget target) {
        List<String> sql = new CopyOnWriteArrayList<>();
        Junction db = target.open(b -> b.listener((text, parameters, nanos) -> sql.add(text)));
        Model<Post> posts = db.define(Post.class);
        db.sync();
        Post post = posts.create(new Post(null, "hello", 10, null, null));
        posts.increment("views", 5, eq("id", post.id()));
        sql.clear();

        Post stored = posts.increment(post, "views", 1);

        assertThat(stored.views()).isEqualTo(16);
        assertThat(stored.title()).isEqualTo("hello");
        assertThat(stored.createdAt()).isEqualTo(post.createdAt());
        assertThat(stored.updatedAt()).isAfterOrEqualTo(post.updatedAt());
        List<String> verbs = sql.stream().map(s -> s.stripLeading().substring(0, 6).toUpperCase(Locale.ROOT)).toList();
        if (target.backend() == Backend.MARIADB) {
            assertThat(verbs).containsExactly("UPDATE", "SELECT");
        } else {
            assertThat(verbs).hasSize(1);
            assertThat(sql.get(0)).containsIgnoringCase("UPDATE");
        }
    }

    @DialectTest
    void aGoneRowIsNotFoundAndTheDecrementReturnsTooInOneStatement(TestTarget target) {
        Junction db = target.open();
        Model<Post> posts = db.define(Post.class);
        db.sync();
        Post post = posts.create(new Post(null, "hello", 10, null, null));
        assertThat(posts.decrement(post, "views", 3).views()).isEqualTo(7);
        posts.destroy(post);
        assertThatThrownBy(() -> posts.increment(post, "views", 1)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Post").hasMessageContaining("id=" + post.id());
    }
}
