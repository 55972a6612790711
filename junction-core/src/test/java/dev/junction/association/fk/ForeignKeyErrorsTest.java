package dev.junction.association.fk;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.foreignKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.ConstraintViolationException;
import dev.junction.DefinitionException;
import dev.junction.ForeignKeyConstraintException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.NotNullConstraintException;
import dev.junction.UnknownAssociationException;
import dev.junction.ValidationException;
import dev.junction.association.Association;
import dev.junction.association.BelongsTo;
import dev.junction.association.HasMany;
import dev.junction.association.HasOne;
import dev.junction.association.fk.Shore.Beach;
import dev.junction.association.fk.Shore.Profile;
import dev.junction.association.fk.Shore.Sandcastle;
import dev.junction.association.fk.Shore.User;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/** Wrong uses of belongsTo, hasOne and hasMany: typed errors that say what is wrong, and nothing written. */
class ForeignKeyErrorsTest {

    private static Long beachIdOf(Model<Sandcastle> sandcastles, Sandcastle castle) {
        return sandcastles.findByPk(castle.id()).orElseThrow().BeachId();
    }

    @DialectTest
    void anUnsavedSourceIsAValidationErrorAndNothingIsWritten(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        HasMany<Beach, Sandcastle> castles = beaches.hasMany(sandcastles);
        db.sync();
        Sandcastle keep = sandcastles.create(new Sandcastle("Keep"));

        assertThatThrownBy(() -> castles.add(new Beach("Unsaved"), keep))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Beach.Sandcastles")
                .hasMessageContaining("not saved");
        assertThatThrownBy(() -> castles.create(new Beach("Unsaved"), new Sandcastle("Moat")))
                .isInstanceOf(ValidationException.class);
        assertThat(beachIdOf(sandcastles, keep)).isNull();
        assertThat(sandcastles.count()).isEqualTo(1);
    }

