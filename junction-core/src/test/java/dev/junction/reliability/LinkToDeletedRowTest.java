package dev.junction.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.ForeignKeyConstraintException;
import dev.junction.Model;
import dev.junction.reliability.Catalog.Show;
import dev.junction.reliability.Catalog.User;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * A link written while the row it refers to is being deleted by an open transaction never outlives that row: the
 * write waits for the delete and then fails with a {@link ForeignKeyConstraintException}, or — had it come first —
 * is removed by the delete's cascade. (H2 checked the foreign key against committed rows without waiting, so both
 * committed and an orphan link remained.)
 */
class LinkToDeletedRowTest {
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
        WhileDeleting.assertSucceedsOrFailsOnTheForeignKey(c.db, model, row, write);
        assertThat(orphanLinks(c)).isZero();
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
