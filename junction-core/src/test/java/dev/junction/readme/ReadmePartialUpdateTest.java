package dev.junction.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;

/** The README's "Partial update" example, as written there, on every database. */
class ReadmePartialUpdateTest {
    record Post(Long id, String title, String body) {
        Post withTitle(String newTitle) {
            return new Post(id, newTitle, body);
        }
    }

    @DialectTest
    void thePartialUpdateExample(TestTarget target) {
        Junction db = target.open();
        Model<Post> posts = db.define(Post.class);
        db.sync();
        Post post = posts.create(new Post(null, "Old title", "body"));
        posts.update(new Post(post.id(), "Old title", "edited elsewhere"));
        Post renamed = posts.update(post.withTitle("New title"), "title"); // UPDATE … SET "title" = ?, "updatedAt" = ?
        assertThat(renamed.title()).isEqualTo("New title");
        assertThat(posts.findAll().get(0)).isEqualTo(new Post(post.id(), "New title", "edited elsewhere"));
        long postId = post.id();
        assertThat(posts.patch(postId, java.util.Map.of("title", "Newer title")).title()).isEqualTo("Newer title");
    }
}
