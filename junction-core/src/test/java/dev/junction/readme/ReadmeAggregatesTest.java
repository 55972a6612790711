package dev.junction.readme;

import static dev.junction.association.Associations.as;
import static dev.junction.query.Aggregate.avg;
import static dev.junction.query.Aggregate.count;
import static dev.junction.query.Aggregate.max;
import static dev.junction.query.GroupBy.groupBy;
import static dev.junction.query.Include.include;
import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.gt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;
import dev.junction.query.Loaded;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The README's "Aggregates" example and the count-only include of "Eager loading", as written there. */
class ReadmeAggregatesTest {
    record Post(Long id, Long authorId, Integer views, Instant createdAt, Instant updatedAt) { }

    record User(Long id, String username) { }

    record Show(Long id, String title) { }

    @DialectTest
    void theAggregatesExample(TestTarget target) {
        Junction db = target.open();
        Model<Post> posts = db.define(Post.class);
        db.sync();
        posts.create(new Post(null, 7L, 10, null, null));
        posts.create(new Post(null, 7L, 20, null, null));
        Post last = posts.create(new Post(null, 8L, 5, null, null));
        posts.create(new Post(null, 8L, 0, null, null));
        List<String> seen = new ArrayList<>();

        long totalViews = posts.sum("views", Long.class).orElse(0L);                    // SUM of integers: a Long
        Optional<Instant> firstPost = posts.min("createdAt", Instant.class);             // MIN/MAX: the attribute's type
        Optional<Double> average = posts.avg("views", Double.class, eq("authorId", 7L)); // empty when no row matches

        List<Row> perAuthor = posts.aggregate(groupBy("authorId").where(gt("views", 0))
                .order(Order.desc("count")).limit(10), count(), avg("views"), max("createdAt").as("latest"));
        for (Row author : perAuthor) {
            long authorId = author.getLong("authorId");
            long posted = author.getLong("count");       // COUNT(*): a Long
            double mean = author.getDouble("avgViews");   // named function + attribute, unless as("…")
            Instant latest = author.getInstant("latest");
            seen.add(authorId + ":" + posted + ":" + mean + ":" + (latest != null));
        }

        assertThat(totalViews).isEqualTo(35L);
        assertThat(firstPost).isPresent();
        assertThat(average).contains(15.0);
        assertThat(seen).containsExactly("7:2:15.0:true", "8:1:5.0:true");
        assertThat(perAuthor.get(1).getInstant("latest")).isEqualTo(last.createdAt());
    }

    @DialectTest
    void theCountOnlyIncludeExample(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
        BelongsToMany<Show, User> fans = shows.belongsToMany(users, as("Fans").through("UserFavorites"));
        db.sync();
        User alice = users.create(new User(null, "alice"));
        User bob = users.create(new User(null, "bob"));
        Show dune = shows.create(new Show(null, "Dune"));
        shows.create(new Show(null, "Arrival"));
        favorites.add(alice, dune);
        favorites.add(bob, dune);
        List<Long> counted = new ArrayList<>();

        for (Loaded<Show> show : shows.findAll(Query.all(), include(fans).countOnly())) {
            long fanCount = show.count(fans);                                  // 0 for a show without fans
            counted.add(fanCount);
        }
        Map<User, Long> favoriteCounts = favorites.countAll(users.findAll()); // one GROUP BY, every user present

        assertThat(counted).containsExactlyInAnyOrder(2L, 0L);
        assertThat(favoriteCounts).containsEntry(alice, 1L).containsEntry(bob, 1L);
    }
}
