package dev.junction.loading;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Through;
import dev.junction.testing.Backend;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Many fans liking a few shows, in narrow tables without timestamps so that tens of thousands of rows are quick to
 * write and read: fan {@code i} likes the shows {@link #liked(int)} says. Counts every statement it runs.
 */
final class Crowd {
    record Fan(Long id, String name) { }

    record Show(Long id, String title, Long NetworkId) { }

    record Network(Long id, String name) { }

    static final int SHOWS = 10;

    final Junction db;
    final TestTarget target;
    final AtomicInteger statements = new AtomicInteger();
    final Model<Fan> fans;
    final Model<Show> shows;
    final Model<Network> networks;
    final BelongsToMany<Fan, Show> likes;
    final BelongsTo<Show, Network> network;
    List<Fan> crowd = List.of();
    List<Show> lineup = List.of();
    List<Network> channels = List.of();

    private Crowd(TestTarget target) {
        this.target = target;
        db = target.open(b -> b.timestamps(false)
                .listener((sql, params, nanos) -> statements.incrementAndGet()));
        fans = db.define(Fan.class);
        shows = db.define(Show.class);
        networks = db.define(Network.class);
        likes = fans.belongsToMany(shows, as("Likes").through(Through.of("Likes").timestamps(false)));
        network = shows.belongsTo(networks);
        db.sync();
    }

    /** {@code n} fans, {@value #SHOWS} shows on two networks, and the likes of {@link #liked(int)}. */
    static Crowd of(TestTarget target, int n) {
        Crowd crowd = new Crowd(target);
        crowd.populate(n);
        return crowd;
    }

    /** The indexes of the shows fan {@code i} likes: none for every 11th fan, two for every 3rd, else one. */
    static List<Integer> liked(int i) {
        if (i % 11 == 0) return List.of();
        if (i % 3 == 0) return List.of(i % SHOWS, (i + 5) % SHOWS);
        return List.of(i % SHOWS);
    }

    private void populate(int n) {
        channels = networks.bulkCreate(List.of(new Network(null, "even"), new Network(null, "odd")));
        lineup = shows.bulkCreate(IntStream.range(0, SHOWS)
                .mapToObj(s -> new Show(null, "show" + s, channels.get(s % 2).id())).toList());
        crowd = fans.bulkCreate(IntStream.range(0, n).mapToObj(i -> new Fan(null, "fan" + i)).toList());
        List<Row> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int s : liked(i)) links.add(Row.of("FanId", crowd.get(i).id(), "ShowId", lineup.get(s).id()));
        }
        db.model("Likes").bulkCreate(links);
    }

    /** The shows fan {@code i} likes. */
    List<Show> showsOf(int i) {
        return liked(i).stream().map(lineup::get).toList();
    }

    /**
     * How many statements one include level needs for {@code keys} parent keys: keys travel as one array
     * parameter where the dialect has arrays (up to its array limit), else one bind parameter each.
     */
    int chunks(int keys) {
        var dialect = db.dialect();
        boolean arrays = dialect.arrayElementType(fans.definition().primaryKey().get(0).type()) != null;
        int perStatement = arrays ? dialect.maxArrayLength() : dialect.maxBindParameters();
        return (int) ((keys + (long) perStatement - 1) / perStatement);
    }

    Backend backend() {
        return target.backend();
    }

    /** Statements run by {@code work}. */
    int count(Runnable work) {
        statements.set(0);
        work.run();
        return statements.get();
    }
}
