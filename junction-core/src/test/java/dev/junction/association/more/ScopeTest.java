package dev.junction.association.more;

import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Through;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.schema.DatabaseSchema;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.util.List;

/**
 * One polymorphic join table, ItemTags, shared by posts and videos through a scope ({@code taggable = 'post'} or
 * {@code 'video'}): every write puts the scope value, every read and write sees its own scope only.
 */
class ScopeTest {
    record Post(Long id, String title) { }

    record Video(Long id, String url) { }

    record Tag(Long id, String name) { }

    /** Posts and videos tagged through ItemTags, with post 1 and video 1 (same id) and tags a, b, c. */
    private static final class Fixture {
        final Junction db;
        final RawSql raw;
        final Model<Post> posts;
        final Model<Video> videos;
        final Model<Tag> tags;
        final BelongsToMany<Post, Tag> postTags;
        final BelongsToMany<Video, Tag> videoTags;
        final BelongsToMany<Tag, Post> taggedPosts;
        final Post post;
        final Video video;
        final Tag a;
        final Tag b;
        final Tag c;

        Fixture(TestTarget target) {
            db = target.open();
            raw = new RawSql(target, db);
            posts = db.define(Post.class);
            videos = db.define(Video.class);
            tags = db.define(Tag.class);
            postTags = posts.belongsToMany(tags, through(Through.of("ItemTags").scope("taggable", "post"))
                    .foreignKey("taggableId").constraints(false));
            videoTags = videos.belongsToMany(tags, through(Through.of("ItemTags").scope("taggable", "video"))
                    .foreignKey("taggableId").constraints(false));
            taggedPosts = tags.belongsToMany(posts, through(Through.of("ItemTags").scope("taggable", "post"))
                    .otherKey("taggableId").constraints(false));
            db.sync();
            post = posts.create(new Post(null, "Sandcastles"));
            video = videos.create(new Video(null, "https://example.org/moat"));
            a = tags.create(new Tag(null, "a"));
            b = tags.create(new Tag(null, "b"));
            c = tags.create(new Tag(null, "c"));
        }

        /** Every link as "taggable|taggableId|TagId", sorted. */
        List<String> links() throws Exception {
            return raw.rows("SELECT {taggable}, {taggableId}, {TagId} FROM {ItemTags}"
                    + " ORDER BY {taggable}, {taggableId}, {TagId}");
        }

        String postLink(Tag tag) {
            return "post|" + post.id() + "|" + tag.id();
        }

        String videoLink(Tag tag) {
            return "video|" + video.id() + "|" + tag.id();
        }
    }

    @DialectTest
    void theScopeIsPartOfTheLinksIdentity(TestTarget target) {
        Fixture f = new Fixture(target);

        DatabaseSchema.Table itemTags = f.db.describe().table("ItemTags").orElseThrow();
        assertThat(itemTags.primaryKey()).containsExactlyInAnyOrder("taggableId", "TagId", "taggable");
        assertThat(itemTags.column("taggable").orElseThrow().nullable()).isFalse();
        assertThat(itemTags.foreignKeys()).as("constraints(false): taggableId refers to two tables").isEmpty();
    }

    @DialectTest
    void aPostAndAVideoWithTheSameIdTaggedAlikeCoexist(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        assertThat(f.post.id()).isEqualTo(f.video.id());

        f.postTags.add(f.post, f.a);
        f.videoTags.add(f.video, f.a);
        f.postTags.add(f.post, f.a);

        assertThat(f.links()).containsExactly(f.postLink(f.a), f.videoLink(f.a));
        assertThat(f.postTags.get(f.post)).containsExactly(f.a);
        assertThat(f.videoTags.get(f.video)).containsExactly(f.a);
    }

    @DialectTest
    void addSetAndCreateWriteTheScopeValue(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);

        f.postTags.add(f.post, f.a);
        f.videoTags.set(f.video, List.of(f.b));
        Tag created = f.postTags.create(f.post, new Tag(null, "new"));

