package dev.junction.association.more;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static dev.junction.query.Include.include;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Models;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Through;
import dev.junction.query.Loaded;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.ClusterStatements;
import dev.junction.testing.TestTarget;
import java.util.List;

/**
 * Sides of one join model may be declared in any order Sequelize accepts: a side whose keys depend on a partner
 * declared later waits for it, and what is still missing is reported, naming the declarations, when the definitions
 * are used. Mirrors Sequelize v6's belongs-to-many suite ("sourceKey only") and scope suite (three owners sharing
 * item_tag), declared in Sequelize's order.
 */
class DeclarationOrderTest {
    record User(Long id, String userSecondId) { }

    record Group(Long id, String groupSecondId) { }

    record Post(Long id, String title) { }

    record Image(Long id, String url) { }

    record Question(Long id, String text) { }

    record Tag(Long id, String name) { }

    /** Invites its invitees; the join model waits for {@link Host}'s hook to name the other end. */
    record Guest(Long id, String name) {
        static void associate(Models models) {
            Model<Guest> guests = models.model(Guest.class);
            guests.belongsToMany(guests, as("Invitee", "Invitees").foreignKey("InviteeId").through("Invites"));
        }
    }

    record Host(Long id, String name) {
        static void associate(Models models) {
            Model<Guest> guests = models.model(Guest.class);
            guests.belongsToMany(guests, as("Inviter", "Inviters").foreignKey("InviterId").through("Invites"));
        }
    }

    private static Model<User> users(Junction db) {
        return db.define(User.class, m -> m.attribute("userSecondId", a -> a.unique().notNull()));
    }

    private static Model<Group> groups(Junction db) {
        return db.define(Group.class, m -> m.attribute("groupSecondId", a -> a.unique().notNull()));
    }

    @DialectTest
    void sourceKeyOnlyOnEachSideMakesEachTheOthersTargetKey(TestTarget target) {
        Junction db = target.open();
        Model<User> users = users(db);
        Model<Group> groups = groups(db);
        BelongsToMany<User, Group> userGroups = users.belongsToMany(groups, through("usergroups")
                .sourceKey("userSecondId"));
        BelongsToMany<Group, User> groupUsers = groups.belongsToMany(users, through("usergroups")
                .sourceKey("groupSecondId"));
        db.sync();
        User user1 = users.create(new User(null, "u-1"));
        User user2 = users.create(new User(null, "u-2"));
        Group group1 = groups.create(new Group(null, "g-1"));
        Group group2 = groups.create(new Group(null, "g-2"));

        userGroups.add(user1, group1);
        groupUsers.add(group2, user2);

        assertThat(userGroups.foreignKey()).isEqualTo("UserUserSecondId");
        assertThat(userGroups.otherKey()).isEqualTo("GroupGroupSecondId");
        assertThat(groupUsers.otherKey()).isEqualTo("UserUserSecondId");
        assertThat(db.model("usergroups").definition().attributes()).extracting(Attribute::name)
                .containsExactlyInAnyOrder("UserUserSecondId", "GroupGroupSecondId", "createdAt", "updatedAt");
        assertThat(db.model("usergroups").findAll()).extracting(r -> r.getString("GroupGroupSecondId"))
                .containsExactlyInAnyOrder("g-1", "g-2");
        assertThat(groupUsers.get(group1)).containsExactly(user1);
        assertThat(userGroups.get(user2)).containsExactly(group2);
        List<Loaded<User>> loaded = users.findAll(include(userGroups));
        assertThat(loaded).allSatisfy(u -> assertThat(u.loaded(userGroups)).hasSize(1));
    }

    /** Post, Image and Question tagged through one item_tag, declared as Sequelize's scope suite declares them. */
    private static final class ItemTags {
        final Junction db;
        final Model<Row> itemTag;
        final Model<Post> posts;
        final Model<Image> images;
        final Model<Question> questions;
        final Model<Tag> tags;
        BelongsToMany<Post, Tag> postTags;
        BelongsToMany<Tag, Post> tagPosts;
        BelongsToMany<Image, Tag> imageTags;
        BelongsToMany<Tag, Image> tagImages;
        BelongsToMany<Question, Tag> questionTags;
        BelongsToMany<Tag, Question> tagQuestions;

        ItemTags(TestTarget target) {
            db = target.open();
            posts = db.define(Post.class);
            images = db.define(Image.class);
            questions = db.define(Question.class);
            itemTag = db.define("item_tag", m -> m
                    .attribute("id", DataType.bigint(), a -> a.primaryKey())
                    .attribute("tag_id", DataType.bigint(), a -> a.unique("item_tag_taggable"))
                    .attribute("taggable", DataType.string(255), a -> a.unique("item_tag_taggable"))
                    .attribute("taggable_id", DataType.bigint(), a -> a.unique("item_tag_taggable")));
            tags = db.define(Tag.class);
        }

