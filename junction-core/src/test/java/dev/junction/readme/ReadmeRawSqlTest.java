package dev.junction.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The README's "Raw SQL" example, as written there, on every database. Its identifiers are quoted the standard way,
 * with double quotes; MariaDB reads them so in its ANSI_QUOTES mode, set here on the only pooled connection.
 */
class ReadmeRawSqlTest {
    record Show(Long id, String title, Integer rating) { }

    @DialectTest
    void theRawSqlExample(TestTarget target) {
        Junction db = target.open(c -> c.maxPoolSize(1));
        Model<Show> shows = db.define(Show.class);
        db.sync();
        if (target.backend() == Backend.MARIADB) {
            db.execute("SET SESSION sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES')");
        }
        shows.create(new Show(null, "Dune", 8));
        shows.create(new Show(null, "Heat", 9));
        shows.create(new Show(null, "Cats", 2));

        record Rating(String title, int rating) { }                          // any record or POJO

        List<Rating> top = db.query(Rating.class, """
                SELECT "title", "rating" FROM "Shows" WHERE "rating" >= ? ORDER BY "rating" DESC""", 8);
        List<Row> rows = db.query("""
                SELECT "id", "title" FROM "Shows" WHERE "id" IN (:ids) AND "title" <> :skip""",
                Map.of("ids", List.of(1L, 2L, 3L), "skip", "Heat"));            // a list expands to ?, ?, ?
        long count = db.scalar(Long.class, "SELECT COUNT(*) FROM \"Shows\"");
        Optional<Show> dune = db.queryOne(Show.class, "SELECT * FROM \"Shows\" WHERE \"title\" = :title",
                Map.of("title", "Dune"));
        int changed = db.execute("UPDATE \"Shows\" SET \"rating\" = \"rating\" + 1 WHERE \"id\" = :id", Map.of("id", 1L));
        String version = db.withConnection(c -> c.getMetaData().getDatabaseProductVersion()); // plain JDBC

        assertThat(top).containsExactly(new Rating("Heat", 9), new Rating("Dune", 8));
        assertThat(rows).extracting(r -> r.getString("title")).containsExactlyInAnyOrder("Dune", "Cats");
        assertThat(count).isEqualTo(3);
        assertThat(dune).contains(new Show(1L, "Dune", 8));
        assertThat(changed).isEqualTo(1);
        assertThat(shows.findByPk(1L).orElseThrow().rating()).isEqualTo(9);
        assertThat(version).isNotBlank();
    }
}
