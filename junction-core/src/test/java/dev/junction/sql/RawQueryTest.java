package dev.junction.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.ResultMappingException;
import dev.junction.Row;
import dev.junction.annotation.Column;
import dev.junction.query.Where;
import dev.junction.sql.Shows.Genre;
import dev.junction.sql.Shows.Show;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.math.BigDecimal;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Raw queries mapped to records, POJOs, value types and Rows, with the coercions model attributes get. */
class RawQueryTest {
    /** Components in another order than the columns, a primitive, and a column of another case. */
    record Listing(String title, Genre genre, Instant createdAt, BigDecimal price, LocalDate premiere, UUID code,
                   boolean live, long id) {
    }

    /** A POJO: fields without a column keep their initial value. */
    static final class Card {
        long id;
        String title;
        Integer rating = -1;
    }

    record Renamed(@Column(name = "title") String name, Long id) {
    }

    record Missing(Long id, String subtitle) {
    }

    record NumberTitle(Integer title) {
    }

    record Views(int rating) {
    }

    record Unreadable(List<String> title) {
    }

    @DialectTest
    void aModelsOwnRecordReadsBackAsItsModelReadsIt(TestTarget target) {
        Shows s = new Shows(target);
        List<Show> raw = s.db.query(Show.class, s.sql("SELECT * FROM {Shows} ORDER BY {id}"));
        assertThat(raw).containsExactlyElementsOf(s.shows.findAll(Where.all()).stream()
                .sorted(java.util.Comparator.comparing(Show::id)).toList());
    }

