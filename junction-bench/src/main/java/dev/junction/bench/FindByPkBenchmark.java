package dev.junction.bench;

import dev.junction.bench.JunctionSide.User;
import dev.junction.bench.hibernate.HUser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Reading one row by key, user after user (reported as {@code PK}, per call): Junction's {@code findByPk} against the
 * prepared statement an expert would write and Hibernate's {@code Session.find}. Each call is a unit of work of its
 * own (a pooled connection, one query), as in W3, on the data set's 1,000 users. Run alone with
 * {@code junction-bench/run --quick FindByPk}.
 */
public class FindByPkBenchmark extends Workload {
    private static final String BY_KEY = "SELECT \"id\", \"username\" FROM \"Users\" WHERE \"id\" = ?";

    private long next;

    @Override
    protected BenchDatabase.Place place(BenchDatabase database) throws SQLException {
        BenchDatabase.Place created = database.create(name());
        Dataset.seed(created, Dataset.USERS, false);
        return created;
    }

    private long nextId() {
        next = next % Dataset.USERS + 1;
        return next;
    }

    @Benchmark
    public User junction() {
        return junction.users().findByPk(nextId()).orElseThrow();
    }

    @Benchmark
    public User jdbc() throws SQLException {
        try (Connection c = jdbc.connect(); PreparedStatement select = c.prepareStatement(BY_KEY)) {
            select.setLong(1, nextId());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return new User(rs.getLong(1), rs.getString(2));
            }
        }
    }

    @Benchmark
    public User hibernate() {
        try (Session session = hibernate.factory().openSession()) {
            session.setDefaultReadOnly(true);
            Transaction tx = session.beginTransaction();
            HUser user = session.find(HUser.class, nextId());
            tx.commit();
            return new User(user.getId(), user.getUsername());
        }
    }

    @Override
    protected void verify(String contender) throws Exception {
        long sum = 0;
        for (int i = 0; i < Dataset.USERS; i++) {
            User user = switch (contender) {
                case "junction" -> junction();
                case "jdbc" -> jdbc();
                default -> hibernate();
            };
            check("PK " + contender + " username", user.id(), Long.parseLong(user.username().substring(4)));
            sum += user.id();
        }
        check("PK " + contender + " checksum", (long) Dataset.USERS * (Dataset.USERS + 1) / 2, sum);
    }
}
