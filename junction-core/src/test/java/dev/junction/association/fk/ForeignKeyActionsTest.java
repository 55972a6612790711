package dev.junction.association.fk;

import static dev.junction.association.Associations.defaults;
import static dev.junction.association.Associations.foreignKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.HasMany;
import dev.junction.association.fk.Shore.Beach;
import dev.junction.association.fk.Shore.Profile;
import dev.junction.association.fk.Shore.Sandcastle;
import dev.junction.association.fk.Shore.User;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ReferentialAction;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/**
 * The referential actions of belongsTo, hasOne and hasMany keys, as Sequelize chooses them: a nullable key is
 * {@code ON DELETE SET NULL ON UPDATE CASCADE}, a NOT NULL key {@code ON DELETE CASCADE}; explicit actions win;
 * {@code constraints(false)} makes no foreign key. Checked in the live schema and by deleting a beach.
 */
class ForeignKeyActionsTest {

    private static DatabaseSchema.Table sandcastlesTable(Junction db) {
        return db.describe().table("Sandcastles").orElseThrow();
    }

    private static DatabaseSchema.ForeignKey beachKey(Junction db) {
        return sandcastlesTable(db).foreignKey(List.of("BeachId")).orElseThrow();
    }

    @DialectTest
    void aNullableKeyIsSetNullOnDeleteAndCascadedOnUpdate(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        sandcastles.belongsTo(beaches);
        db.sync();

        assertThat(sandcastlesTable(db).column("BeachId").orElseThrow().nullable()).isTrue();
        assertThat(beachKey(db).onDelete()).isEqualTo(ReferentialAction.SET_NULL);
        assertThat(beachKey(db).onUpdate()).isEqualTo(ReferentialAction.CASCADE);
    }

    @DialectTest
    void deletingTheTargetNullsTheKeysThatReferToIt(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        HasMany<Beach, Sandcastle> castles = beaches.hasMany(sandcastles);
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));
        Beach manly = beaches.create(new Beach("Manly"));
        Sandcastle keep = castles.create(bondi, new Sandcastle("Keep"));
        Sandcastle tower = castles.create(manly, new Sandcastle("Tower"));

        beaches.destroy(bondi);

        assertThat(sandcastles.findByPk(keep.id()).orElseThrow().BeachId()).isNull();
        assertThat(sandcastles.findByPk(tower.id()).orElseThrow().BeachId()).isEqualTo(manly.id());
    }

    @DialectTest
    void aNotNullKeyIsCascadedOnDelete(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        beaches.hasMany(sandcastles, foreignKey("BeachId", a -> a.notNull()));
        db.sync();

        assertThat(sandcastlesTable(db).column("BeachId").orElseThrow().nullable()).isFalse();
        assertThat(beachKey(db).onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(beachKey(db).onUpdate()).isEqualTo(ReferentialAction.CASCADE);
    }

    @DialectTest
    void deletingTheTargetDeletesRowsWithANotNullKey(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        HasMany<Beach, Sandcastle> castles = beaches.hasMany(sandcastles, foreignKey("BeachId", a -> a.notNull()));
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));
        Beach manly = beaches.create(new Beach("Manly"));
        castles.create(bondi, new Sandcastle("Keep"));
        castles.create(bondi, new Sandcastle("Moat"));
        Sandcastle tower = castles.create(manly, new Sandcastle("Tower"));

        beaches.destroy(bondi);

        assertThat(sandcastles.findAll()).containsExactly(tower);
    }

    @DialectTest
    void aNotNullKeyDeclaredOnBelongsToIsCascadedToo(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        sandcastles.belongsTo(beaches, foreignKey("BeachId", a -> a.notNull()));
        db.sync();

        assertThat(sandcastlesTable(db).column("BeachId").orElseThrow().nullable()).isFalse();
        assertThat(beachKey(db).onDelete()).isEqualTo(ReferentialAction.CASCADE);
    }

    @DialectTest
    void hasOneKeysFollowTheSameDefaults(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Profile> profiles = db.define(Profile.class);
        users.hasOne(profiles);
        db.sync();
        User alice = users.create(new User("alice"));
        Profile hers = profiles.create(new Profile(null, "hers", alice.id()));

        DatabaseSchema.ForeignKey key = db.describe().table("Profiles").orElseThrow().foreignKey(List.of("UserId"))
                .orElseThrow();
        assertThat(key.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
        assertThat(key.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
        users.destroy(alice);
        assertThat(profiles.findByPk(hers.id()).orElseThrow().UserId()).isNull();
    }

    @DialectTest
    void explicitActionsAreHonoured(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        sandcastles.belongsTo(beaches, defaults().onDelete(ReferentialAction.CASCADE)
                .onUpdate(ReferentialAction.RESTRICT));
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));
        sandcastles.create(new Sandcastle(null, "Keep", bondi.id()));

        assertThat(sandcastlesTable(db).column("BeachId").orElseThrow().nullable()).isTrue();
        assertThat(beachKey(db).onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(beachKey(db).onUpdate()).isEqualTo(ReferentialAction.RESTRICT);
        beaches.destroy(bondi);
        assertThat(sandcastles.count()).isZero();
    }

    @DialectTest
    void constraintsFalseMakesNoForeignKeyAndLeavesKeysOnDelete(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        HasMany<Beach, Sandcastle> castles = beaches.hasMany(sandcastles, defaults().constraints(false));
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));
        Sandcastle keep = castles.create(bondi, new Sandcastle("Keep"));

        assertThat(sandcastlesTable(db).column("BeachId")).isPresent();
        assertThat(sandcastlesTable(db).foreignKeys()).isEmpty();
        beaches.destroy(bondi);
        assertThat(sandcastles.findByPk(keep.id()).orElseThrow().BeachId()).isEqualTo(bondi.id());
    }
}
