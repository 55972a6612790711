package dev.junction.crud;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.BulkOptions;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.annotation.Column;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

class BulkCreateOptionsTest {
    record User(Long id, @Column(unique = true, allowNull = false) String username, Integer age,
                @Column(unique = true) String email, Instant createdAt, Instant updatedAt) {
        User(String username, Integer age) {
            this(null, username, age, null, null, null);
        }

        User(String username, Integer age, String email) {
            this(null, username, age, email, null, null);
        }
    }

    record Show(Long id, String title) { }

    private static Model<User> users(Junction db) {
        Model<User> users = db.define(User.class);
        db.sync();
        return users;
    }

    private static User stored(Model<User> users, String username) {
        return users.findOne(eq("username", username)).orElseThrow();
    }

    @DialectTest
    void ignoreDuplicatesKeepsExistingRowsAndInsertsTheRest(TestTarget target) {
        Model<User> users = users(target.open());
        User alice = users.create(new User("alice", 30));
        List<User> created = users.bulkCreate(List.of(new User("alice", 99), new User("bob", 25)),
                BulkOptions.ignoreDuplicates());
        assertThat(users.count()).isEqualTo(2);
        assertThat(stored(users, "alice").age()).isEqualTo(30);
        assertThat(stored(users, "bob").age()).isEqualTo(25);
        assertThat(created.get(0).id()).isEqualTo(alice.id());
        assertThat(created.get(1).id()).isEqualTo(stored(users, "bob").id());
    }

    @DialectTest
    void updateOnDuplicateSetsOnlyTheNamedAttributesAndUpdatedAt(TestTarget target) throws Exception {
        Model<User> users = users(target.open());
        User alice = users.create(new User("alice", 30, "alice@old.example"));
        Thread.yield();
        List<User> created = users.bulkCreate(List.of(new User("alice", 31, "alice@new.example"),
                new User("carol", 40)), BulkOptions.updateOnDuplicate("age"));
        User after = stored(users, "alice");
        assertThat(after.age()).isEqualTo(31);
        assertThat(after.email()).isEqualTo("alice@old.example");
        assertThat(after.createdAt()).isEqualTo(alice.createdAt());
        assertThat(after.updatedAt()).isAfterOrEqualTo(alice.updatedAt());
        assertThat(created).extracting(User::id).containsExactly(alice.id(), stored(users, "carol").id());
    }

    @DialectTest
    void duplicatesWithinOneCallKeepTheFirstWhenIgnoring(TestTarget target) {
        Model<User> users = users(target.open());
        List<User> created = users.bulkCreate(List.of(new User("dave", 1), new User("dave", 2)),
                BulkOptions.ignoreDuplicates());
        assertThat(users.findAll()).extracting(User::age).containsExactly(1);
        assertThat(created.get(0).id()).isNotNull().isEqualTo(created.get(1).id());
    }

    @DialectTest
    void duplicatesWithinOneCallLetTheLastUpdate(TestTarget target) {
        Model<User> users = users(target.open());
        users.bulkCreate(List.of(new User("dave", 1, "d1@x"), new User("dave", 2, "d2@x")),
                BulkOptions.updateOnDuplicate("age"));
        User dave = stored(users, "dave");
        assertThat(dave.age()).isEqualTo(2);
        assertThat(dave.email()).isEqualTo("d1@x");
    }

    @DialectTest
    void conflictOnChoosesAnotherUniqueKey(TestTarget target) {
        Model<User> users = users(target.open());
        User alice = users.create(new User("alice", 30, "a@x"));
        List<User> created = users.bulkCreate(List.of(new User("alicia", 33, "a@x")),
                BulkOptions.updateOnDuplicate("username", "age").conflictOn("email"));
        assertThat(users.findAll()).extracting(User::username, User::age).containsExactly(
                org.assertj.core.groups.Tuple.tuple("alicia", 33));
        assertThat(created.get(0).id()).isEqualTo(alice.id());
    }

