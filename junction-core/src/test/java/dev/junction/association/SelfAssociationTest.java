package dev.junction.association;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.Lesson.User;
import dev.junction.schema.DatabaseSchema;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/** Users following users through "Follows", declared from both ends with explicit keys. */
class SelfAssociationTest {

    /** Who follows whom: {@code followers} of a user, and the users a user is {@code following}. */
    private record Follows(Junction db, Model<User> users, BelongsToMany<User, User> followers,
                           BelongsToMany<User, User> following) {
        static Follows on(Junction db) {
            Model<User> users = db.define(User.class);
            BelongsToMany<User, User> followers = users.belongsToMany(users, as("Followers").through("Follows")
                    .foreignKey("followingId").otherKey("followerId"));
            BelongsToMany<User, User> following = users.belongsToMany(users, as("Following").through("Follows")
                    .foreignKey("followerId").otherKey("followingId"));
            db.sync();
            return new Follows(db, users, followers, following);
        }

        User user(String name) {
            return users.create(new User(name));
        }
    }

    @DialectTest
    void bothDirectionsShareOneJoinTableWithTwoKeys(TestTarget target) {
        Follows f = Follows.on(target.open());

        DatabaseSchema.Table follows = f.db.describe().table("Follows").orElseThrow();

        assertThat(follows.primaryKey()).containsExactlyInAnyOrder("followingId", "followerId");
        assertThat(follows.foreignKeys()).hasSize(2)
                .allSatisfy(fk -> assertThat(fk.referencedTable()).isEqualTo("Users"));
        assertThat(f.followers.foreignKey()).isEqualTo("followingId");
        assertThat(f.followers.otherKey()).isEqualTo("followerId");
        assertThat(f.following.foreignKey()).isEqualTo("followerId");
        assertThat(f.following.otherKey()).isEqualTo("followingId");
    }

    @DialectTest
    void followingSomeoneMakesYouOneOfTheirFollowers(TestTarget target) {
        Follows f = Follows.on(target.open());
        User alice = f.user("alice");
        User bob = f.user("bob");
        User carol = f.user("carol");

        f.following.add(alice, bob, carol);

        assertThat(f.following.get(alice)).containsExactlyInAnyOrder(bob, carol);
        assertThat(f.followers.get(bob)).containsExactly(alice);
        assertThat(f.followers.get(carol)).containsExactly(alice);
        assertThat(f.followers.get(alice)).isEmpty();
    }

    @DialectTest
    void addingAFollowerMakesThemFollowYou(TestTarget target) {
        Follows f = Follows.on(target.open());
        User alice = f.user("alice");
        User bob = f.user("bob");

        f.followers.add(alice, bob);

        assertThat(f.following.get(bob)).containsExactly(alice);
        assertThat(f.following.has(bob, alice)).isTrue();
        assertThat(f.following.has(alice, bob)).isFalse();
        assertThat(f.followers.count(bob)).isZero();
    }

    @DialectTest
    void mutualFollowsAreTwoLinks(TestTarget target) {
        Follows f = Follows.on(target.open());
        User alice = f.user("alice");
        User bob = f.user("bob");

        f.following.add(alice, bob);
        f.following.add(bob, alice);

        assertThat(f.followers.get(alice)).containsExactly(bob);
        assertThat(f.followers.get(bob)).containsExactly(alice);
        assertThat(Lesson.rows(target, f.db, "Follows")).isEqualTo(2);
    }

    @DialectTest
    void unfollowingRemovesOnlyThatDirection(TestTarget target) {
        Follows f = Follows.on(target.open());
        User alice = f.user("alice");
        User bob = f.user("bob");
        f.following.add(alice, bob);
        f.following.add(bob, alice);

        f.following.remove(alice, bob);

        assertThat(f.followers.get(bob)).isEmpty();
        assertThat(f.following.get(bob)).containsExactly(alice);
    }

    @DialectTest
    void setFromOneSideIsSeenFromTheOther(TestTarget target) {
        Follows f = Follows.on(target.open());
        User alice = f.user("alice");
        User bob = f.user("bob");
        User carol = f.user("carol");
        f.following.add(alice, bob);

        f.followers.set(carol, List.of(alice, bob));

        assertThat(f.following.get(alice)).containsExactlyInAnyOrder(bob, carol);
        assertThat(f.following.get(bob)).containsExactly(carol);
    }

    @DialectTest
    void aUserMayFollowThemselves(TestTarget target) {
        Follows f = Follows.on(target.open());
        User alice = f.user("alice");

        f.following.add(alice, alice);

        assertThat(f.followers.get(alice)).containsExactly(alice);
        assertThat(f.following.get(alice)).containsExactly(alice);
    }

    @DialectTest
    void oneSelfAssociationTakesItsOtherKeyFromTheSingularAlias(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);

        BelongsToMany<User, User> friends = users.belongsToMany(users, as("Friends").through("Friendships"));
        db.sync();

        assertThat(friends.foreignKey()).isEqualTo("UserId");
        assertThat(friends.otherKey()).isEqualTo("FriendId");
        assertThat(db.describe().table("Friendships").orElseThrow().primaryKey())
                .containsExactly("UserId", "FriendId");
    }

    @DialectTest
    void deletingAUserRemovesTheirFollowsBothWays(TestTarget target) {
        Follows f = Follows.on(target.open());
        User alice = f.user("alice");
        User bob = f.user("bob");
        User carol = f.user("carol");
        f.following.add(alice, bob, carol);
        f.following.add(bob, alice, carol);

        f.users.destroy(alice);

        assertThat(f.following.get(bob)).containsExactly(carol);
        assertThat(f.followers.get(carol)).containsExactly(bob);
        assertThat(Lesson.rows(target, f.db, "Follows")).isEqualTo(1);
    }
}