        Through owned(String taggable) {
            return Through.of(itemTag).unique(false).scope("taggable", taggable);
        }

        /** Post, then its Tag side, then Image …: Sequelize's order, where each owner's partner comes after it. */
        ItemTags declareAll() {
            declarePostsAndImage();
            tagImages = tags.belongsToMany(images, through(Through.of(itemTag).unique(false)).foreignKey("tag_id"));
            questionTags = questions.belongsToMany(tags, through(owned("question")).foreignKey("taggable_id")
                    .constraints(false));
            tagQuestions = tags.belongsToMany(questions, through(Through.of(itemTag).unique(false))
                    .foreignKey("tag_id"));
            return this;
        }

        /** Every declaration up to Image's, whose partner is not declared yet. */
        void declarePostsAndImage() {
            postTags = posts.belongsToMany(tags, through(owned("post")).foreignKey("taggable_id").constraints(false));
            tagPosts = tags.belongsToMany(posts, through(Through.of(itemTag).unique(false)).foreignKey("tag_id"));
            imageTags = images.belongsToMany(tags, through(owned("image")).foreignKey("taggable_id")
                    .constraints(false));
        }
    }

    private static List<String> names(List<Tag> tags) {
        return tags.stream().map(Tag::name).sorted().toList();
    }

    @DialectTest
    void threeOwnersSharingOneScopedJoinTableDeclaredInSequelizesOrder(TestTarget target) {
        ItemTags f = new ItemTags(target).declareAll();
        f.db.sync();
        Post post = f.posts.create(new Post(null, "p"));
        Image image = f.images.create(new Image(null, "i"));
        Question question = f.questions.create(new Question(null, "q"));
        Tag a = f.tags.create(new Tag(null, "tagA"));
        Tag b = f.tags.create(new Tag(null, "tagB"));
        Tag c = f.tags.create(new Tag(null, "tagC"));

        f.postTags.set(post, List.of(a));
        f.postTags.create(post, new Tag(null, "postTag"));
        f.postTags.add(post, b);
        f.imageTags.set(image, List.of(b));
        f.imageTags.create(image, new Tag(null, "imageTag"));
        f.imageTags.add(image, c);
        f.questionTags.set(question, List.of(c));
        f.questionTags.create(question, new Tag(null, "questionTag"));
        f.questionTags.add(question, a);

        assertThat(names(f.postTags.get(post))).containsExactly("postTag", "tagA", "tagB");
        assertThat(names(f.imageTags.get(image))).containsExactly("imageTag", "tagB", "tagC");
        assertThat(names(f.questionTags.get(question))).containsExactly("questionTag", "tagA", "tagC");
        assertThat(f.posts.findAll(include(f.postTags)).get(0).loaded(f.postTags)).extracting(t -> t.get().name())
                .containsExactlyInAnyOrder("postTag", "tagA", "tagB");
        assertThat(f.images.findAll(include(f.imageTags)).get(0).loaded(f.imageTags)).extracting(t -> t.get().name())
                .containsExactlyInAnyOrder("imageTag", "tagB", "tagC");
        assertThat(f.postTags.has(post, a, b)).isTrue();
        assertThat(f.postTags.has(post, c)).as("tagC is the image's and the question's").isFalse();
        assertThat(f.postTags.count(post)).isEqualTo(3);
    }

    @DialectTest
    void eachOwnerWritesAndRemovesOnlyItsOwnScopesLinks(TestTarget target) {
        ItemTags f = new ItemTags(target).declareAll();
        f.db.sync();
        Post post = f.posts.create(new Post(null, "p"));
        Image image = f.images.create(new Image(null, "i"));
        Tag a = f.tags.create(new Tag(null, "tagA"));
        assertThat(post.id()).isEqualTo(image.id());
        f.postTags.add(post, a);
        f.imageTags.add(image, a);

        f.postTags.remove(post, a);

        assertThat(f.postTags.get(post)).isEmpty();
        assertThat(f.imageTags.get(image)).containsExactly(a);
        assertThat(f.db.model("item_tag").findAll()).extracting(r -> r.getString("taggable"))
                .containsExactly("image");
    }

    @DialectTest
    void theTagSideOfAScopedOwnerSeesOnlyThatOwnersLinks(TestTarget target) {
        ItemTags f = new ItemTags(target).declareAll();
        f.db.sync();
        Post post = f.posts.create(new Post(null, "p"));
        Image image = f.images.create(new Image(null, "i"));
        Tag a = f.tags.create(new Tag(null, "tagA"));
        f.imageTags.add(image, a);

        assertThat(f.tagPosts.get(a)).as("image 1 is tagged, post 1 is not").isEmpty();
        f.tagPosts.add(a, post);

        assertThat(f.tagPosts.get(a)).containsExactly(post);
        assertThat(f.tagImages.get(a)).containsExactly(image);
        assertThat(f.postTags.get(post)).containsExactly(a);
    }

