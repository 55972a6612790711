package dev.junction.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.NotFoundException;
import dev.junction.StaleInstanceException;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.Map;

/**
 * A belongsTo {@code set} (and {@code create}) of a versioned source writes its row: it matches the version the
 * instance carries, as an update of the instance does, and returns the instance at its new version.
 */
class VersionedBelongsToSetTest {
    record Author(Long id, String name) {
    }

    record Post(Long id, String title, Long AuthorId, Integer version) {
    }

    private record Setup(Model<Author> authors, Model<Post> posts, BelongsTo<Post, Author> author, Author bob,
                         Post post) {
        Post stored() {
            return posts.findByPk(post.id()).orElseThrow();
        }
    }

    private static Setup setup(Junction db) {
        Model<Author> authors = db.define(Author.class);
        Model<Post> posts = db.define(Post.class, m -> m.version());
        BelongsTo<Post, Author> author = posts.belongsTo(authors);
        db.sync();
        return new Setup(authors, posts, author, authors.create(new Author(null, "bob")),
                posts.create(new Post(null, "t", null, null)));
    }

    @DialectTest
    void setReturnsTheSourceAtItsNewVersion(TestTarget target) {
        Setup s = setup(target.open());

        Post set = s.author.set(s.post, s.bob);

        assertThat(set.version()).isEqualTo(1);
        assertThat(s.stored().version()).isEqualTo(1);
        assertThat(set.AuthorId()).isEqualTo(s.bob.id());
        Post updated = s.posts.update(new Post(set.id(), "t2", set.AuthorId(), set.version()));
        assertThat(updated.version()).isEqualTo(2);
    }

    @DialectTest
    void setOfAnInstanceWithoutAVersionReadsTheNewOne(TestTarget target) {
        Setup s = setup(target.open());
        s.posts.update(new Post(s.post.id(), "t2", null, 0));

        Post set = s.author.set(new Post(s.post.id(), "t2", null, null), s.bob);

        assertThat(set.version()).isEqualTo(2);
        assertThat(s.stored().version()).isEqualTo(2);
    }

    @DialectTest
    void setFromAStaleInstanceIsRefusedAndChangesNothing(TestTarget target) {
        Setup s = setup(target.open());
        s.posts.update(new Post(s.post.id(), "t2", null, 0));

        assertThatThrownBy(() -> s.author.set(s.post, s.bob))
                .isInstanceOfSatisfying(StaleInstanceException.class, e -> {
                    assertThat(e.model()).isEqualTo("Post");
                    assertThat(e.key()).isEqualTo(Map.of("id", s.post.id()));
                    assertThat(e.version()).isEqualTo(0);
                });
        assertThat(s.stored()).extracting(Post::AuthorId, Post::version).containsExactly(null, 1);
    }

    @DialectTest
    void createFromAStaleInstanceIsRefusedAndCreatesNoTarget(TestTarget target) {
        Setup s = setup(target.open());
        s.posts.update(new Post(s.post.id(), "t2", null, 0));

        assertThatThrownBy(() -> s.author.create(s.post, new Author(null, "eve")))
                .isInstanceOf(StaleInstanceException.class);
        assertThat(s.authors.count()).isEqualTo(1);
        assertThat(s.stored().AuthorId()).isNull();
    }

    @DialectTest
    void setOfAGoneSourceIsNotFound(TestTarget target) {
        Setup s = setup(target.open());
        s.posts.destroy(s.post);

        assertThatThrownBy(() -> s.author.set(s.post, s.bob)).isInstanceOf(NotFoundException.class);
    }
}
