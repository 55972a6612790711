package dev.junction.readme;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.Map;

/** The README's "Increment" example, as written there, on every database. */
class ReadmeIncrementTest {
    record Post(Long id, String title, Integer views, Integer stock, Integer reserved) { }

    @DialectTest
    void theIncrementExample(TestTarget target) {
        Junction db = target.open();
        Model<Post> posts = db.define(Post.class);
        db.sync();
        Post post = posts.create(new Post(null, "hello", 0, 10, 5));
        long postId = post.id();
        int changed = posts.increment("views", 1, eq("id", postId));          // rows changed
        posts.decrement(Map.of("stock", 2, "reserved", 2), eq("id", postId)); // several attributes, one statement
        Post stored = posts.increment(post, "views", 1);                       // the row as stored, new values read back
        assertThat(changed).isEqualTo(1);
        assertThat(stored).isEqualTo(new Post(postId, "hello", 2, 8, 3));
    }
}
