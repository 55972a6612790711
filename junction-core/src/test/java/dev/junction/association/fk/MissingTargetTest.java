package dev.junction.association.fk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.ForeignKeyConstraintException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.NotFoundException;
import dev.junction.Transaction;
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
import java.util.UUID;

/**
 * Linking a row that no longer exists fails with a typed error and changes nothing: a {@code hasMany} or
 * {@code hasOne} target without a row is a {@link NotFoundException} naming the association and the missing keys
 * (their link is an UPDATE of the target, which the database would let match nothing); a {@code belongsTo} target,
 * or the source of a {@code create}, is refused by the foreign key.
 */
class MissingTargetTest {
    /** A target keyed by UUID: the missing keys are told apart from the found ones whatever the key's type. */
    record Flag(UUID id, String colour, Long BeachId) { }

    private Model<Beach> beaches;
    private Model<Sandcastle> sandcastles;
    private HasMany<Beach, Sandcastle> castles;
    private BelongsTo<Sandcastle, Beach> beach;
    private Model<User> users;
    private Model<Profile> profiles;
    private HasOne<User, Profile> profile;
    private Beach north;

    /** Beaches that have many sandcastles, users that have one profile; the beach North. */
    private Junction shore(TestTarget target) {
        Junction db = target.open();
        beaches = db.define(Beach.class);
        sandcastles = db.define(Sandcastle.class);
        castles = beaches.hasMany(sandcastles);
        beach = sandcastles.belongsTo(beaches);
        users = db.define(User.class);
        profiles = db.define(Profile.class);
        profile = users.hasOne(profiles);
        db.sync();
        north = beaches.create(new Beach("North"));
        return db;
    }

    private Sandcastle castle(String name, Beach on) {
        return sandcastles.create(new Sandcastle(null, name, on == null ? null : on.id()));
    }

    /** A sandcastle that was saved and then deleted: its instance still carries its old key. */
    private Sandcastle deletedCastle() {
        Sandcastle ruin = castle("Ruin", null);
        assertThat(sandcastles.destroy(ruin)).isTrue();
        return ruin;
    }

    private Profile profileOf(User user) {
        return profiles.create(new Profile(null, user.username() + "'s", user.id()));
    }

    private Long beachIdOf(Sandcastle castle) {
        return sandcastles.findByPk(castle.id()).orElseThrow().BeachId();
    }

