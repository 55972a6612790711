package dev.junction.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.sql.Shows.Genre;
import dev.junction.sql.Shows.Show;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Positional and named parameters of raw SQL: always bound, parsed around literals, checked before sending. */
class RawParametersTest {
    private static Shows shows(TestTarget target, AtomicInteger sent) {
        return new Shows(target, target.open(c -> c.listener((sql, params, nanos) -> sent.incrementAndGet())));
    }

    @DialectTest
    void namedParametersBindByNameAndAListExpandsForIn(TestTarget target) {
        Shows s = new Shows(target);
        Map<String, Object> params = Map.of("ids", List.of(s.dune.id(), s.heat.id(), -1L), "min", 8);
        List<Show> rows = s.db.query(Show.class, s.sql("SELECT * FROM {Shows} WHERE {id} IN (:ids) AND {rating} >= :min"
                + " AND {rating} <= :min + 1 ORDER BY {id}"), params);
        assertThat(rows).extracting(Show::title).containsExactly("Dune", "Heat");
        assertThat(s.db.execute(s.sql("UPDATE {Shows} SET {rating} = :rating WHERE {title} IN (:titles)"),
                Map.of("rating", 10, "titles", Set.of("Heat")))).isEqualTo(1);
        assertThat(s.db.scalar(Integer.class, s.sql("SELECT {rating} FROM {Shows} WHERE {title} = :t"),
                Map.of("t", "Heat"))).isEqualTo(10);
    }

    @DialectTest
    void valuesTravelAsModelAttributesDo(TestTarget target) {
        Shows s = new Shows(target);
        Show dune = s.shows.findByPk(s.dune.id()).orElseThrow();
        List<Show> found = s.db.query(Show.class, s.sql("SELECT * FROM {Shows} WHERE {createdAt} = ? AND {premiere}"
                + " = ? AND {genre} = ? AND {code} = ? AND {live} = ? AND {price} = ?"), dune.createdAt(),
                dune.premiere(), Genre.DRAMA, dune.code(), true, new BigDecimal("12.50"));
        assertThat(found).containsExactly(dune);
        assertThat(s.db.execute(s.sql("UPDATE {Shows} SET {rating} = ? WHERE {id} = ?"), null, dune.id())).isEqualTo(1);
        assertThat(s.shows.findByPk(dune.id()).orElseThrow().rating()).isNull();
    }

    @DialectTest
    void markersInLiteralsQuotedIdentifiersAndCommentsAreText(TestTarget target) {
        Shows s = new Shows(target);
        Map<String, Object> title = Map.of("title", "Dune");
        List<Row> rows = s.db.query(s.sql("SELECT ':title ?' AS {lit}, {title} AS {a:b} FROM {Shows} /* :nope ? */"
                + " WHERE {title} = :title -- :neither ?\n ORDER BY {id}"), title);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("lit", ":title ?").containsEntry("a:b", "Dune");
        assertThat(s.db.scalar(String.class, s.sql("SELECT 'it''s :x' FROM {Shows} WHERE {title} = ?"), "Heat"))
                .isEqualTo("it's :x");
    }

    @DialectTest
    void aPostgresCastIsNoParameter(TestTarget target) {
        Shows s = new Shows(target);
        boolean postgres = target.backend() == Backend.POSTGRESQL;
        String cast = postgres ? ":n::integer + 1" : "CAST(:n AS INTEGER) + 1";
        assertThat(s.db.scalar(Integer.class, "SELECT " + cast, Map.of("n", "41"))).isEqualTo(42);
        if (postgres) {
            assertThat(s.db.scalar(String.class, "SELECT $tag$:x ?$tag$ || :y", Map.of("y", "!"))).isEqualTo(":x ?!");
            assertThat(s.db.scalar(Long.class, s.sql("SELECT {id}::bigint FROM {Shows} WHERE {id} = ?"),
                    s.dune.id())).isEqualTo(s.dune.id());
        }
    }

    @DialectTest
    void aNameUsedTwiceBindsItsValueTwice(TestTarget target) {
        Shows s = new Shows(target);
        assertThat(s.db.query(Long.class, s.sql("SELECT {id} FROM {Shows} WHERE {title} = :t OR {title} = :t"),
                Map.of("t", "Heat"))).containsExactly(s.heat.id());
    }

    @DialectTest
    void aMissingOrUnusedNameIsAnErrorNamingItAndNothingIsSent(TestTarget target) {
        AtomicInteger sent = new AtomicInteger();
        Shows s = shows(target, sent);
        int before = sent.get();
        String sql = s.sql("UPDATE {Shows} SET {rating} = :rating WHERE {id} = :id");
        assertThatThrownBy(() -> s.db.execute(sql, Map.of("rating", 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.attribute()).isEqualTo("id"))
                .hasMessageContaining(":id");
        assertThatThrownBy(() -> s.db.execute(sql, Map.of("rating", 1, "id", 1, "extra", 2)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.attribute()).isEqualTo("extra"))
                .hasMessageContaining(":extra");
        assertThatThrownBy(() -> s.db.execute(sql, Map.of("rating", 1, "id", List.of())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("empty");
        Map<String, Object> nullName = new HashMap<>();
        nullName.put(null, 1);
        assertThatThrownBy(() -> s.db.execute(sql, nullName)).isInstanceOf(ValidationException.class);
        assertThat(sent.get()).isEqualTo(before);
        assertThat(s.shows.findByPk(s.dune.id()).orElseThrow().rating()).isEqualTo(8);
    }

    @DialectTest
    void mixingPositionalAndNamedParametersIsAnError(TestTarget target) {
        Shows s = new Shows(target);
        assertThatThrownBy(() -> s.db.execute(s.sql("UPDATE {Shows} SET {rating} = ? WHERE {id} = :id"),
                Map.of("id", 1))).isInstanceOf(ValidationException.class).hasMessageContaining("?");
        assertThatThrownBy(() -> s.db.execute(s.sql("UPDATE {Shows} SET {rating} = ? WHERE {id} = :id"), 1, 2))
                .isInstanceOf(ValidationException.class).hasMessageContaining(":id");
    }

    @DialectTest
    void positionalValuesMustMatchThePlaceholders(TestTarget target) {
        Shows s = new Shows(target);
        String sql = s.sql("UPDATE {Shows} SET {rating} = ? WHERE {id} = ?");
        assertThatThrownBy(() -> s.db.execute(sql, 1)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("2 ? placeholders but 1 value");
        assertThatThrownBy(() -> s.db.execute(sql, 1, 2, 3)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> s.db.query(s.sql("SELECT * FROM {Shows} WHERE {id} IN (?)"), List.of(1, 2)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("named parameter");
    }

    @DialectTest
    void aValueOfATypeNoAttributeHasIsRefusedBeforeSending(TestTarget target) {
        AtomicInteger sent = new AtomicInteger();
        Shows s = shows(target, sent);
        int before = sent.get();
        assertThatThrownBy(() -> s.db.execute(s.sql("UPDATE {Shows} SET {title} = ? WHERE {id} = ?"), new Object(), 1))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.attribute()).isEqualTo("parameter 1"))
                .hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> s.db.query(s.sql("SELECT * FROM {Shows} WHERE {id} IN (:ids)"),
                Map.of("ids", List.of(1, new StringBuilder("x"))))).isInstanceOf(ValidationException.class)
                .hasMessageContaining(":ids");
        assertThat(sent.get()).isEqualTo(before);
    }
}
