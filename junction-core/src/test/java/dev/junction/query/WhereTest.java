package dev.junction.query;

import static dev.junction.query.Where.and;
import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.gt;
import static dev.junction.query.Where.gte;
import static dev.junction.query.Where.in;
import static dev.junction.query.Where.isNotNull;
import static dev.junction.query.Where.isNull;
import static dev.junction.query.Where.like;
import static dev.junction.query.Where.lt;
import static dev.junction.query.Where.lte;
import static dev.junction.query.Where.ne;
import static dev.junction.query.Where.not;
import static dev.junction.query.Where.notIn;
import static dev.junction.query.Where.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Model;
import dev.junction.ValidationException;
import dev.junction.query.Catalog.Color;
import dev.junction.query.Catalog.Item;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every filter operator, on every dialect, against {@link Catalog}'s five items. */
class WhereTest {

    private static List<String> names(Model<Item> items, Where where) {
        return items.findAll(Query.where(where).order(Order.asc("name"))).stream().map(Item::name).toList();
    }

    @DialectTest
    void eqMatchesEqualValues(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, eq("name", "banana"))).containsExactly("banana");
        assertThat(names(items, eq("qty", 30))).containsExactly("banana");
    }

    @DialectTest
    void neMatchesOtherValuesButNotNulls(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, ne("qty", 10))).containsExactly("apricot", "banana", "cherry");
    }

    @DialectTest
    void gtAndGteCompareNumbers(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, gt("qty", 20))).containsExactly("banana", "cherry");
        assertThat(names(items, gte("qty", 20))).containsExactly("apricot", "banana", "cherry");
    }

    @DialectTest
    void ltAndLteCompareNumbers(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, lt("qty", 30))).containsExactly("apple", "apricot");
        assertThat(names(items, lte("qty", 30))).containsExactly("apple", "apricot", "banana");
    }

    @DialectTest
    void inMatchesAnyListedValue(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, in("qty", 10, 40, 99))).containsExactly("apple", "cherry");
        assertThat(names(items, in("name", List.of("banana", "kiwi")))).containsExactly("banana");
    }

    @DialectTest
    void emptyInMatchesNoRow(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, in("qty", List.of()))).isEmpty();
        assertThat(items.count(in("name"))).isZero();
    }

    @DialectTest
    void notInExcludesListedValues(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, notIn("qty", 10, 40))).containsExactly("apricot", "banana");
    }

    @DialectTest
    void emptyNotInMatchesEveryRow(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, notIn("qty", List.of())))
                .containsExactly("apple", "apricot", "banana", "cherry", "date");
    }

    @DialectTest
    void likePercentMatchesAnyRun(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, like("name", "ap%"))).containsExactly("apple", "apricot");
        assertThat(names(items, like("name", "%an%"))).containsExactly("banana");
    }

    @DialectTest
    void likeUnderscoreMatchesExactlyOneCharacter(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, like("name", "_pple"))).containsExactly("apple");
        assertThat(names(items, like("name", "b_n_n_"))).containsExactly("banana");
        assertThat(names(items, like("name", "_ple"))).isEmpty();
    }

    @DialectTest
    void likeOnANonTextAttributeIsRejectedOnEveryDialect(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThatThrownBy(() -> items.findAll(like("qty", "1%")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("Item");
                    assertThat(e.attribute()).isEqualTo("qty");
                })
                .hasMessageContaining("Item.qty").hasMessageContaining("like()");
        assertThatThrownBy(() -> items.count(like("day", "2024%"))).isInstanceOf(ValidationException.class);
        assertThat(names(items, like("color", "GR%"))).containsExactly("apricot", "banana");
    }

    @Test
    void inWithANullValueIsRejectedWithAHint() {
        assertThatThrownBy(() -> in("qty", 1, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("in(qty").hasMessageContaining("isNull");
        assertThatThrownBy(() -> notIn("qty", Arrays.asList(1, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("notIn(qty");
    }

    @DialectTest
    void isNullAndIsNotNull(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, isNull("qty"))).containsExactly("date");
        assertThat(names(items, isNotNull("qty"))).containsExactly("apple", "apricot", "banana", "cherry");
    }

    @DialectTest
    void eqWithNullMeansIsNull(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, eq("price", null))).containsExactly("date");
        assertThat(names(items, ne("price", null))).containsExactly("apple", "apricot", "banana", "cherry");
    }

    @DialectTest
    void andRequiresEveryPart(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, and(like("name", "a%"), gt("qty", 10)))).containsExactly("apricot");
        assertThat(names(items, eq("active", true).and(gt("qty", 10)))).containsExactly("banana");
    }

    @DialectTest
    void orRequiresAnyPart(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, or(eq("name", "apple"), eq("qty", 40)))).containsExactly("apple", "cherry");
        assertThat(names(items, or())).isEmpty();
    }

    @DialectTest
    void notInvertsItsPart(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, not(like("name", "a%")))).containsExactly("banana", "cherry", "date");
        assertThat(names(items, not(isNull("qty")))).containsExactly("apple", "apricot", "banana", "cherry");
    }

    @DialectTest
    void nestedCombinationsGroupAsWritten(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        Where activeOrApricot = or(eq("active", true), eq("name", "apricot"));
        assertThat(names(items, and(activeOrApricot, gt("qty", 10)))).containsExactly("apricot", "banana");
        assertThat(names(items, or(and(eq("active", true), gt("qty", 10)), eq("name", "apple"))))
                .containsExactly("apple", "banana");
        assertThat(names(items, and(not(or(eq("name", "apple"), eq("name", "banana"))), isNotNull("qty"))))
                .containsExactly("apricot", "cherry");
    }

    @DialectTest
    void filtersOnInstantsKeepMicroseconds(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, eq("seenAt", Catalog.T0))).containsExactly("apple");
        assertThat(names(items, gt("seenAt", Catalog.T0.plusSeconds(60)))).containsExactly("banana", "cherry");
        assertThat(names(items, lt("seenAt", Catalog.T0.plusNanos(1000)))).containsExactly("apple");
    }

    @DialectTest
    void filtersOnUuidsAcceptUuidOrText(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, eq("ref", Catalog.REF_A))).containsExactly("apple");
        assertThat(names(items, eq("ref", Catalog.REF_B.toString()))).containsExactly("apricot");
        assertThat(names(items, in("ref", Catalog.REF_A, Catalog.REF_B.toString())))
                .containsExactly("apple", "apricot");
    }

    @DialectTest
    void filtersOnEnumsAcceptConstantOrName(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, eq("color", Color.GREEN))).containsExactly("apricot", "banana");
        assertThat(names(items, in("color", "RED", "BLUE"))).containsExactly("apple", "cherry");
    }

    @DialectTest
    void filtersOnDecimalsCompareNumerically(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, eq("price", new BigDecimal("1.5")))).containsExactly("apple");
        assertThat(names(items, gt("price", new BigDecimal("2")))).containsExactly("apricot", "cherry");
        assertThat(names(items, lt("price", 1))).containsExactly("banana");
        assertThat(names(items, gte("price", 12.0))).containsExactly("cherry");
    }

    @DialectTest
    void filtersOnBooleans(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, eq("active", true))).containsExactly("apple", "banana");
        assertThat(names(items, eq("active", false))).containsExactly("apricot", "cherry");
    }

    @DialectTest
    void filtersOnDates(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, eq("day", Catalog.D0))).containsExactly("apple");
        assertThat(names(items, gte("day", Catalog.D0.plusDays(2)))).containsExactly("banana", "cherry");
    }

    @DialectTest
    void integerValuesAreCoercedForLongKeys(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        Item banana = items.findOne(eq("name", "banana")).orElseThrow();
        int id = Math.toIntExact(banana.id());
        assertThat(names(items, eq("id", id))).containsExactly("banana");
        assertThat(names(items, in("id", id, 0))).containsExactly("banana");
    }

    @DialectTest
    void valueOfTheWrongTypeNamesModelAndAttribute(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThatThrownBy(() -> items.findAll(eq("qty", "ten")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("Item");
                    assertThat(e.attribute()).isEqualTo("qty");
                })
                .hasMessageContaining("Item.qty");
    }

    @DialectTest
    void unknownAttributeInFilterNamesModelAndAttribute(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThatThrownBy(() -> items.findAll(and(eq("name", "apple"), eq("colour", "RED"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("Item");
                    assertThat(e.attribute()).isEqualTo("colour");
                })
                .hasMessageContaining("Item").hasMessageContaining("'colour'");
        assertThatThrownBy(() -> items.count(isNull("colour"))).isInstanceOf(ValidationException.class);
    }

    @DialectTest
    void unknownAttributeInOrderNamesModelAndAttribute(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThatThrownBy(() -> items.findAll(Query.all().order(Order.asc("name"), Order.desc("weight"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("Item");
                    assertThat(e.attribute()).isEqualTo("weight");
                })
                .hasMessageContaining("Item").hasMessageContaining("'weight'");
    }

    @DialectTest
    void injectedQuotesAreBoundAsPlainValues(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items, eq("name", "x' OR '1'='1"))).isEmpty();
        assertThat(names(items, like("name", "%' OR '1'='1"))).isEmpty();
        assertThat(items.count(in("name", "apple", "'); DROP TABLE \"Items\"; --"))).isEqualTo(1);
        items.create(new Item("x' OR '1'='1", 1, null, null, null, null, null, null));
        assertThat(names(items, eq("name", "x' OR '1'='1"))).containsExactly("x' OR '1'='1");
        assertThat(items.count()).isEqualTo(6);
    }
}