    @DialectTest
    void aConflictTargetThatIsNoKeyIsRejectedBeforeWriting(TestTarget target) {
        Model<User> users = users(target.open());
        assertThatThrownBy(() -> users.bulkCreate(List.of(new User("erin", 1)),
                BulkOptions.ignoreDuplicates().conflictOn("age")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("User").hasMessageContaining("conflictOn[age]")
                .hasMessageContaining("[username]");
        assertThat(users.count()).isZero();
    }

    @DialectTest
    void updatingTheConflictTargetIsRejected(TestTarget target) {
        Model<User> users = users(target.open());
        assertThatThrownBy(() -> users.bulkCreate(List.of(new User("erin", 1)),
                BulkOptions.updateOnDuplicate("username")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("User").hasMessageContaining("cannot set username");
    }

    @DialectTest
    void anInvalidRowWritesNothing(TestTarget target) {
        Model<User> users = users(target.open());
        users.create(new User("alice", 30));
        assertThatThrownBy(() -> users.bulkCreate(List.of(new User("frank", 1), new User(null, 2)),
                BulkOptions.ignoreDuplicates()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("User.username");
        assertThat(users.count()).isEqualTo(1);
    }

    @DialectTest
    void joinModelWithoutAClassIgnoresLinksThatExist(TestTarget target) {
        Junction db = target.open();
        Model<Row> users = db.define("User", m -> m.attribute("username", DataType.string(40)));
        Model<Row> shows = db.define("Show", m -> m.attribute("title", DataType.string(40)));
        users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        db.sync();
        List<Row> people = users.bulkCreate(List.of(Row.of("username", "alice"), Row.of("username", "bob")));
        List<Row> films = shows.bulkCreate(List.of(Row.of("title", "Dune"), Row.of("title", "Arrival")));
        Model<Row> links = db.model("UserFavorites");
        links.create(link(people.get(0), films.get(0)));
        links.bulkCreate(List.of(link(people.get(0), films.get(0)), link(people.get(0), films.get(1)),
                link(people.get(1), films.get(0)), link(people.get(1), films.get(0))), BulkOptions.ignoreDuplicates());
        assertThat(links.count()).isEqualTo(3);
    }

    @DialectTest
    void joinModelWithASurrogateKeyUpdatesLinkValuesOnItsLinkIdentity(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        Model<Row> ratings = db.define("Rating", m -> m.attribute("stars", DataType.integer()));
        users.belongsToMany(shows, as("Rated").through("Rating"));
        db.sync();
        User alice = users.create(new User("alice", 30));
        Show dune = shows.create(new Show(null, "Dune"));
        Row first = ratings.create(Row.of("UserId", alice.id(), "ShowId", dune.id(), "stars", 3));
        List<Row> again = ratings.bulkCreate(List.of(Row.of("UserId", alice.id(), "ShowId", dune.id(), "stars", 5)),
                BulkOptions.updateOnDuplicate("stars"));
        assertThat(ratings.findAll()).extracting(r -> r.get("stars")).containsExactly(5);
        assertThat(again.get(0).get("id")).isEqualTo(first.get("id"));
    }

    @DialectTest
    void explicitKeysCollideOnAGeneratedKeyAndTheGeneratorMovesPastThem(TestTarget target) {
        Junction db = target.open();
        Model<Row> notes = db.define("Note", m -> m.attribute("text", DataType.string(40)));
        db.sync();
        notes.create(Row.of("id", 5, "text", "five"));
        List<Row> created = notes.bulkCreate(List.of(Row.of("id", 5, "text", "FIVE"), Row.of("id", 9, "text", "nine"),
                Row.of("text", "fresh")), BulkOptions.updateOnDuplicate("text"));
        assertThat(notes.findByPk(5).orElseThrow().get("text")).isEqualTo("FIVE");
        assertThat(((Number) created.get(2).get("id")).longValue()).isNotIn(5L, 9L);
        Row next = notes.create(Row.of("text", "later"));
        assertThat(((Number) next.get("id")).longValue()).isGreaterThan(9L);
        assertThat(notes.count()).isEqualTo(4);
    }

    @DialectTest
    void manyRowsSpanSeveralStatementsAndAllGetTheirKeys(TestTarget target) {
        Model<User> users = users(target.open());
        users.create(new User("user0007", 0));
        List<User> many = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) many.add(new User(String.format("user%04d", i), i));
        List<User> created = users.bulkCreate(many, BulkOptions.updateOnDuplicate("age"));
        assertThat(users.count()).isEqualTo(2_500);
        assertThat(created).extracting(User::id).doesNotContainNull().doesNotHaveDuplicates();
        List<User> stored = users.findAll(Query.all().order(Order.asc("username")));
        assertThat(stored).extracting(User::id).containsExactlyElementsOf(created.stream().map(User::id).toList());
        assertThat(stored.get(7).age()).isEqualTo(7);
    }

    private static Row link(Row user, Row show) {
        return Row.of("UserId", user.get("id"), "ShowId", show.get("id"));
    }
}
