package dev.junction.readme;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.FoundOrCreated;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Upserted;
import dev.junction.annotation.Column;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;

/** The README's "Upsert" and "Find or create" examples, as written there, on every database. */
class ReadmeUpsertTest {
    record User(Long id, @Column(unique = true) String username, @Column(unique = true) String email) { }

    @DialectTest
    void theUpsertExample(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        db.sync();
        Upserted<User> first = users.upsert(new User(null, "alice", "alice@example.com"));  // no such username: inserted
        Upserted<User> again = users.upsert(new User(null, "alice", "alice@new.example"));  // same username: updated
        User alice = again.instance();        // the row as stored: first's id, the new email
        boolean inserted = again.created();   // false (first.created() is true)
        users.upsert(new User(null, "alicia", "alice@new.example"), "email");               // matched on the email key
        assertThat(first.created()).isTrue();
        assertThat(inserted).isFalse();
        assertThat(alice).isEqualTo(new User(first.instance().id(), "alice", "alice@new.example"));
        assertThat(users.findAll()).containsExactly(new User(alice.id(), "alicia", "alice@new.example"));
    }

    @DialectTest
    void theFindOrCreateExample(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        db.sync();
        FoundOrCreated<User> bob = users.findOrCreate(eq("username", "bob"), new User(null, null, "bob@example.com"));
        assertThat(bob.created()).isTrue();                    // true: username "bob" from the where, email from the defaults
        String email = users.findOrCreate(eq("username", "bob"), new User(null, null, "other@example.com")).instance().email();
        assertThat(email).isEqualTo("bob@example.com");        // found, the stored row
        assertThat(bob.instance().username()).isEqualTo("bob");
        assertThat(users.count()).isEqualTo(1);
    }
}