    @DialectTest
    void aJoinModelAskedForByNameIsResolvedOnceItsSidesAreComplete(TestTarget target) {
        ItemTags f = new ItemTags(target);
        f.declarePostsAndImage();
        assertThat(f.itemTag.definition().attribute("TagId")).as("the waiting Image side added nothing").isEmpty();

        f.tagImages = f.tags.belongsToMany(f.images, through(Through.of(f.itemTag).unique(false))
                .foreignKey("tag_id"));

        assertThat(f.db.model("item_tag").definition().attributes()).extracting(Attribute::name)
                .containsExactlyInAnyOrder("id", "tag_id", "taggable", "taggable_id", "createdAt", "updatedAt");
        assertThat(f.imageTags.otherKey()).isEqualTo("tag_id");
    }

    @DialectTest
    void aSideWhosePartnerNeverComesIsReportedAtSyncNamingTheDeclarations(TestTarget target) {
        ItemTags f = new ItemTags(target);
        f.declarePostsAndImage();

        assertThatThrownBy(f.db::sync)
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("item_tag")
                .hasMessageContaining("Post.belongsToMany(Tag, as 'Tags')")
                .hasMessageContaining("Image.belongsToMany(Tag, as 'Tags')")
                .hasMessageContaining("TagId")
                .hasMessageContaining("tag_id");
        assertThat(ClusterStatements.withoutBookkeeping(f.db.describe().tables())).as("nothing created").isEmpty();
        assertThat(f.itemTag.definition().attribute("TagId")).as("nothing half-applied").isEmpty();
    }

    @DialectTest
    void aSideWaitingForItsPartnerIsReportedAtFirstUse(TestTarget target) {
        ItemTags f = new ItemTags(target);
        f.declarePostsAndImage();

        assertThatThrownBy(() -> f.imageTags.get(new Image(1L, "i")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Image.belongsToMany(Tag, as 'Tags')");
        assertThatThrownBy(() -> f.db.model("item_tag"))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("item_tag");
    }

    @DialectTest
    void theFirstSideTakesItsTargetKeyFromAPartnerDeclaredAfterIt(TestTarget target) {
        Junction db = target.open();
        Model<User> users = users(db);
        Model<Group> groups = groups(db);
        BelongsToMany<Group, User> groupUsers = groups.belongsToMany(users, as("Members").through("memberships")
                .sourceKey("groupSecondId"));
        assertThat(groupUsers.otherKey()).isEqualTo("UserId");

        users.belongsToMany(groups, as("Teams").through("memberships").sourceKey("userSecondId"));
        db.sync();
        User alice = users.create(new User(null, "alice-2"));
        Group g = groups.create(new Group(null, "g-2"));
        groupUsers.add(g, alice);

        assertThat(groupUsers.otherKey()).isEqualTo("UserUserSecondId");
        assertThat(db.model("memberships").findAll()).extracting(r -> r.getString("UserUserSecondId"))
                .containsExactly("alice-2");
    }

    @DialectTest
    void aTargetKeyContradictingThePartnersSourceKeyIsRefusedNamingBoth(TestTarget target) {
        Junction db = target.open();
        Model<User> users = users(db);
        Model<Group> groups = groups(db);
        users.belongsToMany(groups, as("Teams").through("memberships").targetKey("groupSecondId"));

        assertThatThrownBy(() -> groups.belongsToMany(users, as("Members").through("memberships").sourceKey("id")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("User.belongsToMany(Group, as 'Teams')")
                .hasMessageContaining("Group.belongsToMany(User, as 'Members')")
                .hasMessageContaining("groupSecondId");
    }

    @DialectTest
    void associateHooksMayDeclareASideBeforeItsPartnersHook(TestTarget target) {
        Junction db = target.open();

        db.defineAll(Guest.class, Host.class);
        db.sync();

        assertThat(db.model("Invites").definition().primaryKey()).extracting(Attribute::name)
                .containsExactlyInAnyOrder("InviteeId", "InviterId");
    }

    @DialectTest
    void defineAllReportsASideStillWaitingWhenTheHooksAreDone(TestTarget target) {
        Junction db = target.open();

        assertThatThrownBy(() -> db.defineAll(Guest.class))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Guest.belongsToMany(Guest, as 'Invitees')")
                .hasMessageContaining("InviteeId");
    }
}