    @DialectTest
    void recordComponentsMapByLabelInAnyOrderWithEveryValueTypeCoerced(TestTarget target) {
        Shows s = new Shows(target);
        Show dune = s.shows.findByPk(s.dune.id()).orElseThrow();
        List<Listing> rows = s.db.query(Listing.class, s.sql("SELECT {id}, {title}, {genre}, {createdAt}, {price},"
                + " {premiere}, {code}, {live}, {rating} AS {unused} FROM {Shows} WHERE {id} = ?"), dune.id());
        // A class that is no model's has no declared scale: SQLite gives 12.5, the others 12.50.
        assertThat(rows).usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build()).containsExactly(
                new Listing("Dune", Genre.DRAMA, dune.createdAt(), new BigDecimal("12.50"), LocalDate.of(2021, 10, 22),
                        dune.code(), true, dune.id()));
    }

    @DialectTest
    void snakeCaseColumnsFillCamelCaseComponents(TestTarget target) {
        Shows s = new Shows(target);
        record TitleAndDay(String showTitle, LocalDate premiereDay) { }
        List<TitleAndDay> rows = s.db.query(TitleAndDay.class, s.sql("SELECT {title} AS {show_title}, {premiere} AS"
                + " {PREMIERE_DAY} FROM {Shows} ORDER BY {id}"));
        assertThat(rows).containsExactly(new TitleAndDay("Dune", LocalDate.of(2021, 10, 22)),
                new TitleAndDay("Heat", LocalDate.of(1995, 12, 15)));
    }

    @DialectTest
    void aColumnAnnotationNamesTheColumnOfAComponent(TestTarget target) {
        Shows s = new Shows(target);
        assertThat(s.db.query(Renamed.class, s.sql("SELECT * FROM {Shows} ORDER BY {id}")))
                .containsExactly(new Renamed("Dune", s.dune.id()), new Renamed("Heat", s.heat.id()));
    }

    @DialectTest
    void pojoFieldsWithoutAColumnKeepTheirInitialValue(TestTarget target) {
        Shows s = new Shows(target);
        List<Card> cards = s.db.query(Card.class, s.sql("SELECT {id}, {title} FROM {Shows} ORDER BY {id}"));
        assertThat(cards).extracting(c -> c.id, c -> c.title, c -> c.rating).containsExactly(
                org.assertj.core.groups.Tuple.tuple(s.dune.id(), "Dune", -1),
                org.assertj.core.groups.Tuple.tuple(s.heat.id(), "Heat", -1));
    }

    @DialectTest
    void rowsAreKeyedByColumnLabelInColumnOrder(TestTarget target) {
        Shows s = new Shows(target);
        List<Row> rows = s.db.query(s.sql("SELECT {title}, {rating} AS {stars} FROM {Shows} WHERE {rating} > ?"
                + " ORDER BY {id}"), 0);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).keySet()).containsExactly("title", "stars");
        assertThat(rows.get(0).getString("title")).isEqualTo("Dune");
        assertThat(rows.get(1).getLong("stars")).isEqualTo(9L);
        assertThat(s.db.query(Row.class, s.sql("SELECT {title} FROM {Shows} ORDER BY {id}")))
                .extracting(r -> r.get("title")).containsExactly("Dune", "Heat");
    }

    @DialectTest
    void twoColumnsOfOneLabelAreAnErrorForRows(TestTarget target) {
        Shows s = new Shows(target);
        assertThatThrownBy(() -> s.db.query(s.sql("SELECT {id}, {rating} AS {id} FROM {Shows}")))
                .isInstanceOf(ResultMappingException.class).hasMessageContaining("\"id\"");
    }

    @DialectTest
    void scalarsReadOneValueCoercedLikeAnAttribute(TestTarget target) {
        Shows s = new Shows(target);
        Show heat = s.shows.findByPk(s.heat.id()).orElseThrow();
        assertThat(s.db.scalar(Long.class, s.sql("SELECT COUNT(*) FROM {Shows}"))).isEqualTo(2L);
        assertThat(s.db.scalar(long.class, s.sql("SELECT COUNT(*) FROM {Shows}"))).isEqualTo(2L);
        assertThat(s.db.scalar(Integer.class, s.sql("SELECT SUM({rating}) FROM {Shows}"))).isEqualTo(17);
        assertThat(s.db.scalar(BigDecimal.class, s.sql("SELECT SUM({price}) FROM {Shows}")))
                .isEqualByComparingTo("19.75");
        assertThat(s.db.scalar(Instant.class, s.sql("SELECT MAX({createdAt}) FROM {Shows}")))
                .isEqualTo(heat.createdAt());
        assertThat(s.db.scalar(Boolean.class, s.sql("SELECT {live} FROM {Shows} WHERE {id} = ?"), heat.id()))
                .isFalse();
        assertThat(s.db.scalar(Genre.class, s.sql("SELECT {genre} FROM {Shows} WHERE {id} = ?"), heat.id()))
                .isEqualTo(Genre.COMEDY);
        assertThat(s.db.scalar(UUID.class, s.sql("SELECT {code} FROM {Shows} WHERE {id} = ?"), heat.id()))
                .isEqualTo(heat.code());
        assertThat(s.db.scalar(String.class, s.sql("SELECT {title} FROM {Shows} WHERE {id} = -1"))).isNull();
    }

    @DialectTest
    void aValueTypeReadsTheSingleColumnOfEveryRow(TestTarget target) {
        Shows s = new Shows(target);
        assertThat(s.db.query(Long.class, s.sql("SELECT {id} FROM {Shows} ORDER BY {id}")))
                .containsExactly(s.dune.id(), s.heat.id());
        assertThat(s.db.query(LocalDate.class, s.sql("SELECT {premiere} FROM {Shows} ORDER BY {premiere}")))
                .containsExactly(LocalDate.of(1995, 12, 15), LocalDate.of(2021, 10, 22));
    }

    @DialectTest
    void queryOneIsEmptyForNoRowAndRefusesSeveral(TestTarget target) {
        Shows s = new Shows(target);
        assertThat(s.db.queryOne(Renamed.class, s.sql("SELECT * FROM {Shows} WHERE {title} = ?"), "Heat"))
                .contains(new Renamed("Heat", s.heat.id()));
        assertThat(s.db.queryOne(Renamed.class, s.sql("SELECT * FROM {Shows} WHERE {title} = ?"), "Nope")).isEmpty();
        assertThatThrownBy(() -> s.db.queryOne(Renamed.class, s.sql("SELECT * FROM {Shows}")))
                .isInstanceOf(ResultMappingException.class).hasMessageContaining("2 rows");
        assertThatThrownBy(() -> s.db.scalar(Long.class, s.sql("SELECT {id} FROM {Shows}")))
                .isInstanceOf(ResultMappingException.class).hasMessageContaining("2 rows");
        assertThatThrownBy(() -> s.db.scalar(Long.class, s.sql("SELECT {id}, {rating} FROM {Shows}")))
                .isInstanceOf(ResultMappingException.class).hasMessageContaining("one column");
        assertThatThrownBy(() -> s.db.scalar(long.class, s.sql("SELECT {id} FROM {Shows} WHERE {id} = -1")))
                .isInstanceOf(ResultMappingException.class).hasMessageContaining("no row");
    }

    @DialectTest
    void aRecordComponentWithoutAColumnIsAnErrorNamingIt(TestTarget target) {
        Shows s = new Shows(target);
        assertThatThrownBy(() -> s.db.query(Missing.class, s.sql("SELECT * FROM {Shows}")))
                .isInstanceOfSatisfying(ResultMappingException.class, e -> {
                    assertThat(e.targetType()).isEqualTo("Missing");
                    assertThat(e.component()).isEqualTo("subtitle");
                }).hasMessageContaining("Missing.subtitle");
        // with no row too: the columns are checked, not the rows
        assertThatThrownBy(() -> s.db.query(Missing.class, s.sql("SELECT * FROM {Shows} WHERE {id} = -1")))
                .isInstanceOf(ResultMappingException.class);
    }

    @DialectTest
    void aValueThatDoesNotFitItsComponentIsAnErrorNamingClassComponentAndColumn(TestTarget target) {
        Shows s = new Shows(target);
        assertThatThrownBy(() -> s.db.query(NumberTitle.class, s.sql("SELECT {title} FROM {Shows}")))
                .isInstanceOfSatisfying(ResultMappingException.class, e -> {
                    assertThat(e.component()).isEqualTo("title");
                    assertThat(e.column()).isEqualTo("title");
                }).hasMessageContaining("NumberTitle.title").hasMessageContaining("Dune");
        assertThatThrownBy(() -> s.db.query(Views.class, s.sql("SELECT NULL AS {rating} FROM {Shows}")))
                .isInstanceOf(ResultMappingException.class).hasMessageContaining("Views.rating");
        assertThatThrownBy(() -> s.db.query(Unreadable.class, s.sql("SELECT {title} FROM {Shows}")))
                .isInstanceOf(ResultMappingException.class).hasMessageContaining("Unreadable.title");
        assertThatThrownBy(() -> s.db.query(Runnable.class, s.sql("SELECT {title} FROM {Shows}")))
                .isInstanceOf(ResultMappingException.class).hasMessageContaining("Runnable");
    }

    @DialectTest
    void extraColumnsAreIgnoredButTwoForOneComponentAreAnError(TestTarget target) {
        Shows s = new Shows(target);
        assertThat(s.db.query(Renamed.class, s.sql("SELECT {id}, {title}, {rating}, {price} FROM {Shows}")))
                .hasSize(2);
        assertThatThrownBy(() -> s.db.query(Renamed.class, s.sql("SELECT {id}, {title}, {price} AS {ID}"
                + " FROM {Shows}"))).isInstanceOf(ResultMappingException.class).hasMessageContaining("Renamed.id");
    }

    @DialectTest
    void nullArgumentsAreTypedErrors(TestTarget target) {
        Shows s = new Shows(target);
        assertThatThrownBy(() -> s.db.query((String) null)).isInstanceOf(dev.junction.ValidationException.class)
                .hasMessageContaining("sql");
        assertThatThrownBy(() -> s.db.query((Class<Show>) null, "SELECT 1"))
                .isInstanceOf(dev.junction.ValidationException.class).hasMessageContaining("type");
        assertThatThrownBy(() -> s.db.execute("SELECT 1", (Map<String, ?>) null))
                .isInstanceOf(dev.junction.ValidationException.class).hasMessageContaining("params");
        assertThatThrownBy(() -> s.db.withConnection(null)).isInstanceOf(dev.junction.ValidationException.class);
        assertThat(s.db.query(s.sql("SELECT {id} FROM {Shows}"), (Object[]) null)).hasSize(2);
    }
}
