package dev.junction.reliability;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.BelongsToMany;
import dev.junction.internal.RuntimeAccess;
import dev.junction.reliability.Catalog.Show;
import dev.junction.reliability.Catalog.User;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's "Guarantees" that no other test shows: the isolation level Junction's transactions run at, how long
 * a SQLite connection waits for the write lock, and what {@code set} does for an owner that has no row when the join
 * table has no foreign keys.
 */
class GuaranteesTest {

    @DialectTest
    void transactionsRunAtTheDatabasesDefaultIsolationLevel(TestTarget target) {
        Junction db = target.open();

        int level = RuntimeAccess.of(db).scope().atomic(null, Connection::getTransactionIsolation);

        assertThat(level).isEqualTo(switch (target.backend()) {
            case POSTGRESQL, H2 -> Connection.TRANSACTION_READ_COMMITTED;
            case MARIADB -> Connection.TRANSACTION_REPEATABLE_READ;
            case SQLITE -> Connection.TRANSACTION_SERIALIZABLE;
        });
    }

    /** SQLite alone has no row locks: its writers queue for the database's write lock. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("sqlite")
    void sqliteConnectionsWaitTenSecondsForTheWriteLock(TestTarget target) {
        Junction db = target.open();

        long busyTimeout = RuntimeAccess.of(db).scope().run(null, connection -> {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA busy_timeout")) {
                rs.next();
                return rs.getLong(1);
            }
        });

        assertThat(busyTimeout).isEqualTo(10_000L);
    }

    @DialectTest
    void withoutConstraintsSetWritesLinksForAnOwnerAndTargetsThatHaveNoRow(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites")
                .through("UserFavorites").constraints(false));
        shows.belongsToMany(users, through("UserFavorites").constraints(false));
        db.sync();
        Show dune = shows.create(new Show(null, "Dune"));
        User ghost = new User(4242L, "never created");

        favorites.set(ghost, List.of(dune, 777L));
        favorites.set(ghost, List.of(dune, 777L, 778L));
        favorites.add(ghost, dune);

        assertThat(links(target, db)).containsExactly(4242L + ">" + dune.id(), "4242>777", "4242>778");
        assertThat(favorites.get(ghost)).as("reads skip links to missing rows").containsExactly(dune);
        assertThat(db.poolStats().active()).isZero();
    }

    static Stream<TestTarget> sqlite() {
        return Stream.of(new TestTarget(Backend.SQLITE));
    }

    /** UserFavorites as "user>show", read with plain JDBC in key order. */
    private static List<String> links(TestTarget target, Junction db) throws Exception {
        String sql = "SELECT " + db.dialect().quote("UserId") + ", " + db.dialect().quote("ShowId") + " FROM "
                + db.dialect().quote("UserFavorites") + " ORDER BY 1, 2";
        List<String> links = new ArrayList<>();
        try (Connection c = target.jdbc(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) links.add(rs.getLong(1) + ">" + rs.getLong(2));
        }
        return links;
    }
}
