package dev.junction.loading;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;

import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.Model;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Through;
import dev.junction.schema.ModelDefinition;
import dev.junction.testing.Backend;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
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
    /** 2,000 parameters a statement: under every database's limit (SQLite's is 32,766). */
    private static final int LINKS_PER_INSERT = 1_000;

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

    private Crowd(TestTarget target, UnaryOperator<JunctionConfig.Builder> adjust) {
        this.target = target;
        db = target.open(b -> adjust.apply(b.timestamps(false)
                .listener((sql, params, nanos) -> statements.incrementAndGet())));
        fans = db.define(Fan.class);
        shows = db.define(Show.class);
        networks = db.define(Network.class);
        likes = fans.belongsToMany(shows, as("Likes").through(Through.of("Likes").timestamps(false)));
        network = shows.belongsTo(networks);
        db.sync();
    }

    /** {@code n} fans, {@value #SHOWS} shows on two networks, and the likes of {@link #liked(int)}. */
    static Crowd of(TestTarget target, int n) {
        return of(target, n, b -> b);
    }

    /** Like {@link #of(TestTarget, int)}, with the configuration adjusted. */
    static Crowd of(TestTarget target, int n, UnaryOperator<JunctionConfig.Builder> adjust) {
        Crowd crowd = new Crowd(target, adjust);
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
        List<long[]> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int s : liked(i)) links.add(new long[] {crowd.get(i).id(), lineup.get(s).id()});
        }
        insertLikes(links);
    }

    /**
     * The likes, written with plain multi-row INSERTs in one transaction. The crowd is a fixture for reads: through
     * {@code bulkCreate}, H2 would spend most of a large crowd's time locking the referenced fans (an IN list of
     * every fan key, which H2 scans for each row: over a minute for 100,000 fans), not reading them.
     */
    private void insertLikes(List<long[]> links) {
        var dialect = db.dialect();
        ModelDefinition likesTable = db.model("Likes").definition();
        String insert = "INSERT INTO " + dialect.quote(likesTable.tableName()) + " ("
                + dialect.quote(likesTable.attribute("FanId").orElseThrow().column()) + ", "
                + dialect.quote(likesTable.attribute("ShowId").orElseThrow().column()) + ") VALUES ";
        try (Connection c = target.jdbc()) {
            c.setAutoCommit(false);
            for (int from = 0; from < links.size(); from += LINKS_PER_INSERT) {
                List<long[]> chunk = links.subList(from, Math.min(links.size(), from + LINKS_PER_INSERT));
                try (PreparedStatement s = c.prepareStatement(insert + String.join(", ",
                        Collections.nCopies(chunk.size(), "(?, ?)")))) {
                    int p = 1;
                    for (long[] link : chunk) {
                        s.setLong(p++, link[0]);
                        s.setLong(p++, link[1]);
                    }
                    s.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the crowd's likes", e);
        }
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