    @DialectTest
    void hasManyAddOfADeletedTargetLinksNothing(TestTarget target) {
        shore(target);
        Sandcastle keep = castle("Keep", null);
        Sandcastle ruin = deletedCastle();

        assertThatThrownBy(() -> castles.add(north, keep, ruin))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.model()).isEqualTo("Sandcastle"))
                .hasMessageContaining("Beach.Sandcastles")
                .hasMessageContaining("cannot add")
                .hasMessageContaining("no Sandcastle has id " + ruin.id() + " ");

        assertThat(beachIdOf(keep)).isNull();
        assertThat(castles.count(north)).isZero();
    }

    @DialectTest
    void hasManyAddOfTheKeyOfAMissingTargetLinksNothing(TestTarget target) {
        shore(target);
        Sandcastle keep = castle("Keep", null);

        assertThatThrownBy(() -> castles.add(north, keep.id(), keep.id() + 1000))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Beach.Sandcastles")
                .hasMessageContaining(String.valueOf(keep.id() + 1000));

        assertThat(beachIdOf(keep)).isNull();
    }

    @DialectTest
    void hasManyAddOfOnlyMissingTargetsFails(TestTarget target) {
        shore(target);
        Sandcastle ruin = deletedCastle();

        assertThatThrownBy(() -> castles.add(north, ruin))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(String.valueOf(ruin.id()));

        assertThat(sandcastles.count()).isZero();
    }

    @DialectTest
    void hasManyAddLeavesATargetOfAnotherSourceWhereItWas(TestTarget target) {
        shore(target);
        Beach south = beaches.create(new Beach("South"));
        Sandcastle tower = castle("Tower", south);

        assertThatThrownBy(() -> castles.add(north, tower, deletedCastle()))
                .isInstanceOf(NotFoundException.class);

        assertThat(beachIdOf(tower)).isEqualTo(south.id());
    }

    @DialectTest
    void hasManyAddNamesTheMissingUuidKeyAndNoOther(TestTarget target) {
        Junction db = shore(target);
        Model<Flag> flags = db.define(Flag.class);
        HasMany<Beach, Flag> flown = beaches.hasMany(flags);
        db.sync();
        Flag red = flags.create(new Flag(UUID.randomUUID(), "red", null));
        UUID missing = UUID.randomUUID();

        assertThatThrownBy(() -> flown.add(north, red.id().toString(), missing))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.model()).isEqualTo("Flag"))
                .hasMessageContaining("no Flag has id " + missing + " ")
                .hasMessageNotContaining(red.id().toString());

        assertThat(flown.count(north)).isZero();
    }

    @DialectTest
    void hasManySetWithADeletedTargetKeepsTheTargetsThereWere(TestTarget target) {
        shore(target);
        Sandcastle keep = castle("Keep", north);
        Sandcastle moat = castle("Moat", north);
        Sandcastle tower = castle("Tower", null);
        Sandcastle ruin = deletedCastle();

        assertThatThrownBy(() -> castles.set(north, List.of(keep, ruin)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.model()).isEqualTo("Sandcastle"))
                .hasMessageContaining("Beach.Sandcastles")
                .hasMessageContaining("cannot set");
        assertThatThrownBy(() -> castles.set(north, List.of(tower, ruin)))
                .isInstanceOf(NotFoundException.class);

        assertThat(castles.get(north)).extracting(Sandcastle::id).containsExactlyInAnyOrder(keep.id(), moat.id());
        assertThat(beachIdOf(tower)).isNull();
    }

    @DialectTest
    void hasManySetNamesEveryMissingKeyAndNoOther(TestTarget target) {
        shore(target);
        Sandcastle keep = castle("Keep", north);
        long missing = keep.id() + 1000;

        assertThatThrownBy(() -> castles.set(north, List.of(keep.id(), missing, missing + 1)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no Sandcastle has id " + missing + ", " + (missing + 1) + " ");

        assertThat(castles.get(north)).containsExactly(keep);
    }

    @DialectTest
    void hasManySetInTheCallersTransactionLetsNoTargetGoBeforeItFails(TestTarget target) {
        Junction db = shore(target);
        Sandcastle keep = castle("Keep", north);
        Sandcastle ruin = deletedCastle();

        try (Transaction tx = db.begin()) {
            assertThatThrownBy(() -> castles.in(tx).set(north, List.of(ruin)))
                    .isInstanceOf(NotFoundException.class);
            tx.commit();
        }

        assertThat(castles.get(north)).containsExactly(keep);
    }

    @DialectTest
    void hasOneSetToADeletedTargetKeepsThePreviousOne(TestTarget target) {
        shore(target);
        User alice = users.create(new User("alice"));
        Profile hers = profileOf(alice);
        Profile gone = profiles.create(new Profile("gone"));
        assertThat(profiles.destroy(gone)).isTrue();

        assertThatThrownBy(() -> profile.set(alice, gone))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.model()).isEqualTo("Profile"))
                .hasMessageContaining("User.Profile")
                .hasMessageContaining("cannot set")
                .hasMessageContaining("no Profile has id " + gone.id() + " ");

        assertThat(profile.get(alice)).contains(hers);
    }

    @DialectTest
    void hasOneSetToTheKeyOfAMissingTargetKeepsThePreviousOne(TestTarget target) {
        shore(target);
        User alice = users.create(new User("alice"));
        Profile hers = profileOf(alice);

        assertThatThrownBy(() -> profile.set(alice, hers.id() + 1000))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(String.valueOf(hers.id() + 1000));

        assertThat(profile.get(alice)).contains(hers);
        assertThat(profiles.count()).isEqualTo(1);
    }

    @DialectTest
    void belongsToSetToADeletedTargetIsRefusedByTheForeignKey(TestTarget target) {
        shore(target);
        Beach south = beaches.create(new Beach("South"));
        Sandcastle keep = castle("Keep", north);
        assertThat(beaches.destroy(south)).isTrue();

        assertThatThrownBy(() -> beach.set(keep, south))
                .isInstanceOfSatisfying(ForeignKeyConstraintException.class,
                        e -> assertThat(e.table()).isEqualTo("Sandcastles"));

        assertThat(beachIdOf(keep)).isEqualTo(north.id());
    }

    @DialectTest
    void createForADeletedSourceIsRefusedByTheForeignKeyAndCreatesNothing(TestTarget target) {
        shore(target);
        User ghost = users.create(new User("ghost"));
        assertThat(users.destroy(ghost)).isTrue();
        assertThat(beaches.destroy(north)).isTrue();

        assertThatThrownBy(() -> castles.create(north, new Sandcastle("Keep")))
                .isInstanceOf(ForeignKeyConstraintException.class);
        assertThatThrownBy(() -> profile.create(ghost, new Profile("ghostly")))
                .isInstanceOf(ForeignKeyConstraintException.class);

        assertThat(sandcastles.count()).isZero();
        assertThat(profiles.count()).isZero();
    }
}
