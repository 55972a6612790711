package dev.junction.bench;

import static dev.junction.bench.Dataset.FAVORITES;
import static dev.junction.bench.Dataset.USERS;
import static dev.junction.bench.Dataset.favorite;

import dev.junction.bench.hibernate.HFavorite;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * W1: bulk insert of 20,000 join rows (every user's twenty favourites) into an empty join table, in one
 * transaction. Junction: the join model's {@code bulkCreate}. JDBC: one prepared INSERT, batched by 1,000.
 * Hibernate: the join row as an entity, inserted by a {@code StatelessSession} in JDBC batches.
 */
public class W1BulkInsert extends Workload {
    private static final int ROWS = USERS * FAVORITES;
    private static final int JDBC_BATCH = 1_000;

    @Override
    protected BenchDatabase.Place place(BenchDatabase database) throws SQLException {
        BenchDatabase.Place created = database.create(name());
        Dataset.seed(created, USERS, false);
        return created;
    }

    /** Empties the join table before every insert (not measured). */
    @Setup(Level.Invocation)
    public void emptyJoinTable() throws SQLException {
        try (Connection c = place.connect(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE TABLE \"UserFavorites\"");
        }
    }

    @Benchmark
    public int junction() {
        return junction.links().bulkCreate(Dataset.favoriteRows(USERS)).size();
    }

    @Benchmark
    public int jdbc() throws SQLException {
        try (Connection c = jdbc.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(JdbcSide.INSERT_LINK)) {
                int pending = 0;
                for (long u = 1; u <= USERS; u++) {
                    for (int k = 0; k < FAVORITES; k++) {
                        insert.setLong(1, u);
                        insert.setLong(2, favorite(u, k));
                        insert.addBatch();
                        if (++pending == JDBC_BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                }
                if (pending > 0) insert.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return ROWS;
    }

    @Benchmark
    public int hibernate() {
        List<HFavorite> rows = new ArrayList<>(ROWS);
        for (long u = 1; u <= USERS; u++) {
            for (int k = 0; k < FAVORITES; k++) {
                rows.add(new HFavorite(u, favorite(u, k)));
            }
        }
        try (StatelessSession session = hibernate.factory().openStatelessSession()) {
            Transaction tx = session.beginTransaction();
            session.insertMultiple(rows);
            tx.commit();
        }
        return ROWS;
    }

    @Override
    protected void verify(String contender) throws Exception {
        emptyJoinTable();
        switch (contender) {
            case "junction" -> junction();
            case "jdbc" -> jdbc();
            default -> hibernate();
        }
        check("W1 " + contender + " rows", ROWS, queryLong("SELECT COUNT(*) FROM \"UserFavorites\""));
        check("W1 " + contender + " show ids", sumOfFavorites(), queryLong("SELECT SUM(\"ShowId\") FROM \"UserFavorites\""));
    }

    private static long sumOfFavorites() {
        long sum = 0;
        for (long u = 1; u <= USERS; u++) sum += Dataset.favoritesChecksum(u);
        return sum;
    }
}
