package dev.junction.association;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.Lesson.Show;
import dev.junction.association.Lesson.User;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;

/**
 * A link has two ends, so a join model whose foreign key and other key would be one column — named so, derived so,
 * or two self-associations that do not name their keys apart — is refused with a {@link DefinitionException} naming
 * the declarations, where Sequelize would make a one-column join table that loses every link.
 */
class CollapsedLinkKeysTest {

    @DialectTest
    void aSelfAssociationWhoseForeignKeyIsItsDerivedOtherKeyIsRefusedAtSync(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        users.belongsToMany(users, as("Invitee", "Invitees").foreignKey("InviteeId").through("Invites"));

        assertThatThrownBy(db::sync)
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Invites")
                .hasMessageContaining("User.belongsToMany(User, as 'Invitees')")
                .hasMessageContaining("'InviteeId'")
                .hasMessageContaining("singular alias 'Invitee'");
        assertThat(db.describe().table("Invites")).isEmpty();
    }

    @DialectTest
    void aCollapsedAssociationIsRefusedAtFirstUse(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        BelongsToMany<User, User> invitees = users.belongsToMany(users, as("Invitee", "Invitees")
                .foreignKey("InviteeId").through("Invites"));

        assertThatThrownBy(() -> invitees.add(new User(1L, "alice"), new User(2L, "bob")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("User.belongsToMany(User, as 'Invitees')");
        assertThatThrownBy(() -> db.model("Invites"))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("InviteeId");
    }

    @DialectTest
    void aSecondSelfAssociationNamingItsKeyCompletesTheFirst(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        BelongsToMany<User, User> invitees = users.belongsToMany(users, as("Invitee", "Invitees")
                .foreignKey("InviteeId").through("Invites"));
        BelongsToMany<User, User> inviters = users.belongsToMany(users, as("Inviter", "Inviters")
                .foreignKey("InviterId").through("Invites"));
        db.sync();
        User alice = users.create(new User("alice"));
        User bob = users.create(new User("bob"));

        invitees.add(alice, bob);

        assertThat(invitees.otherKey()).as("the later side's foreignKey").isEqualTo("InviterId");
        assertThat(invitees.get(alice)).containsExactly(bob);
        assertThat(inviters.get(bob)).containsExactly(alice);
        assertThat(db.describe().table("Invites").orElseThrow().primaryKey())
                .containsExactlyInAnyOrder("InviterId", "InviteeId");
    }

    @DialectTest
    void twoSelfAssociationsWithoutNamedKeysAreRefusedNamingBoth(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        users.belongsToMany(users, as("User", "Users").through("Follow"));

        assertThatThrownBy(() -> users.belongsToMany(users, as("Fan", "Fans").through("Follow")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Follow")
                .hasMessageContaining("User.belongsToMany(User, as 'Users')")
                .hasMessageContaining("User.belongsToMany(User, as 'Fans')")
                .hasMessageContaining("foreignKey");
        assertThat(users.associations()).hasSize(1);
    }

    @DialectTest
    void twoSelfAssociationsNamingTheSameForeignKeyAreRefused(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        users.belongsToMany(users, as("Followers").through("Follows").foreignKey("followingId"));

        assertThatThrownBy(() -> users.belongsToMany(users, as("Following").through("Follows")
                .foreignKey("followingId")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("User.belongsToMany(User, as 'Followers')")
                .hasMessageContaining("User.belongsToMany(User, as 'Following')")
                .hasMessageContaining("followingId");
    }

    @DialectTest
    void aForeignKeyNamedAsTheOtherKeyIsRefusedWhenDeclared(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);

        assertThatThrownBy(() -> users.belongsToMany(shows, as("Favorites").through("UserFavorites")
                .foreignKey("link").otherKey("link")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("User.belongsToMany(Show, as 'Favorites')")
                .hasMessageContaining("'link'");
        assertThat(users.associations()).isEmpty();
    }

    @DialectTest
    void aForeignKeyNamedAsTheDerivedOtherKeyIsRefused(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Favorites").through("UserFavorites").foreignKey("ShowId"));

        assertThatThrownBy(db::sync)
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("User.belongsToMany(Show, as 'Favorites')")
                .hasMessageContaining("'ShowId'");
    }

    @DialectTest
    void aPartnersForeignKeyMakingTheOtherKeyCollapseNamesBothDeclarations(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        users.belongsToMany(shows, as("Favorites").through("UserFavorites").foreignKey("owner"));
        shows.belongsToMany(users, as("Fans").through("UserFavorites").foreignKey("owner"));

        assertThatThrownBy(db::sync)
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("User.belongsToMany(Show, as 'Favorites')")
                .hasMessageContaining("Show.belongsToMany(User, as 'Fans')")
                .hasMessageContaining("'owner'");
    }
}
