package dev.junction.crud;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import dev.junction.BulkOptions;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.UniqueConstraintException;
import dev.junction.annotation.Column;
import dev.junction.annotation.Id;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/**
 * {@code bulkCreate} with {@link BulkOptions} gives way only on its conflict target: a row colliding with another
 * row on any other unique key (or the primary key) is a {@link UniqueConstraintException} that changes nothing —
 * never an update of that other row, which with {@code updateOnDuplicate("password")} would be an account takeover.
 * MariaDB's {@code ON DUPLICATE KEY UPDATE} fires on every unique key, so there Junction reads the target's rows
 * under lock and inserts the missing ones plainly.
 */
class BulkCreateOtherUniqueKeyTest {
    record User(Long id, @Column(unique = true, allowNull = false) String username,
                @Column(unique = true) String email, Integer age) {
        User(String username, String email, Integer age) {
            this(null, username, email, age);
        }
    }

    record Country(@Id String code, @Column(unique = true) String name, Integer population) {
    }

    /** admin/admin@corp (age 40) and bob/bob@corp (age 30). */
    private static Model<User> users(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        db.sync();
        users.bulkCreate(List.of(new User("admin", "admin@corp", 40), new User("bob", "bob@corp", 30)));
        return users;
    }

    private static List<User> all(Model<User> users) {
        return users.findAll(Query.all().order(Order.asc("id")));
    }

    /** Each of {@code options} refuses {@code rows} with a unique violation on {@code column}; nothing changes. */
    private static void assertEachRefuses(Model<User> users, List<User> rows, String column, BulkOptions... options) {
        List<User> before = all(users);
        for (BulkOptions o : options) {
            assertThat(catchThrowable(() -> users.bulkCreate(rows, o))).as("%s", o)
                    .isInstanceOfSatisfying(UniqueConstraintException.class,
                            e -> assertThat(e.columns()).containsExactly(column));
        }
        assertThat(all(users)).isEqualTo(before);
    }

    @DialectTest
    void aRowCollidingOnAnotherUniqueKeyThanTheNamedTargetIsRefused(TestTarget target) {
        assertEachRefuses(users(target),
                List.of(new User("carol", "carol@corp", 20), new User("admin", "mallory@evil", 1)), "username",
                BulkOptions.updateOnDuplicate("age").conflictOn("email"),
                BulkOptions.ignoreDuplicates().conflictOn("email"));
    }

    @DialectTest
    void aRowCollidingOnAnotherUniqueKeyThanTheDefaultTargetIsRefused(TestTarget target) {
        assertEachRefuses(users(target),
                List.of(new User("carol", "carol@corp", 20), new User("mallory", "admin@corp", 1)), "email",
                BulkOptions.updateOnDuplicate("age"), BulkOptions.ignoreDuplicates());
    }

    @DialectTest
    void aRowGivingAnotherRowsKeyIsRefused(TestTarget target) {
        Model<User> users = users(target);
        Long bobsId = users.findOne(eq("username", "bob")).orElseThrow().id();
        assertEachRefuses(users, List.of(new User(bobsId, "carol", "carol@corp", 1)), "id",
                BulkOptions.updateOnDuplicate("age").conflictOn("email"),
                BulkOptions.ignoreDuplicates().conflictOn("email"));
    }

    @DialectTest
    void rowsMatchingTheTargetAreUpdatedOrKeptAndEveryRowComesBackWithItsKey(TestTarget target) {
        Model<User> users = users(target);
        User admin = users.findOne(eq("username", "admin")).orElseThrow();

        List<User> updated = users.bulkCreate(List.of(new User("root", "admin@corp", 41),
                new User("carol", "carol@corp", 20)), BulkOptions.updateOnDuplicate("age").conflictOn("email"));
        List<User> ignored = users.bulkCreate(List.of(new User("dave", "dave@corp", 50),
                new User("admin", "other@corp", 99)), BulkOptions.ignoreDuplicates());

        User carol = users.findOne(eq("username", "carol")).orElseThrow();
        User dave = users.findOne(eq("username", "dave")).orElseThrow();
        assertThat(updated).extracting(User::id).containsExactly(admin.id(), carol.id());
        assertThat(ignored).extracting(User::id).containsExactly(dave.id(), admin.id());
        assertThat(all(users)).extracting(User::username, User::email, User::age).containsExactly(
                tuple("admin", "admin@corp", 41), tuple("bob", "bob@corp", 30), tuple("carol", "carol@corp", 20),
                tuple("dave", "dave@corp", 50));
    }

    @DialectTest
    void aModelKeyedByItsOwnValuesUpdatesByTheTargetAndRefusesCollisionsOnItsUniqueName(TestTarget target) {
        Junction db = target.open();
        Model<Country> countries = db.define(Country.class);
        db.sync();
        countries.bulkCreate(List.of(new Country("FR", "France", 67), new Country("DE", "Germany", 83)));

        countries.bulkCreate(List.of(new Country("FR", "France", 68), new Country("IT", "Italy", 59)),
                BulkOptions.updateOnDuplicate("population"));
        Throwable thrown = catchThrowable(() -> countries.bulkCreate(List.of(new Country("FR", "France", 1),
                new Country("ES", "Germany", 47)), BulkOptions.updateOnDuplicate("population")));

        assertThat(thrown).isInstanceOfSatisfying(UniqueConstraintException.class,
                e -> assertThat(e.columns()).containsExactly("name"));
        assertThat(countries.findAll(Query.all().order(Order.asc("code")))).containsExactly(
                new Country("DE", "Germany", 83), new Country("FR", "France", 68), new Country("IT", "Italy", 59));
    }
}
