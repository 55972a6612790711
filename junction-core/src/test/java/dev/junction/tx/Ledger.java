package dev.junction.tx;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.annotation.Column;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/** The model the transaction, logging and pool tests write: entries with a unique label. */
final class Ledger {
    record Entry(Long id, @Column(allowNull = false, unique = true) String label, Instant createdAt,
                 Instant updatedAt) {
        Entry(String label) {
            this(null, label, null, null);
        }
    }

    private Ledger() {
    }

    /** Defines and syncs the Entry model (table "Entries"). */
    static Model<Entry> entries(Junction db) {
        Model<Entry> entries = db.define(Entry.class);
        db.sync();
        return entries;
    }

    /** Inserts and commits an entry through a separate plain JDBC connection. */
    static void insertCommitted(TestTarget target, Junction db, String label) {
        try (Connection c = target.jdbc(); Statement s = c.createStatement()) {
            var d = db.dialect();
            s.executeUpdate("INSERT INTO " + d.quote("Entries") + " (" + d.quote("label") + ", " + d.quote("createdAt")
                    + ", " + d.quote("updatedAt") + ") VALUES ('" + label + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many entries a separate plain JDBC connection sees: only committed ones. */
    static long committedEntries(TestTarget target, Junction db) {
        try (Connection c = target.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + db.dialect().quote("Entries"))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
