package dev.junction.aggregate;

import static dev.junction.query.Aggregate.avg;
import static dev.junction.query.Aggregate.count;
import static dev.junction.query.Aggregate.max;
import static dev.junction.query.Aggregate.sum;
import static dev.junction.query.GroupBy.groupBy;
import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.gt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.aggregate.AggregateTest.Order;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.util.List;

/** Grouped aggregates: one row per group, columns named by attribute and alias, filtered, ordered and paged. */
class GroupedAggregateTest {

    @DialectTest
    void oneRowPerGroupWithTypedColumns(TestTarget target) {
        Model<Order> orders = AggregateTest.filled(target.open());
        List<Row> rows = orders.aggregate(groupBy("customer").order(dev.junction.query.Order.asc("customer")),
                count(), sum("items"), avg("weight").as("meanWeight"), max("placedAt"), sum("price"));
        assertThat(rows).extracting(r -> r.getString("customer")).containsExactly("ann", "bob", "cat");
        Row ann = rows.get(0);
        assertThat(ann.keySet()).containsExactly("customer", "count", "sumItems", "meanWeight", "maxPlacedAt",
                "sumPrice");
        assertThat(ann.get("count")).isEqualTo(2L);
        assertThat(ann.get("sumItems")).isEqualTo(4L);
        assertThat(ann.get("meanWeight")).isEqualTo(1.75);
        assertThat(ann.getInstant("maxPlacedAt")).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
        assertThat(ann.getBigDecimal("sumPrice")).isEqualByComparingTo("10.35");
        Row cat = rows.get(2);
        assertThat(cat.get("count")).isEqualTo(1L);
        assertThat(cat.get("sumItems")).isNull();
        assertThat(cat.get("maxPlacedAt")).isNull();
    }

    @DialectTest
    void whereOrderByAnAggregateAndLimit(TestTarget target) {
        Model<Order> orders = AggregateTest.filled(target.open());
        orders.create(new Order("bob", 2, 1.0, "1.00", "2024-07-01T00:00:00Z"));
        orders.create(new Order("bob", 9, 1.0, "1.00", "2024-07-02T00:00:00Z"));
        List<Row> top = orders.aggregate(groupBy("customer").where(gt("items", 1))
                .order(dev.junction.query.Order.desc("count"), dev.junction.query.Order.asc("customer")).limit(2),
                count());
        assertThat(top).extracting(r -> r.getString("customer") + "=" + r.getLong("count"))
                .containsExactly("bob=3", "ann=1");
        List<Row> paged = orders.aggregate(groupBy("customer").where(gt("items", 0))
                .order(dev.junction.query.Order.desc("total")).offset(1).limit(1), sum("items").as("total"));
        assertThat(paged).extracting(r -> r.getString("customer")).containsExactly("ann");
    }

    @DialectTest
    void noGroupingIsOneRowAndGroupsSkipSoftDeletedRows(TestTarget target) {
        Model<Order> orders = AggregateTest.filled(target.open());
        orders.destroy(eq("customer", "cat"));
        List<Row> all = orders.aggregate(groupBy(), count(), sum("cents"));
        assertThat(all).hasSize(1);
        assertThat(all.get(0)).containsEntry("count", 3L).containsEntry("sumCents", 800L);
        assertThat(orders.aggregate(groupBy("customer"), count())).hasSize(2);
        assertThat(orders.aggregate(groupBy("customer").withDeleted(), count())).hasSize(3);
        List<Row> distinct = orders.aggregate(groupBy(), count("customer").distinct());
        assertThat(distinct.get(0)).containsEntry("countDistinctCustomer", 2L);
    }

    @DialectTest
    void badGroupingsAreTypedErrors(TestTarget target) {
        Model<Order> orders = AggregateTest.filled(target.open());
        assertThatThrownBy(() -> orders.aggregate(groupBy("town"), count()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("town");
        assertThatThrownBy(() -> orders.aggregate(groupBy("customer"), sum("customer")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Order.customer");
        assertThatThrownBy(() -> orders.aggregate(groupBy("customer").order(dev.junction.query.Order.asc("items")),
                count())).isInstanceOf(ValidationException.class).hasMessageContaining("items");
        assertThatThrownBy(() -> orders.aggregate(groupBy("customer"), count().as("customer")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("customer");
        assertThatThrownBy(() -> orders.aggregate(groupBy()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("nothing");
        assertThatThrownBy(() -> orders.aggregate(groupBy("customer"), (dev.junction.query.Aggregate) null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("aggregate");
        assertThatThrownBy(() -> count().distinct()).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> sum(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("attribute");
    }
}
