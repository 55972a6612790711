package dev.junction.sql;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The model the raw SQL tests query: one of every value type raw results are coerced to. */
final class Shows {
    enum Genre { DRAMA, COMEDY }

    record Show(Long id, String title, Integer rating, BigDecimal price, Boolean live, Genre genre,
                LocalDate premiere, UUID code, Instant createdAt, Instant updatedAt) {
        Show(String title, int rating, String price, boolean live, Genre genre, LocalDate premiere) {
            this(null, title, rating, new BigDecimal(price), live, genre, premiere, UUID.randomUUID(), null, null);
        }
    }

    final Junction db;
    final Model<Show> shows;
    final RawSql raw;
    final Show dune;
    final Show heat;

    Shows(TestTarget target) {
        this(target, target.open());
    }

    Shows(TestTarget target, Junction db) {
        this.db = db;
        this.shows = db.define(Show.class);
        db.sync();
        this.raw = new RawSql(target, db);
        this.dune = shows.create(new Show("Dune", 8, "12.50", true, Genre.DRAMA, LocalDate.of(2021, 10, 22)));
        this.heat = shows.create(new Show("Heat", 9, "7.25", false, Genre.COMEDY, LocalDate.of(1995, 12, 15)));
    }

    /** {@code template} with each {@code {identifier}} quoted for this database. */
    String sql(String template) {
        return raw.sql(template);
    }
}
