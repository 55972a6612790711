package dev.junction.association.fk;

import static dev.junction.association.Associations.foreignKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.HasOne;
import dev.junction.association.fk.Shore.Note;
import dev.junction.association.fk.Shore.Profile;
import dev.junction.association.fk.Shore.Statements;
import dev.junction.association.fk.Shore.User;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;

/** {@code users.hasOne(profiles)}: the profile holds {@code UserId}; get, set and create. */
class HasOneTest {
    private final Statements statements = new Statements();
    private Model<User> users;
    private Model<Profile> profiles;
    private HasOne<User, Profile> profile;

    /** Users and profiles, {@code users.hasOne(profiles)}, synced; statements counted. */
    private Junction open(TestTarget target) {
        Junction db = statements.open(target);
        users = db.define(User.class);
        profiles = db.define(Profile.class);
        profile = users.hasOne(profiles);
        db.sync();
        return db;
    }

    @DialectTest
    void getReturnsTheTargetHoldingTheKeyInOneStatement(TestTarget target) {
        open(target);
        User alice = users.create(new User("alice"));
        User bob = users.create(new User("bob"));
        Profile hers = profiles.create(new Profile(null, "hers", alice.id()));
        profiles.create(new Profile(null, "his", bob.id()));

        statements.reset();
        assertThat(profile.get(alice)).contains(hers);
        assertThat(statements.count()).isEqualTo(1);
    }

    @DialectTest
    void getOfASourceWithoutTargetIsEmpty(TestTarget target) {
        open(target);
        User alice = users.create(new User("alice"));
        profiles.create(new Profile("nobody's"));

        assertThat(profile.get(alice)).isEmpty();
    }

    @DialectTest
    void setLinksTheTargetAndLetsThePreviousOneGo(TestTarget target) {
        open(target);
        User alice = users.create(new User("alice"));
        Profile old = profiles.create(new Profile(null, "old", alice.id()));
        Profile fresh = profiles.create(new Profile("fresh"));

        profile.set(alice, fresh);

        assertThat(profile.get(alice).orElseThrow().id()).isEqualTo(fresh.id());
        assertThat(profiles.findByPk(old.id()).orElseThrow().UserId()).isNull();
        assertThat(profiles.count()).isEqualTo(2);
    }

    @DialectTest
    void setAcceptsTheTargetsKey(TestTarget target) {
        open(target);
        User alice = users.create(new User("alice"));
        Profile fresh = profiles.create(new Profile("fresh"));

        profile.set(alice, fresh.id());

        assertThat(profile.get(alice)).contains(new Profile(fresh.id(), "fresh", alice.id()));
    }

    @DialectTest
    void setToNullLetsTheTargetGo(TestTarget target) {
        open(target);
        User alice = users.create(new User("alice"));
        Profile hers = profiles.create(new Profile(null, "hers", alice.id()));

        profile.set(alice, null);

        assertThat(profile.get(alice)).isEmpty();
        assertThat(profiles.findByPk(hers.id()).orElseThrow().UserId()).isNull();
    }

    @DialectTest
    void setLeavesOtherSourcesTargetsAlone(TestTarget target) {
        open(target);
        User alice = users.create(new User("alice"));
        User bob = users.create(new User("bob"));
        Profile his = profiles.create(new Profile(null, "his", bob.id()));

        profile.set(alice, profiles.create(new Profile("hers")));

        assertThat(profile.get(bob)).contains(his);
    }

    @DialectTest
    void createInsertsTheTargetHoldingTheKey(TestTarget target) {
        open(target);
        User alice = users.create(new User("alice"));

        Profile created = profile.create(alice, new Profile("hers"));

        assertThat(created.id()).isNotNull();
        assertThat(created.UserId()).isEqualTo(alice.id());
        assertThat(profile.get(alice)).contains(created);
    }

    @DialectTest
    void createWritesTheKeyOfATargetClassWithoutIt(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Note> notes = db.define(Note.class);
        HasOne<User, Note> note = users.hasOne(notes);
        db.sync();
        User alice = users.create(new User("alice"));

        Note created = note.create(alice, new Note("remember"));

        assertThat(db.model("Note").findByPk(created.id()).orElseThrow().get("UserId")).isEqualTo(alice.id());
        assertThat(note.get(alice)).contains(created);
    }

    @DialectTest
    void setToTheTargetItAlreadyHasKeepsItEvenWithANotNullKey(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Profile> profiles = db.define(Profile.class);
        HasOne<User, Profile> profile = users.hasOne(profiles, foreignKey("UserId", a -> a.notNull()));
        db.sync();
        User alice = users.create(new User("alice"));
        Profile hers = profile.create(alice, new Profile("hers"));

        profile.set(alice, hers);

        assertThat(profile.get(alice)).contains(hers);
    }
}
