package dev.junction.bench;

import dev.junction.Model;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * W7: add one to a post's view count and get the post back as stored, post after post — the workload is 1,000 of
 * these (every post once); JMH measures one call, and the report multiplies by {@value #CALLS}. Each call is a unit
 * of work of its own. Junction: {@code posts.increment(post, "views", 1)}, one {@code UPDATE … RETURNING} on
 * PostgreSQL ({@code SELECT … FROM FINAL TABLE (UPDATE …)} on H2). JDBC: the same {@code UPDATE … RETURNING} on
 * PostgreSQL; on H2 the UPDATE and a SELECT in one transaction. No Hibernate contender: its way is a different
 * operation (load, change, flush), so the report gives this workload's Junction/JDBC ratio only.
 */
public class W7IncrementInstance extends Workload {
    static final int CALLS = 1_000;
    private static final String UPDATE = "UPDATE \"Posts\" SET \"views\" = \"views\" + ? WHERE \"id\" = ?";
    private static final String SELECT = "SELECT \"id\", \"title\", \"views\" FROM \"Posts\" WHERE \"id\" = ?";

    /** A post. */
    public record Post(Long id, String title, Integer views) {
    }

    private Model<Post> posts;
    private List<Post> given;
    private int next;

    /** Its own table: {@value #CALLS} posts with no views yet. */
    @Override
    protected BenchDatabase.Place place(BenchDatabase database) throws SQLException {
        BenchDatabase.Place created = database.create(name());
        try (Connection c = created.connect(); var s = c.createStatement()) {
            s.execute("CREATE TABLE \"Posts\" (\"id\" BIGINT PRIMARY KEY, \"title\" VARCHAR(255) NOT NULL,"
                    + " \"views\" INTEGER NOT NULL)");
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO \"Posts\" (\"id\", \"title\", \"views\") VALUES (?, ?, 0)")) {
                for (long id = 1; id <= CALLS; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, "post" + id);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        return created;
    }

    @Override
    protected void prepare() {
        if (junction != null) posts = junction.db().define(Post.class);
        given = new ArrayList<>(CALLS);
        for (long id = 1; id <= CALLS; id++) given.add(new Post(id, "post" + id, 0));
    }

    private Post nextPost() {
        Post post = given.get(next);
        next = (next + 1) % CALLS;
        return post;
    }

    @Benchmark
    public Post junction() {
        return posts.increment(nextPost(), "views", 1);
    }

    @Benchmark
    public Post jdbc() throws SQLException {
        Post post = nextPost();
        try (Connection c = jdbc.connect()) {
            if (jdbc.postgres()) {
                try (PreparedStatement update = c.prepareStatement(UPDATE + " RETURNING \"id\", \"title\", \"views\"")) {
                    update.setInt(1, 1);
                    update.setLong(2, post.id());
                    try (ResultSet rs = update.executeQuery()) {
                        return rs.next() ? read(rs) : null;
                    }
                }
            }
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement(UPDATE);
                 PreparedStatement select = c.prepareStatement(SELECT)) {
                update.setInt(1, 1);
                update.setLong(2, post.id());
                update.executeUpdate();
                select.setLong(1, post.id());
                try (ResultSet rs = select.executeQuery()) {
                    Post stored = rs.next() ? read(rs) : null;
                    c.commit();
                    return stored;
                }
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static Post read(ResultSet rs) throws SQLException {
        return new Post(rs.getLong(1), rs.getString(2), rs.getInt(3));
    }

    @Override
    protected void verify(String contender) throws Exception {
        long before = queryLong("SELECT SUM(\"views\") FROM \"Posts\"");
        for (int i = 0; i < CALLS; i++) {
            Post stored = contender.equals("junction") ? junction() : jdbc();
            if (stored == null || stored.views() < 1) {
                throw new IllegalStateException("W7 " + contender + " returned " + stored);
            }
        }
        check("W7 " + contender + " views", before + CALLS, queryLong("SELECT SUM(\"views\") FROM \"Posts\""));
    }
}
