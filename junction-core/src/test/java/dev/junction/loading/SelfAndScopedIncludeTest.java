package dev.junction.loading;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.foreignKey;
import static dev.junction.association.Associations.through;
import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.Through;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/**
 * Includes where parent and child are the same table (self-associations, nested and required, whose queries must
 * not confuse the outer table with the inner one), and through scoped join models shared by several associations.
 */
class SelfAndScopedIncludeTest {
    private static final Query BY_ID = Query.all().order(asc("id"));

    record Person(Long id, String name) { }

    record Employee(Long id, String name, Long ManagerId) { }

    record Post(Long id, String title) { }

    record Video(Long id, String url) { }

    record Tag(Long id, String name) { }

    @DialectTest
    void selfBelongsToManyLoadsFollowersOfFollowers(TestTarget target) {
        Junction db = target.open();
        Model<Person> people = db.define(Person.class);
        BelongsToMany<Person, Person> follows = people.belongsToMany(people, as("Follows").through("Follows")
                .foreignKey("FollowerId").otherKey("FollowedId"));
        db.sync();
        List<Person> p = people.bulkCreate(List.of(new Person(null, "ann"), new Person(null, "bo"),
                new Person(null, "cy"), new Person(null, "di")));
        follows.add(p.get(0), p.get(1), p.get(2));
        follows.add(p.get(1), p.get(2));
        follows.add(p.get(2), p.get(3));

        List<Loaded<Person>> loaded = people.findAll(BY_ID, include(follows).order(asc("name"))
                .include(include(follows).order(asc("name"))));

        assertThat(loaded.get(0).get(follows)).containsExactly(p.get(1), p.get(2));
        assertThat(loaded.get(0).loaded(follows).get(0).get(follows)).containsExactly(p.get(2));
        assertThat(loaded.get(0).loaded(follows).get(1).get(follows)).containsExactly(p.get(3));
        assertThat(loaded.get(3).get(follows)).isEmpty();
    }

    @DialectTest
    void requiredSelfIncludesCompareTheRightTables(TestTarget target) {
        Junction db = target.open();
        Model<Person> people = db.define(Person.class);
        BelongsToMany<Person, Person> follows = people.belongsToMany(people, as("Follows").through("Follows")
                .foreignKey("FollowerId").otherKey("FollowedId"));
        db.sync();
        List<Person> p = people.bulkCreate(List.of(new Person(null, "ann"), new Person(null, "bo"),
                new Person(null, "cy"), new Person(null, "di")));
        follows.add(p.get(0), p.get(1));
        follows.add(p.get(1), p.get(2));
        follows.add(p.get(2), p.get(3));

        // ann → bo → cy → di: who follows someone who follows someone? ann and bo. Three deep? Only ann.
        List<Loaded<Person>> chains = people.findAll(BY_ID, include(follows).required()
                .include(include(follows).required()));

        assertThat(chains).extracting(Loaded::get).containsExactly(p.get(0), p.get(1));
        assertThat(chains.get(1).loaded(follows).get(0).get(follows)).containsExactly(p.get(3));
        assertThat(people.count(dev.junction.query.Where.all(), include(follows).required()
                .include(include(follows).required().include(include(follows).required())))).isEqualTo(1);
    }

    @DialectTest
    void selfHasManyAndBelongsToLoadReportsAndManagers(TestTarget target) {
        Junction db = target.open();
        Model<Employee> staff = db.define(Employee.class);
        HasMany<Employee, Employee> reports = staff.hasMany(staff, as("Reports").foreignKey("ManagerId"));
        BelongsTo<Employee, Employee> manager = staff.belongsTo(staff, as("Manager").foreignKey("ManagerId"));
        db.sync();
        Employee boss = staff.create(new Employee(null, "boss", null));
        Employee mid = staff.create(new Employee(null, "mid", boss.id()));
        Employee dev1 = staff.create(new Employee(null, "dev1", mid.id()));
        Employee dev2 = staff.create(new Employee(null, "dev2", mid.id()));

        List<Loaded<Employee>> loaded = staff.findAll(BY_ID, include(manager), include(reports).order(asc("name"))
                .include(include(reports).order(asc("name"))));
        List<Loaded<Employee>> managers = staff.findAll(BY_ID, include(reports).required());

        assertThat(loaded.get(0).get(manager)).isEmpty();
        assertThat(loaded.get(0).get(reports)).containsExactly(mid);
        assertThat(loaded.get(0).loaded(reports).get(0).get(reports)).containsExactly(dev1, dev2);
        assertThat(loaded.get(2).get(manager)).contains(mid);
        assertThat(managers).extracting(Loaded::get).containsExactly(boss, mid);
    }

    @DialectTest
    void scopedIncludesReadOnlyTheirOwnScopesLinks(TestTarget target) {
        Junction db = target.open();
        Model<Post> posts = db.define(Post.class);
        Model<Video> videos = db.define(Video.class);
        Model<Tag> tags = db.define(Tag.class);
        BelongsToMany<Post, Tag> postTags = posts.belongsToMany(tags, through(Through.of("ItemTags")
                .scope("taggable", "post")).foreignKey("taggableId").constraints(false));
        BelongsToMany<Video, Tag> videoTags = videos.belongsToMany(tags, through(Through.of("ItemTags")
                .scope("taggable", "video")).foreignKey("taggableId").constraints(false));
        BelongsToMany<Tag, Post> taggedPosts = tags.belongsToMany(posts, through(Through.of("ItemTags")
                .scope("taggable", "post")).otherKey("taggableId").constraints(false));
        db.sync();
        Post post = posts.create(new Post(null, "Sandcastles"));
        Video video = videos.create(new Video(null, "https://example.org/moat"));
        assertThat(post.id()).isEqualTo(video.id());
        List<Tag> t = tags.bulkCreate(List.of(new Tag(null, "a"), new Tag(null, "b"), new Tag(null, "c")));
        postTags.add(post, t.get(0), t.get(1));
        videoTags.add(video, t.get(2));

        Loaded<Post> loadedPost = posts.findAll(include(postTags).order(asc("name"))).get(0);
        Loaded<Video> loadedVideo = videos.findAll(include(videoTags)).get(0);
        List<Loaded<Tag>> loadedTags = tags.findAll(BY_ID, include(taggedPosts));

        assertThat(loadedPost.get(postTags)).containsExactly(t.get(0), t.get(1));
        assertThat(loadedPost.linked(postTags)).allSatisfy(l -> assertThat(l.through().get("taggable"))
                .isEqualTo("post"));
        assertThat(loadedVideo.get(videoTags)).containsExactly(t.get(2));
        assertThat(loadedTags).extracting(tag -> tag.get(taggedPosts)).containsExactly(List.of(post), List.of(post),
                List.of());
        assertThat(tags.count(dev.junction.query.Where.all(), include(taggedPosts).required())).isEqualTo(2);
    }
}
