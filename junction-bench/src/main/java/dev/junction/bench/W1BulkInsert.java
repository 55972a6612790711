package dev.junction.bench;

import static dev.junction.bench.Dataset.FAVORITES;
import static dev.junction.bench.Dataset.USERS;
import static dev.junction.bench.Dataset.favorite;

import dev.junction.bench.hibernate.HFavorite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.postgresql.PGConnection;

/**
 * W1: bulk insert of 20,000 join rows (every user's twenty favourites) into an empty join table, in one
 * transaction. Junction: the join model's {@code bulkCreate}. JDBC, two ways: one prepared INSERT batched by 1,000
 * ({@code jdbc}), and the database's own bulk load ({@code jdbcCopy}): on PostgreSQL {@code COPY … FROM STDIN} through
 * the driver's {@code CopyManager}, the rows written as COPY text; on MariaDB {@code LOAD DATA LOCAL INFILE} fed the
 * same text from memory; on H2, which has no COPY, one
 * {@code INSERT … SELECT * FROM UNNEST(?, ?)} of two bound arrays. Hibernate: the join row as an entity, inserted by a
 * {@code StatelessSession} in JDBC batches.
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
        jdbc.transaction(c -> {
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
            }
        });
        return ROWS;
    }

    /** The fastest hand-written load each database offers (see the class comment). */
    @Benchmark
    public int jdbcCopy() throws SQLException {
        jdbc.transaction(c -> {
            switch (jdbc.database()) {
                case POSTGRESQL -> copy(c);
                case MARIADB -> loadData(c);
                case H2 -> insertUnnest(c);
            }
        });
        return ROWS;
    }

    /** The rows as tab-separated lines, what COPY's text format and LOAD DATA read by default. */
    private static byte[] tabSeparated() {
        StringBuilder text = new StringBuilder(ROWS * 12);
        for (long u = 1; u <= USERS; u++) {
            for (int k = 0; k < FAVORITES; k++) text.append(u).append('\t').append(favorite(u, k)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** MariaDB's bulk load: {@code LOAD DATA LOCAL INFILE} fed from memory by the driver. */
    private static void loadData(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(new ByteArrayInputStream(tabSeparated()));
            s.execute("LOAD DATA LOCAL INFILE 'favorites.tsv' INTO TABLE \"UserFavorites\" (\"UserId\", \"ShowId\")");
        }
    }

    private static void copy(Connection c) throws SQLException {
        byte[] data = tabSeparated();
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY \"UserFavorites\" (\"UserId\", \"ShowId\")"
                    + " FROM STDIN", new ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void insertUnnest(Connection c) throws SQLException {
        Long[] users = new Long[ROWS];
        Long[] shows = new Long[ROWS];
        int i = 0;
        for (long u = 1; u <= USERS; u++) {
            for (int k = 0; k < FAVORITES; k++, i++) {
                users[i] = u;
                shows[i] = favorite(u, k);
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO \"UserFavorites\" (\"UserId\", \"ShowId\")"
                + " SELECT * FROM UNNEST(?, ?)")) {
            insert.setArray(1, c.createArrayOf("BIGINT", users));
            insert.setArray(2, c.createArrayOf("BIGINT", shows));
            insert.executeUpdate();
        }
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
            case "jdbcCopy" -> jdbcCopy();
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
