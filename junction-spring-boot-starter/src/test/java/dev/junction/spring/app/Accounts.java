package dev.junction.spring.app;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.spring.app.models.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A service whose {@code @Transactional} methods write with Junction, alone or beside JdbcTemplate. */
@Service
public class Accounts {
    private final Junction db;
    private final Model<User> users;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    public Accounts(Junction db, Model<User> users, JdbcTemplate jdbc, AuditLog audit) {
        this.db = db;
        this.users = users;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public User register(String username) {
        return users.create(new User(null, username));
    }

    @Transactional
    public void registerThenFail(String username) {
        users.create(new User(null, username));
        throw new IllegalStateException("after the insert");
    }

    @Transactional
    public void registerInAJunctionTransactionThenFail(String username) {
        db.useTransaction(tx -> users.create(new User(null, username)));
        throw new IllegalStateException("after the Junction transaction");
    }

    /** A Junction transaction fails inside; the exception is caught, but Spring's transaction may only roll back. */
    @Transactional
    public void registerCatchingAFailedJunctionTransaction(String username) {
        users.create(new User(null, username));
        try {
            db.useTransaction(tx -> users.create(new User(null, username)));
        } catch (RuntimeException expected) {
            // swallowed on purpose
        }
    }

    @Transactional(readOnly = true)
    public long countReadOnly() {
        return users.count();
    }

    @Transactional(readOnly = true)
    public User registerReadOnly(String username) {
        return users.create(new User(null, username));
    }

    /** Writes with Junction, audits in a transaction of its own (REQUIRES_NEW), then fails. */
    @Transactional
    public void registerAuditedThenFail(String username) {
        users.create(new User(null, username));
        audit.record(username + "-audit");
        throw new IllegalStateException("after the audit");
    }

    /** Inside a Junction transaction joined to Spring's: audits in a transaction of its own, then fails. */
    @Transactional
    public void registerAuditedInAJunctionTransactionThenFail(String username) {
        db.useTransaction(tx -> {
            users.create(new User(null, username));
            audit.record(username + "-audit");
            throw new IllegalStateException("after the audit");
        });
    }

    /**
     * JdbcTemplate and Junction in one transaction: each sees the other's uncommitted row. Returns what each counted;
     * {@code fail} rolls both back.
     */
    @Transactional
    public long[] registerWithJdbcAndJunction(String viaJdbc, String viaJunction, boolean fail) {
        jdbc.update("INSERT INTO \"Users\" (\"username\", \"createdAt\", \"updatedAt\")"
                + " VALUES (?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", viaJdbc);
        long junctionSaw = users.count();
        users.create(new User(null, viaJunction));
        Long jdbcSaw = jdbc.queryForObject("SELECT COUNT(*) FROM \"Users\"", Long.class);
        if (fail) throw new IllegalStateException("after both writes");
        return new long[] {junctionSaw, jdbcSaw};
    }

    /** Inside a transaction: the connection Junction runs on. */
    @Transactional(readOnly = true)
    public java.sql.Connection junctionsConnectionReadOnly() {
        return db.withConnection(connection -> connection);
    }
}
