package dev.junction.reliability;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.BulkOptions;
import dev.junction.ForeignKeyConstraintException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsTo;
import dev.junction.association.HasMany;
import dev.junction.seed.SeedException;
import dev.junction.seed.Seeder;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write that sets a foreign key, done while the row it refers to is being deleted by an open transaction,
 * either comes first (and the delete's ON DELETE action deals with it) or waits for the delete and fails with a
 * {@link ForeignKeyConstraintException}: no row is left referring to a missing one. (H2 checked the
 * foreign key against committed rows without waiting, so both committed and an orphan remained.)
 */
class ForeignKeyToDeletedRowTest {
    @TempDir
    Path seeders;

    record User(Long id, String username) { }

    record Show(Long id, String title) { }

    record Review(Long id, String text, Long UserId) { }

    /** Users and shows linked by favourites; reviews belong to a user (SET NULL). */
    private static final class Fixture {
        final TestTarget target;
        final Junction db;
        final Model<User> users;
        final Model<Show> shows;
        final Model<Review> reviews;
        final BelongsTo<Review, User> author;
        final HasMany<User, Review> written;
        final User alice;
        final Show dune;

        Fixture(TestTarget target) {
            this.target = target;
            this.db = target.open();
            this.users = db.define(User.class);
            this.shows = db.define(Show.class);
            this.reviews = db.define(Review.class);
            this.author = reviews.belongsTo(users);
            this.written = users.hasMany(reviews);
            users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
            db.sync();
            this.alice = users.create(new User(null, "alice"));
            this.dune = shows.create(new Show(null, "Dune"));
        }

        Review unattachedReview() {
            return reviews.create(new Review(null, "great", null));
        }

        /** Rows whose foreign key names a user or show that is not there. */
        long orphans() throws Exception {
            return count("SELECT COUNT(*) FROM " + q("Reviews") + " r WHERE r." + q("UserId") + " IS NOT NULL AND "
                    + missing("Users", "r", "UserId"))
                    + count("SELECT COUNT(*) FROM " + q("UserFavorites") + " f WHERE " + missing("Users", "f", "UserId")
                    + " OR " + missing("Shows", "f", "ShowId"));
        }

        private String missing(String table, String alias, String column) {
            return "NOT EXISTS (SELECT 1 FROM " + q(table) + " x WHERE x." + q("id") + " = " + alias + "." + q(column)
                    + ")";
        }

        private long count(String sql) throws Exception {
            try (Connection c = target.jdbc(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        private String q(String identifier) {
            return db.dialect().quote(identifier);
        }

        /** {@code write} while alice is being deleted succeeds or fails on the foreign key, and leaves no orphan. */
        void assertLeavesNoOrphanWhileAliceIsDeleted(Runnable write) throws Exception {
            WhileDeleting.assertSucceedsOrFailsOnTheForeignKey(db, users, alice, write);
            assertThat(orphans()).isZero();
        }
    }

    @DialectTest
    void aCreateWithAForeignKeyLeavesNoOrphan(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        f.assertLeavesNoOrphanWhileAliceIsDeleted(() -> f.reviews.create(new Review(null, "great", f.alice.id())));
    }

    @DialectTest
    void anUpdateOfAForeignKeyLeavesNoOrphan(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        Review review = f.unattachedReview();
        f.assertLeavesNoOrphanWhileAliceIsDeleted(
                () -> f.reviews.update(new Review(review.id(), "great", f.alice.id())));
    }

    @DialectTest
    void aBulkCreateOfJoinRowsByNameLeavesNoOrphan(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        f.assertLeavesNoOrphanWhileAliceIsDeleted(() -> f.db.model("UserFavorites").bulkCreate(
                List.of(Row.of("UserId", f.alice.id(), "ShowId", f.dune.id()))));
    }

    @DialectTest
    void aBulkUpsertOfJoinRowsLeavesNoOrphan(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        f.assertLeavesNoOrphanWhileAliceIsDeleted(() -> f.db.model("UserFavorites").bulkCreate(
                List.of(Row.of("UserId", f.alice.id(), "ShowId", f.dune.id())), BulkOptions.ignoreDuplicates()));
    }

    @DialectTest
    void aBelongsToSetLeavesNoOrphan(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        Review review = f.unattachedReview();
        f.assertLeavesNoOrphanWhileAliceIsDeleted(() -> f.author.set(review, f.alice));
    }

    @DialectTest
    void aHasManyAddLeavesNoOrphan(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        Review review = f.unattachedReview();
        f.assertLeavesNoOrphanWhileAliceIsDeleted(() -> f.written.add(f.alice, review));
    }

    @DialectTest
    void aHasManyCreateLeavesNoOrphan(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        f.assertLeavesNoOrphanWhileAliceIsDeleted(() -> f.written.create(f.alice, new Review(null, "great", null)));
    }

    @DialectTest
    void aSeedLeavesNoOrphan(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        Files.writeString(seeders.resolve("01-review.yaml"),
                "Review:\n  - { text: great, UserId: " + f.alice.id() + " }\n");

        Throwable outcome = WhileDeleting.run(f.db, f.users, f.alice, () -> Seeder.of(f.db, seeders).applyPending());

        assertThat(outcome).satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t)
                .isInstanceOf(SeedException.class).hasCauseInstanceOf(ForeignKeyConstraintException.class));
        assertThat(f.orphans()).isZero();
    }
}
