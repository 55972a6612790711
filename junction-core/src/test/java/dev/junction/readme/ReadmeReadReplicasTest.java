package dev.junction.readme;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.EmulatedReplica;
import dev.junction.testing.TestTarget;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The README's "Read replicas" example and {@code usePrimary} forms ("Scaling out"), on every database, with an
 * emulated replica that holds user "replica-user" where the primary holds "alice".
 */
class ReadmeReadReplicasTest {
    record User(Long id, String username, Integer age) { }

    @DialectTest
    void theReadReplicasExample(TestTarget target) {
        try (EmulatedReplica replica = EmulatedReplica.create(target, writable -> {
                 Model<User> users = writable.define(User.class);
                 writable.sync();
                 users.create(new User(null, "replica-user", 1));
             });
             Junction db = target.open(b -> b
                     .replicas(replica.url())
                     .readYourWrites(Duration.ofSeconds(2)))) {
            Model<User> users = db.define(User.class);
            db.sync();

            users.create(new User(null, "alice", 30));
            Optional<User> alice = db.usePrimary(() -> users.findOne(eq("username", "alice")));
            Optional<User> fresh = users.findOne(Query.where(eq("username", "alice")).usePrimary());

            assertThat(alice).map(User::age).contains(30);
            assertThat(fresh).map(User::age).contains(30);
            List<String> elsewhere = new java.util.ArrayList<>();
            Thread reader = new Thread(() -> elsewhere.addAll(users.findAll().stream().map(User::username).toList()));
            reader.start();
            try {
                reader.join(60_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThat(elsewhere).as("another thread reads the replica").containsExactly("replica-user");
        }
    }
}
