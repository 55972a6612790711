package dev.junction.crud;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.NotFoundException;
import dev.junction.ValidationException;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code update(instance, attributes...)}: an UPDATE by key writing only the named attributes and updatedAt. */
class PartialUpdateTest {
    record Post(Long id, String title, String body, Integer views, Instant createdAt, Instant updatedAt) {
        Post with(String newTitle, String newBody, Integer newViews) {
            return new Post(id, newTitle, newBody, newViews, createdAt, updatedAt);
        }
    }

    private static Model<Post> posts(Junction db, List<String> seen) {
        Model<Post> posts = db.define(Post.class, m -> m.attribute("title", a -> a.notEmpty())
                .hooks(Post.class, h -> h.beforeUpdate(p -> {
                    seen.add(p.title());
                    return p;
                })));
        db.sync();
        return posts;
    }

    private static Post stored(Model<Post> posts, Post post) {
        return posts.findAll(dev.junction.query.Query.where(eq("id", post.id()))).get(0);
    }

    @DialectTest
    void writesOnlyTheNamedAttributesAndUpdatedAt(TestTarget target) throws Exception {
        Junction db = target.open();
        List<String> seen = new ArrayList<>();
        Model<Post> posts = posts(db, seen);
        Post read = posts.create(new Post(null, "a", "body", 1, null, null));
        Instant before = stored(posts, read).updatedAt();
        new RawSql(target, db).execute("UPDATE {Posts} SET {body} = ? WHERE {id} = ?", "changed meanwhile", read.id());

        Post written = posts.update(read.with("b", null, null), "title");

        assertThat(written.title()).isEqualTo("b");
        assertThat(written.updatedAt()).isAfterOrEqualTo(before);
        Post now = stored(posts, read);
        assertThat(now.title()).isEqualTo("b");
        assertThat(now.body()).isEqualTo("changed meanwhile");
        assertThat(now.views()).isEqualTo(1);
        assertThat(now.updatedAt()).isAfterOrEqualTo(before);
        assertThat(seen).containsExactly("b");

        posts.withoutHooks().update(now.with(null, null, 7), "views");
        assertThat(stored(posts, read)).extracting(Post::title, Post::body, Post::views)
                .containsExactly("b", "changed meanwhile", 7);
        assertThat(seen).containsExactly("b");
    }

    @DialectTest
    void validatorsOfTheNamedAttributesRunOthersDoNot(TestTarget target) {
        Junction db = target.open();
        Model<Post> posts = posts(db, new ArrayList<>());
        Post read = posts.create(new Post(null, "a", "body", 1, null, null));
        assertThat(posts.update(read.with("", "new", 2), "body", "views").body()).isEqualTo("new");
        assertThat(stored(posts, read).title()).isEqualTo("a");
        assertThatThrownBy(() -> posts.update(read.with("", "x", 3), "title", "body"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("title");
        assertThat(stored(posts, read).body()).isEqualTo("new");
    }

    @DialectTest
    void badAttributeListsAreRefusedAndWriteNothing(TestTarget target) {
        Junction db = target.open();
        Model<Post> posts = posts(db, new ArrayList<>());
        Post read = posts.create(new Post(null, "a", "body", 1, null, null));
        Post changed = read.with("z", "z", 9);
        refused(() -> posts.update(changed, new String[0]), null);
        refused(() -> posts.update(changed, "nope"), "nope");
        refused(() -> posts.update(changed, "title", "id"), "id");
        refused(() -> posts.update(changed, "title", null), null);
        refused(() -> posts.update(changed, (String[]) null), null);
        refused(() -> posts.update(null, "title"), null);
        assertThat(stored(posts, read)).isEqualTo(stored(posts, read).with("a", "body", 1));
    }

    @DialectTest
    void patchWritesTheGivenAttributesAndReturnsTheStoredRow(TestTarget target) throws Exception {
        Junction db = target.open();
        List<String> seen = new ArrayList<>();
        Model<Post> posts = posts(db, seen);
        Post read = posts.create(new Post(null, "a", "body", 1, null, null));
        Instant before = stored(posts, read).updatedAt();
        new RawSql(target, db).execute("UPDATE {Posts} SET {body} = ? WHERE {id} = ?", "changed meanwhile", read.id());

        Post patched = posts.patch(read.id(), Map.of("views", 5));

        assertThat(patched).isEqualTo(stored(posts, read));
        assertThat(patched).extracting(Post::title, Post::body, Post::views)
                .containsExactly("a", "changed meanwhile", 5);
        assertThat(patched.updatedAt()).isAfterOrEqualTo(before);
        assertThat(seen).isEmpty();
    }

    @DialectTest
    void patchRefusesBadInputAndMissingRowsWritingNothing(TestTarget target) {
        Junction db = target.open();
        Model<Post> posts = posts(db, new ArrayList<>());
        Post read = posts.create(new Post(null, "a", "body", 1, null, null));
        Post before = stored(posts, read);
        assertThatThrownBy(() -> posts.patch(read.id() + 1000, Map.of("title", "b")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Post")
                .hasMessageContaining(String.valueOf(read.id() + 1000));
        refused(() -> posts.patch(read.id(), Map.of("title", "")), "title");
        refused(() -> posts.patch(read.id(), Map.of("title", "b", "nope", 1)), "nope");
        refused(() -> posts.patch(read.id(), Map.of("id", 7)), "id");
        refused(() -> posts.patch(read.id(), Map.of()), null);
        refused(() -> posts.patch(null, Map.of("title", "b")), null);
        refused(() -> posts.patch(read.id(), null), null);
        Map<String, Object> nullName = new HashMap<>();
        nullName.put(null, "b");
        refused(() -> posts.patch(read.id(), nullName), null);
        assertThat(stored(posts, read)).isEqualTo(before);
    }

    private static void refused(Runnable call, String attribute) {
        var thrown = assertThatThrownBy(call::run).isInstanceOf(ValidationException.class);
        thrown.hasMessageContaining("Post");
        if (attribute != null) thrown.hasMessageContaining(attribute);
    }
}