        assertThat(f.links()).containsExactlyInAnyOrder(f.postLink(f.a), f.postLink(created), f.videoLink(f.b));
    }

    @DialectTest
    void readsSeeOnlyTheirOwnScope(TestTarget target) {
        Fixture f = new Fixture(target);
        f.postTags.add(f.post, f.a);
        f.videoTags.add(f.video, f.b, f.c);

        assertThat(f.postTags.get(f.post)).containsExactly(f.a);
        assertThat(f.postTags.count(f.post)).isEqualTo(1);
        assertThat(f.postTags.has(f.post, f.a)).isTrue();
        assertThat(f.postTags.has(f.post, f.b)).isFalse();
        assertThat(f.videoTags.get(f.video)).containsExactlyInAnyOrder(f.b, f.c);
        assertThat(f.videoTags.count(f.video)).isEqualTo(2);
        assertThat(f.videoTags.has(f.video, f.a)).isFalse();
    }

    @DialectTest
    void theTagSideSeesOnlyPosts(TestTarget target) {
        Fixture f = new Fixture(target);
        Post other = f.posts.create(new Post(null, "Moats"));
        f.videoTags.add(f.video, f.a);
        f.postTags.add(other, f.a);

        assertThat(f.taggedPosts.get(f.a)).containsExactly(other);
        assertThat(f.taggedPosts.count(f.a)).isEqualTo(1);
        assertThat(f.taggedPosts.has(f.a, f.post)).as("post 1 is not tagged; video 1 is").isFalse();
    }

    @DialectTest
    void theTagSideWritesThePostScope(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);

        f.taggedPosts.add(f.a, f.post);

        assertThat(f.links()).containsExactly(f.postLink(f.a));
        assertThat(f.postTags.get(f.post)).containsExactly(f.a);
    }

    @DialectTest
    void removeOnAPostNeverTouchesAVideosRows(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        f.postTags.add(f.post, f.a, f.b);
        f.videoTags.add(f.video, f.a, f.b);

        f.postTags.remove(f.post, f.a, f.b);

        assertThat(f.links()).containsExactly(f.videoLink(f.a), f.videoLink(f.b));
    }

    @DialectTest
    void setOnAPostNeverTouchesAVideosRows(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        f.postTags.add(f.post, f.a);
        f.videoTags.add(f.video, f.a, f.b);

        f.postTags.set(f.post, List.of(f.b, f.c));

        assertThat(f.links()).containsExactly(f.postLink(f.b), f.postLink(f.c), f.videoLink(f.a), f.videoLink(f.b));
    }

    @DialectTest
    void settingAPostToNothingClearsOnlyItsOwnLinks(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        f.postTags.add(f.post, f.a, f.b);
        f.videoTags.add(f.video, f.a);

        f.postTags.set(f.post, List.of());

        assertThat(f.links()).containsExactly(f.videoLink(f.a));
    }

    @DialectTest
    void throughWhereNarrowsWithinTheScope(TestTarget target) {
        Fixture f = new Fixture(target);
        f.postTags.add(f.post, f.a, f.b);
        f.videoTags.add(f.video, f.c);

        assertThat(f.postTags.get(f.post, Query.all(), Where.eq("TagId", f.c.id()))).isEmpty();
        assertThat(f.postTags.count(f.post, null, Where.eq("TagId", f.b.id()))).isEqualTo(1);
    }

    @DialectTest
    void nonUniqueScopedLinksAreSetWithinTheirScope(TestTarget target) throws Exception {
        Junction db = target.open();
        RawSql raw = new RawSql(target, db);
        Model<Post> posts = db.define(Post.class);
        Model<Video> videos = db.define(Video.class);
        Model<Tag> tags = db.define(Tag.class);
        Through taggings = Through.of("Taggings").unique(false);
        BelongsToMany<Post, Tag> postTags = posts.belongsToMany(tags, through(taggings.scope("taggable", "post"))
                .foreignKey("taggableId").constraints(false));
        BelongsToMany<Video, Tag> videoTags = videos.belongsToMany(tags,
                through(taggings.scope("taggable", "video")).foreignKey("taggableId").constraints(false));
        db.sync();
        Post post = posts.create(new Post(null, "Sandcastles"));
        Video video = videos.create(new Video(null, "https://example.org/moat"));
        Tag a = tags.create(new Tag(null, "a"));
        postTags.add(post, a, a);
        videoTags.add(video, a, a);

        postTags.set(post, List.of(a));

        assertThat(raw.rows("SELECT {taggable}, {TagId} FROM {Taggings} ORDER BY {taggable}"))
                .containsExactly("post|" + a.id(), "video|" + a.id(), "video|" + a.id());
        assertThat(postTags.count(post)).isEqualTo(1);
        assertThat(videoTags.count(video)).isEqualTo(2);
    }
}
