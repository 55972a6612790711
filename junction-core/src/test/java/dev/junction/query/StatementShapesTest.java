package dev.junction.query;

import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.in;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.internal.model.ModelImpl;
import dev.junction.query.internal.StatementCache;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds and association reads render their statement once per shape of call and bind each call's values: every
 * call still answers for its own values, however many shapes a program uses, and the statements kept stay bounded.
 */
class StatementShapesTest {
    record User(Long id, String username) { }

    record Show(Long id, String title) { }

    private static List<User> users(Model<User> users, int n) {
        return users.bulkCreate(IntStream.rangeClosed(1, n).mapToObj(i -> new User(null, "u" + i)).toList());
    }

    @DialectTest
    void repeatedFindsBindEachCallsOwnValuesOnOneStatementText(TestTarget target) {
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        Junction db = target.open(b -> b.listener((sql, values, nanos) -> statements.add(sql)));
        Model<User> model = db.define(User.class, m -> m.timestamps(false));
        db.sync();
        List<User> all = users(model, 5);
        statements.clear();

        for (User u : all) {
            assertThat(model.findByPk(u.id())).contains(u);
            assertThat(model.findAll(Query.where(eq("username", u.username())))).containsExactly(u);
            assertThat(model.findAll(Query.all().order(Order.asc("id")).offset(u.id().intValue() - 1).limit(1)))
                    .containsExactly(all.get(u.id().intValue() - 1));
            assertThat(model.count(in("id", List.of(u.id(), u.id() + 100)))).isEqualTo(1);
        }

        assertThat(statements).hasSize(20);
        assertThat(statements.stream().distinct()).hasSize(4);
    }

    @DialectTest
    void everyShapeAnswersRightAndTheCacheStaysBounded(TestTarget target) {
        Junction db = target.open();
        Model<User> model = db.define(User.class, m -> m.timestamps(false));
        db.sync();
        List<User> all = users(model, 20);
        int shapes = StatementCache.CAPACITY + 44;

        for (int n = 1; n <= shapes; n++) {
            // An OR of n comparisons is a shape of its own for every n; ids beyond the 20 match nothing.
            List<Where> parts = new ArrayList<>();
            for (int k = 0; k < n; k++) parts.add(eq("id", all.get(0).id() + (long) (k * 7 + n) % 40));
            List<User> found = model.findAll(Query.where(Where.or(parts.toArray(Where[]::new)))
                    .order(Order.asc("id")));
            int size = n;
            long expected = IntStream.range(0, n).mapToLong(k -> (k * 7L + size) % 40).filter(v -> v < 20)
                    .distinct().count();
            assertThat(found).as("shape %d", n).hasSize((int) expected);
        }

        assertThat(((ModelImpl<User>) model).plan().statements().size()).isLessThanOrEqualTo(StatementCache.CAPACITY);
    }

    @DialectTest
    void hasAndCountAnswerRightForEveryNumberOfKeys(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        var favorites = users.belongsToMany(shows, dev.junction.association.Associations.as("Favorites")
                .through("UserFavorites"));
        db.sync();
        User alice = users.create(new User(null, "alice"));
        List<Show> all = shows.bulkCreate(IntStream.range(0, 80).mapToObj(i -> new Show(null, "s" + i)).toList());
        List<Show> linked = IntStream.range(0, 80).filter(i -> i % 2 == 0).mapToObj(all::get).toList();
        favorites.add(alice, linked, null);

        for (int n = 1; n <= linked.size(); n++) {
            List<Show> some = linked.subList(0, n);
            assertThat(favorites.has(alice, some.toArray())).as("%d linked", n).isTrue();
            List<Object> withOneUnlinked = new ArrayList<>(linked.subList(0, n - 1));
            withOneUnlinked.add(all.get(2 * n - 1));
            assertThat(favorites.has(alice, withOneUnlinked.toArray())).as("%d with one unlinked", n).isFalse();
            assertThat(favorites.count(alice, Where.lt("id", some.get(n - 1).id()), null)).isEqualTo(n - 1);
            assertThat(favorites.get(alice, Query.all().order(Order.asc("id")).limit(1).offset(n - 1)))
                    .containsExactly(some.get(n - 1));
        }
    }
}
