package dev.junction.loading;

import static dev.junction.association.Associations.foreignKey;
import static dev.junction.association.Associations.through;
import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.annotation.Column;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Includes select children by keys of any type a key may have: text keys (a unique {@code sourceKey}) and UUIDs,
 * bound one by one or as an array parameter depending on the database.
 */
class KeyTypesTest {
    record Author(Long id, @Column(unique = true, allowNull = false) String handle) { }

    record Post(Long id, String body, String AuthorHandle) { }

    record Tag(UUID id, String label) { }

    private record Blog(Model<Author> authors, Model<Post> posts, Model<Tag> tags, HasMany<Author, Post> written,
                        BelongsTo<Post, Author> author, BelongsToMany<Post, Tag> tagged,
                        BelongsToMany<Tag, Post> tagging) {
        static Blog open(TestTarget target) {
            Junction db = target.open();
            Model<Author> authors = db.define(Author.class);
            Model<Post> posts = db.define(Post.class);
            Model<Tag> tags = db.define(Tag.class);
            var written = authors.hasMany(posts, foreignKey("AuthorHandle").sourceKey("handle"));
            var author = posts.belongsTo(authors, foreignKey("AuthorHandle").targetKey("handle"));
            var tagged = posts.belongsToMany(tags, through("PostTags"));
            var tagging = tags.belongsToMany(posts, through("PostTags"));
            db.sync();
            return new Blog(authors, posts, tags, written, author, tagged, tagging);
        }
    }

    @DialectTest
    void textKeysSelectChildrenBothWays(TestTarget target) {
        Blog blog = Blog.open(target);
        Author ann = blog.authors().create(new Author(null, "ann"));
        Author bo = blog.authors().create(new Author(null, "bo"));
        Author cy = blog.authors().create(new Author(null, "cy"));
        Post first = blog.posts().create(new Post(null, "first", "ann"));
        Post second = blog.posts().create(new Post(null, "second", "ann"));
        Post third = blog.posts().create(new Post(null, "third", "bo"));

        List<Loaded<Author>> authors = blog.authors().findAll(Query.all().order(asc("id")),
                include(blog.written()).order(asc("body")));
        List<Loaded<Post>> posts = blog.posts().findAll(Query.all().order(asc("id")), include(blog.author()));

        assertThat(authors.get(0).get(blog.written())).containsExactly(first, second);
        assertThat(authors.get(1).get(blog.written())).containsExactly(third);
        assertThat(authors.get(2).get()).isEqualTo(cy);
        assertThat(authors.get(2).get(blog.written())).isEmpty();
        assertThat(posts).extracting(p -> p.get(blog.author()).orElseThrow()).containsExactly(ann, ann, bo);
    }

    @DialectTest
    void uuidKeysSelectChildrenBothWays(TestTarget target) {
        Blog blog = Blog.open(target);
        List<Tag> tags = blog.tags().bulkCreate(IntStream.range(0, 3)
                .mapToObj(i -> new Tag(UUID.randomUUID(), "tag" + i)).toList());
        Post post = blog.posts().create(new Post(null, "tagged", null));
        Post bare = blog.posts().create(new Post(null, "bare", null));
        blog.tagged().add(post, tags.get(0), tags.get(2));

        List<Loaded<Tag>> loadedTags = blog.tags().findAll(Query.all().order(asc("label")), include(blog.tagging()));
        List<Loaded<Post>> loadedPosts = blog.posts().findAll(Query.all().order(asc("id")),
                include(blog.tagged()).order(asc("label")));

        assertThat(loadedTags).extracting(t -> t.get(blog.tagging())).containsExactly(List.of(post), List.of(),
                List.of(post));
        assertThat(loadedPosts.get(0).get(blog.tagged())).containsExactly(tags.get(0), tags.get(2));
        assertThat(loadedPosts.get(1).get()).isEqualTo(bare);
        assertThat(loadedPosts.get(1).get(blog.tagged())).isEmpty();
    }
}
