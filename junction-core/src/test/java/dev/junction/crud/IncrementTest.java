package dev.junction.crud;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.NotFoundException;
import dev.junction.ValidationException;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.Simultaneously;
import dev.junction.testing.TestTarget;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Atomic increments and decrements: one UPDATE adding to the stored value, as Sequelize's {@code increment}. */
class IncrementTest {
    record Post(Long id, String title, Integer views, Long likes, BigDecimal score, Boolean open, Instant createdAt,
                Instant updatedAt) {
        Post(String title, int views) {
            this(null, title, views, 0L, new BigDecimal("1.50"), true, null, null);
        }
    }

    private static Model<Post> posts(Junction db) {
        Model<Post> posts = db.define(Post.class, m -> m.paranoid().scope("open", eq("open", true)));
        db.sync();
        return posts;
    }

    private static Post stored(Model<Post> posts, Post post) {
        return posts.unscoped().findAll(dev.junction.query.Query.where(eq("id", post.id())).withDeleted())
                .get(0);
    }

    @DialectTest
    void incrementAndDecrementAddToTheStoredValuesOfMatchingRows(TestTarget target) {
        Model<Post> posts = posts(target.open());
        Post a = posts.create(new Post("a", 10));
        Post b = posts.create(new Post("b", 20));
        assertThat(posts.increment("views", 5, eq("title", "a"))).isEqualTo(1);
        assertThat(posts.decrement("views", 3, Where.all())).isEqualTo(2);
        assertThat(posts.increment("views", -1, eq("title", "b"))).isEqualTo(1);
        Map<String, Number> several = new LinkedHashMap<>();
        several.put("likes", 2);
        several.put("score", new BigDecimal("0.25"));
        assertThat(posts.increment(several, eq("title", "a"))).isEqualTo(1);
        Post aNow = stored(posts, a);
        assertThat(aNow.views()).isEqualTo(12);
        assertThat(aNow.likes()).isEqualTo(2L);
        assertThat(aNow.score()).isEqualByComparingTo("1.75");
        assertThat(aNow.updatedAt()).isAfterOrEqualTo(a.updatedAt());
        assertThat(stored(posts, b).views()).isEqualTo(16);
        assertThat(posts.decrement(Map.of("likes", 1), eq("title", "a"))).isEqualTo(1);
        assertThat(stored(posts, a).likes()).isEqualTo(1L);
    }

    @DialectTest
    void theInstanceFormReturnsTheStoredRow(TestTarget target) {
        Model<Post> posts = posts(target.open());
        Post a = posts.create(new Post("a", 10));
        posts.increment("views", 100, Where.all());
        Post after = posts.increment(a, "views", 1);
        assertThat(after.views()).isEqualTo(111);
        assertThat(after.title()).isEqualTo("a");
        assertThat(posts.decrement(after, "views", 11).views()).isEqualTo(100);
        posts.destroy(a);
        assertThatThrownBy(() -> posts.increment(a, "views", 1)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Post");
    }

    @DialectTest
    void twoThreadsLoseNoIncrement(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Post> posts = posts(db);
        Post a = posts.create(new Post("a", 0));
        java.util.concurrent.Callable<Integer> task = () -> {
            for (int n = 0; n < 200; n++) posts.increment("views", 1, eq("id", a.id()));
            return 0;
        };
        Simultaneously.run(task, task);
        assertThat(stored(posts, a).views()).isEqualTo(400);
    }

    @DialectTest
    void theScopeAndTheSoftDeleteFilterNarrowTheRows(TestTarget target) {
        Model<Post> posts = posts(target.open());
        Post open = posts.create(new Post("open", 1));
        Post closed = posts.create(new Post(null, "closed", 1, 0L, BigDecimal.ONE, false, null, null));
        Post gone = posts.create(new Post("gone", 1));
        posts.destroy(gone);
        assertThat(posts.scoped("open").increment("views", 1, Where.all())).isEqualTo(1);
        assertThat(posts.increment("views", 1, Where.all())).isEqualTo(2);
        assertThat(stored(posts, open).views()).isEqualTo(3);
        assertThat(stored(posts, closed).views()).isEqualTo(2);
        assertThat(stored(posts, gone).views()).isEqualTo(1);
        assertThatThrownBy(() -> posts.scoped("open").increment(closed, "views", 1))
                .isInstanceOf(NotFoundException.class);
        assertThat(stored(posts, closed).views()).isEqualTo(2);
    }

    @DialectTest
    void badInputIsATypedErrorAndWritesNothing(TestTarget target) {
        Model<Post> posts = posts(target.open());
        Post a = posts.create(new Post("a", 10));
        assertRefused(() -> posts.increment("nope", 1, Where.all()), "nope");
        assertRefused(() -> posts.increment("title", 1, Where.all()), "title");
        assertRefused(() -> posts.increment("id", 1, Where.all()), "id");
        assertRefused(() -> posts.increment("views", null, Where.all()), "views");
        assertRefused(() -> posts.increment("views", Double.NaN, Where.all()), "views");
        assertRefused(() -> posts.increment("views", 1.5, Where.all()), "views");
        assertRefused(() -> posts.increment("views", 1, null), "where");
        assertRefused(() -> posts.increment(null, 1, Where.all()), "attribute");
        assertRefused(() -> posts.increment((Map<String, Number>) null, Where.all()), "increment");
        assertRefused(() -> posts.increment((Post) null, "views", 1), "instance");
        Map<String, Number> half = new HashMap<>();
        half.put("views", 1);
        half.put("title", 1);
        assertRefused(() -> posts.increment(half, Where.all()), "title");
        assertRefused(() -> posts.increment(a, "nope", 1), "nope");
        assertThat(stored(posts, a).views()).isEqualTo(10);
        assertThat(stored(posts, a).updatedAt()).isEqualTo(a.updatedAt());
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String named) {
        assertThatThrownBy(call).isInstanceOf(ValidationException.class).hasMessageContaining("Post")
                .hasMessageContaining(named);
    }
}
