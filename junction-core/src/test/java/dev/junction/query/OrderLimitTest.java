package dev.junction.query;

import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.isNotNull;
import static dev.junction.query.Where.like;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.query.Catalog.Item;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** ORDER BY, LIMIT and OFFSET, findOne and count, on every dialect. */
class OrderLimitTest {

    private static List<String> names(List<Item> items) {
        return items.stream().map(Item::name).toList();
    }

    @DialectTest
    void orderBySeveralAttributesAppliesThemInTurn(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        Query byColorThenQtyDesc = Query.where(isNotNull("qty")).order(Order.asc("color"), Order.desc("qty"));
        assertThat(names(items.findAll(byColorThenQtyDesc))).containsExactly("cherry", "banana", "apricot", "apple");
        Query byColorDescThenName = Query.where(isNotNull("qty")).order(Order.desc("color")).order(Order.asc("name"));
        assertThat(names(items.findAll(byColorDescThenName))).containsExactly("apple", "apricot", "banana", "cherry");
    }

    @DialectTest
    void limitReturnsAtMostThatManyRows(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items.findAll(Query.all().order(Order.asc("name")).limit(2))))
                .containsExactly("apple", "apricot");
        assertThat(items.findAll(Query.all().limit(50))).hasSize(5);
        assertThat(items.findAll(Query.all().limit(0))).isEmpty();
    }

    @DialectTest
    void offsetWithoutLimitSkipsTheFirstRows(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(names(items.findAll(Query.all().order(Order.asc("name")).offset(3))))
                .containsExactly("cherry", "date");
        assertThat(items.findAll(Query.all().order(Order.asc("name")).offset(5))).isEmpty();
    }

    @DialectTest
    void limitAndOffsetPagesAreDisjointAndCoverEveryRow(TestTarget target) {
        Junction db = target.open();
        Model<Item> items = db.define(Item.class);
        db.sync();
        Set<Long> created = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            created.add(items.create(new Item("item" + i, i, null, null, null, null, null, null)).id());
        }
        List<Long> seen = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 5) {
            List<Item> page = items.findAll(Query.all().order(Order.asc("id")).limit(5).offset(offset));
            assertThat(page).hasSizeLessThanOrEqualTo(5);
            page.forEach(item -> seen.add(item.id()));
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(23).isSorted();
        assertThat(new HashSet<>(seen)).isEqualTo(created);
    }

    @DialectTest
    void findOneReturnsTheFirstRowByOrder(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(items.findOne(Query.where(isNotNull("qty")).order(Order.desc("qty"))).map(Item::name))
                .contains("cherry");
        assertThat(items.findOne(Query.where(like("name", "a%")).order(Order.desc("name"))).map(Item::name))
                .contains("apricot");
        assertThat(items.findOne(Query.all().order(Order.asc("name")).offset(2)).map(Item::name))
                .contains("banana");
        assertThat(items.findOne(eq("name", "kiwi"))).isEmpty();
    }

    @DialectTest
    void countCountsAllOrMatchingRows(TestTarget target) {
        Model<Item> items = Catalog.seeded(target.open());
        assertThat(items.count()).isEqualTo(5);
        assertThat(items.count(eq("active", true))).isEqualTo(2);
        assertThat(items.count(like("name", "a%"))).isEqualTo(2);
        assertThat(items.count(eq("name", "kiwi"))).isZero();
    }
}
