package dev.junction.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.ForeignKeyConstraintException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Transaction;
import dev.junction.reliability.Catalog.Show;
import dev.junction.reliability.Catalog.User;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A link written while the row it refers to is being deleted by an open transaction never outlives that row: the
 * write waits for the delete and then fails with a {@link ForeignKeyConstraintException}, or — had it come first —
 * is removed by the delete's cascade. (H2 checked the foreign key against committed rows without waiting, so both
 * committed and an orphan link remained.)
 */
class LinkToDeletedRowTest {
    /** How long the writer is given to finish before the delete commits; a writer that waits for it takes longer. */
    private static final long HEAD_START_MS = 1000;
    private static final long BOUND_SECONDS = 30;

    @DialectTest
    void anAddWhileItsUserIsBeingDeletedLeavesNoOrphan(TestTarget target) throws Exception {
        addWhileDeleting(target, true);
    }

    @DialectTest
    void anAddWhileItsShowIsBeingDeletedLeavesNoOrphan(TestTarget target) throws Exception {
        addWhileDeleting(target, false);
    }

    @DialectTest
    void aSetWhileATargetIsBeingDeletedLeavesNoOrphan(TestTarget target) throws Exception {
        Catalog c = new Catalog(target, b -> b);
        User alice = c.createUsers(1).get(0);
        List<Show> shows = c.createShows(2);
        assertLeavesNoOrphan(c, c.shows, shows.get(1), () -> c.favorites.set(alice, shows));
    }

    /** Adds alice's favourite dune while alice (or dune) is being deleted. */
    private static void addWhileDeleting(TestTarget target, boolean user) throws Exception {
        Catalog c = new Catalog(target, b -> b);
        User alice = c.createUsers(1).get(0);
        Show dune = c.createShows(1).get(0);
        Runnable add = () -> c.favorites.add(alice, dune);
        if (user) assertLeavesNoOrphan(c, c.users, alice, add); else assertLeavesNoOrphan(c, c.shows, dune, add);
    }

    /** {@code write} during the delete of {@code row} succeeds or fails on the foreign key, and no orphan remains. */
    private static <T> void assertLeavesNoOrphan(Catalog c, Model<T> model, T row, Runnable write) throws Exception {
        Throwable outcome = whileDeleting(c.db, model, row, write);
        assertThat(outcome).satisfiesAnyOf(t -> assertThat(t).isNull(),
                t -> assertThat(t).isInstanceOf(ForeignKeyConstraintException.class));
        assertThat(orphanLinks(c)).isZero();
    }

    /**
     * Deletes {@code row} in a transaction, runs {@code write} on another thread, gives it a head start, commits the
     * delete and waits (bounded) for the write; returns what the write threw, or {@code null}.
     */
    private static <T> Throwable whileDeleting(Junction db, Model<T> model, T row, Runnable write) throws Exception {
        CompletableFuture<Void> writing;
        try (Transaction deleting = db.begin()) {
            assertThat(model.in(deleting).destroy(row)).isTrue();
            writing = CompletableFuture.runAsync(write);
            try {
                writing.get(HEAD_START_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException waitingOrFailed) {
                // waiting for the delete's lock, or failed already: either way the delete commits now
            }
            deleting.commit();
        }
        try {
            writing.get(BOUND_SECONDS, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private static long orphanLinks(Catalog c) throws Exception {
        String sql = "SELECT COUNT(*) FROM " + c.q("UserFavorites") + " f WHERE NOT EXISTS (SELECT 1 FROM "
                + c.q("Users") + " u WHERE u." + c.q("id") + " = f." + c.q("UserId") + ") OR NOT EXISTS (SELECT 1 FROM "
                + c.q("Shows") + " s WHERE s." + c.q("id") + " = f." + c.q("ShowId") + ")";
        try (Connection jdbc = c.target.jdbc(); Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