    @DialectTest
    void anUnsavedTargetIsAValidationErrorAndNothingIsWritten(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        HasMany<Beach, Sandcastle> castles = beaches.hasMany(sandcastles);
        BelongsTo<Sandcastle, Beach> beach = sandcastles.belongsTo(beaches);
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));
        Sandcastle keep = sandcastles.create(new Sandcastle("Keep"));

        assertThatThrownBy(() -> castles.add(bondi, keep, new Sandcastle("Unsaved")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Beach.Sandcastles target")
                .hasMessageContaining("not saved");
        assertThatThrownBy(() -> beach.set(keep, new Beach("Unsaved")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Sandcastle.Beach target");
        assertThat(beachIdOf(sandcastles, keep)).isNull();
    }

    @DialectTest
    void belongsToCreateForAnUnsavedSourceLeavesNoTarget(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        BelongsTo<Sandcastle, Beach> beach = sandcastles.belongsTo(beaches);
        db.sync();

        assertThatThrownBy(() -> beach.create(new Sandcastle("Unsaved"), new Beach("Bondi")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Sandcastle.Beach source");
        assertThat(beaches.count()).isZero();
    }

    @DialectTest
    void anInstanceOfAnotherModelIsAValidationErrorNamingTheAssociation(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        Model<User> users = db.define(User.class);
        HasMany<Beach, Sandcastle> castles = beaches.hasMany(sandcastles);
        BelongsTo<Sandcastle, Beach> beach = sandcastles.belongsTo(beaches);
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));
        Sandcastle keep = sandcastles.create(new Sandcastle("Keep"));
        User alice = users.create(new User("alice"));

        assertThatThrownBy(() -> castles.add(bondi, alice))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Beach.Sandcastles")
                .hasMessageContaining("User");
        assertThatThrownBy(() -> beach.set(keep, alice))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Sandcastle.Beach")
                .hasMessageContaining("User");
        assertThat(beachIdOf(sandcastles, keep)).isNull();
    }

    @DialectTest
    void hasManySetThatWouldNullANotNullKeyFailsAndChangesNothing(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        HasMany<Beach, Sandcastle> castles = beaches.hasMany(sandcastles, foreignKey("BeachId", a -> a.notNull()));
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));
        Beach manly = beaches.create(new Beach("Manly"));
        Sandcastle keep = castles.create(bondi, new Sandcastle("Keep"));
        Sandcastle tower = castles.create(manly, new Sandcastle("Tower"));

        assertThatThrownBy(() -> castles.set(bondi, List.of(tower)))
                .isInstanceOf(NotNullConstraintException.class)
                .hasMessageContaining("BeachId");
        assertThat(beachIdOf(sandcastles, keep)).isEqualTo(bondi.id());
        assertThat(beachIdOf(sandcastles, tower)).isEqualTo(manly.id());
    }

    @DialectTest
    void hasManyRemoveOfANotNullKeyFailsAndChangesNothing(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        HasMany<Beach, Sandcastle> castles = beaches.hasMany(sandcastles, foreignKey("BeachId", a -> a.notNull()));
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));
        Sandcastle keep = castles.create(bondi, new Sandcastle("Keep"));

        assertThatThrownBy(() -> castles.remove(bondi, keep))
                .isInstanceOf(NotNullConstraintException.class)
                .hasMessageContaining("BeachId");
        assertThat(beachIdOf(sandcastles, keep)).isEqualTo(bondi.id());
    }

    @DialectTest
    void hasManySetOfANotNullKeySucceedsWhenNoTargetIsLetGo(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        HasMany<Beach, Sandcastle> castles = beaches.hasMany(sandcastles, foreignKey("BeachId", a -> a.notNull()));
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));
        Beach manly = beaches.create(new Beach("Manly"));
        Sandcastle keep = castles.create(bondi, new Sandcastle("Keep"));
        Sandcastle tower = castles.create(manly, new Sandcastle("Tower"));

        castles.set(bondi, List.of(keep, tower));

        assertThat(castles.get(bondi)).extracting(Sandcastle::id).containsExactlyInAnyOrder(keep.id(), tower.id());
        assertThat(castles.count(manly)).isZero();
    }

    @DialectTest
    void hasOneSetThatWouldNullANotNullKeyFailsAndChangesNothing(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Profile> profiles = db.define(Profile.class);
        HasOne<User, Profile> profile = users.hasOne(profiles, foreignKey("UserId", a -> a.notNull()));
        db.sync();
        User alice = users.create(new User("alice"));
        User bob = users.create(new User("bob"));
        Profile hers = profile.create(alice, new Profile("hers"));
        Profile his = profile.create(bob, new Profile("his"));

        assertThatThrownBy(() -> profile.set(alice, his))
                .isInstanceOf(NotNullConstraintException.class)
                .hasMessageContaining("UserId");
        assertThat(profile.get(alice)).contains(hers);
        assertThat(profile.get(bob)).contains(his);
    }

    @DialectTest
    void belongsToSetToAMissingKeyIsAForeignKeyError(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        BelongsTo<Sandcastle, Beach> beach = sandcastles.belongsTo(beaches);
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));
        Sandcastle keep = sandcastles.create(new Sandcastle(null, "Keep", bondi.id()));

        assertThatThrownBy(() -> beach.set(keep, bondi.id() + 1000))
                .isInstanceOf(ForeignKeyConstraintException.class)
                .hasMessageContaining("Sandcastles")
                .satisfies(e -> assertThat(((ConstraintViolationException) e).table()).isEqualTo("Sandcastles"));
        assertThat(beachIdOf(sandcastles, keep)).isEqualTo(bondi.id());
    }

    @DialectTest
    void anAliasUsedTwiceOnOneModelIsADefinitionError(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        Model<User> users = db.define(User.class);
        sandcastles.belongsTo(beaches);
        sandcastles.belongsTo(users, as("Builder"));

        assertThatThrownBy(() -> sandcastles.belongsTo(beaches))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Sandcastle")
                .hasMessageContaining("'Beach'");
        assertThatThrownBy(() -> sandcastles.hasOne(users, as("Builder")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Sandcastle")
                .hasMessageContaining("'Builder'");
        assertThat(sandcastles.associations()).extracting(Association::as).containsExactly("Beach", "Builder");
        assertThat(users.definition().attribute("SandcastleId")).isEmpty();
    }

    @DialectTest
    void anAliasCollidingWithAnAttributeIsADefinitionError(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);

        assertThatThrownBy(() -> sandcastles.belongsTo(beaches, as("name")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Sandcastle")
                .hasMessageContaining("'name'");
        assertThatThrownBy(() -> beaches.hasMany(sandcastles, as("name")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Beach")
                .hasMessageContaining("'name'");
        assertThat(sandcastles.definition().attribute("nameId")).isEmpty();
        assertThat(sandcastles.associations()).isEmpty();
    }

    @DialectTest
    void aTargetOfAnotherJunctionIsADefinitionError(TestTarget target) {
        Junction db = target.open();
        Junction other = target.open();
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        Model<Beach> foreignBeaches = other.define(Beach.class);

        assertThatThrownBy(() -> sandcastles.belongsTo(foreignBeaches))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Sandcastle.belongsTo(Beach)")
                .hasMessageContaining("same Junction");
        assertThatThrownBy(() -> foreignBeaches.hasMany(sandcastles))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Beach.hasMany(Sandcastle)");
        assertThat(sandcastles.associations()).isEmpty();
    }

    @DialectTest
    void anUnknownAliasIsAnErrorListingTheAliasesThereAre(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        Model<User> users = db.define(User.class);
        sandcastles.belongsTo(beaches);
        sandcastles.belongsTo(users, as("Builder"));

        assertThatThrownBy(() -> sandcastles.association("Nope"))
                .isInstanceOf(UnknownAssociationException.class)
                .hasMessageContaining("Sandcastle")
                .hasMessageContaining("'Nope'")
                .hasMessageContaining("Beach")
                .hasMessageContaining("Builder");
    }

    @DialectTest
    void associationsAreListedInDeclarationOrder(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        Model<User> users = db.define(User.class);
        Model<Profile> profiles = db.define(Profile.class);
        HasMany<Beach, Sandcastle> castles = beaches.hasMany(sandcastles);
        HasOne<Beach, Profile> guide = beaches.hasOne(profiles, as("Guide"));
        BelongsTo<Beach, User> owner = beaches.belongsTo(users, as("Owner"));

        assertThat(beaches.associations()).containsExactly(castles, guide, owner);
        assertThat(beaches.associations()).extracting(Association::kind).containsExactly(
                Association.Kind.HAS_MANY, Association.Kind.HAS_ONE, Association.Kind.BELONGS_TO);
        assertThat(beaches.association("Guide")).isSameAs(guide);
        assertThat(owner.source()).isSameAs(beaches);
        assertThat(owner.target()).isSameAs(users);
    }

    @DialectTest
    void aKeyOfTheWrongTypeIsAValidationError(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        HasMany<Beach, Sandcastle> castles = beaches.hasMany(sandcastles);
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));
        Sandcastle keep = sandcastles.create(new Sandcastle("Keep"));

        assertThatThrownBy(() -> castles.add(bondi, keep, "not a key"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Sandcastle.id");
        assertThat(beachIdOf(sandcastles, keep)).isNull();
    }
}
