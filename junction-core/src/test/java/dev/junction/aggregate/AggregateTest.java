package dev.junction.aggregate;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.ValidationException;
import dev.junction.query.Aggregate;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** sum, avg, min and max of a model's rows: typed values, empty over no rows, through scopes and soft delete. */
class AggregateTest {
    record Order(Long id, String customer, Integer items, Long cents, Double weight, BigDecimal price,
                 Instant placedAt, Boolean open) {
        Order(String customer, Integer items, Double weight, String price, String placedAt) {
            this(null, customer, items, items == null ? null : items * 100L, weight,
                    price == null ? null : new BigDecimal(price), placedAt == null ? null : Instant.parse(placedAt),
                    true);
        }
    }

    static Model<Order> orders(Junction db) {
        Model<Order> orders = db.define(Order.class, m -> m.paranoid()
                .attribute("price", dev.junction.schema.DataType.decimal(10, 2))
                .scope("open", eq("open", true)));
        db.sync();
        return orders;
    }

    static Model<Order> filled(Junction db) {
        Model<Order> orders = orders(db);
        orders.create(new Order("ann", 3, 1.5, "10.25", "2024-03-01T10:00:00Z"));
        orders.create(new Order("ann", 1, 2.0, "0.10", "2024-01-15T08:30:00Z"));
        orders.create(new Order("bob", 4, 0.25, "5.00", "2024-06-30T23:59:59Z"));
        orders.create(new Order("cat", null, null, null, null));
        return orders;
    }

    @DialectTest
    void sumsAreTypedByTheAttribute(TestTarget target) {
        Model<Order> orders = filled(target.open());
        assertThat(orders.sum("items", Long.class)).contains(8L);
        assertThat(orders.sum("cents", Long.class)).contains(800L);
        assertThat(orders.sum("weight", Double.class)).contains(3.75);
        assertThat(orders.sum("price", BigDecimal.class).orElseThrow()).isEqualByComparingTo("15.35");
        assertThat(orders.sum("items", Number.class, eq("customer", "ann"))).contains(4L);
    }

    @DialectTest
    void averagesAreDoublesOrDecimals(TestTarget target) {
        Model<Order> orders = filled(target.open());
        assertThat(orders.avg("items", Double.class).orElseThrow())
                .isCloseTo(8 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(orders.avg("items", Double.class, eq("customer", "ann"))).contains(2.0);
        assertThat(orders.avg("weight", Double.class)).contains(1.25);
        assertThat(orders.avg("price", BigDecimal.class, eq("customer", "ann")).orElseThrow())
                .isEqualByComparingTo("5.175");
    }

    @DialectTest
    void minAndMaxHaveTheAttributesJavaType(TestTarget target) {
        Model<Order> orders = filled(target.open());
        assertThat(orders.min("placedAt", Instant.class)).contains(Instant.parse("2024-01-15T08:30:00Z"));
        assertThat(orders.max("placedAt", Instant.class)).contains(Instant.parse("2024-06-30T23:59:59Z"));
        assertThat(orders.max("items", Integer.class)).contains(4);
        assertThat(orders.min("price", BigDecimal.class).orElseThrow()).isEqualByComparingTo("0.10");
        assertThat(orders.max("customer", String.class)).contains("cat");
        assertThat(orders.min("customer", String.class, eq("customer", "bob"))).contains("bob");
    }

    @DialectTest
    void noRowsOrOnlyNullsGiveEmptyAndCountGivesZero(TestTarget target) {
        Model<Order> orders = filled(target.open());
        Where none = eq("customer", "nobody");
        assertThat(orders.sum("items", Long.class, none)).isEmpty();
        assertThat(orders.avg("price", BigDecimal.class, none)).isEmpty();
        assertThat(orders.min("placedAt", Instant.class, none)).isEmpty();
        assertThat(orders.max("weight", Double.class, eq("customer", "cat"))).isEmpty();
        assertThat(orders.aggregate(Aggregate.count(), Long.class, none)).contains(0L);
        assertThat(orders.aggregate(Aggregate.count("items"), Long.class, Where.all())).contains(3L);
        assertThat(orders.aggregate(Aggregate.count("customer").distinct(), Long.class, Where.all())).contains(3L);
    }

    @DialectTest
    void aggregatesReadThroughTheScopeAndSkipSoftDeletedRows(TestTarget target) {
        Model<Order> orders = filled(target.open());
        orders.destroy(eq("customer", "bob"));
        assertThat(orders.sum("items", Long.class)).contains(4L);
        assertThat(orders.max("placedAt", Instant.class)).contains(Instant.parse("2024-03-01T10:00:00Z"));
        orders.update(java.util.Map.of("open", false), eq("items", 1));
        assertThat(orders.scoped("open").sum("items", Long.class)).contains(3L);
        assertThat(orders.unscoped().sum("items", Long.class)).contains(4L);
    }

    @DialectTest
    void badAggregatesAreTypedErrors(TestTarget target) {
        Model<Order> orders = filled(target.open());
        assertThatThrownBy(() -> orders.sum("customer", Long.class)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Order.customer").hasMessageContaining("not a number");
        assertThatThrownBy(() -> orders.avg("open", Double.class)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Order.open");
        assertThatThrownBy(() -> orders.max("open", Boolean.class)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Order.open");
        assertThatThrownBy(() -> orders.sum("nope", Long.class)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> orders.sum("items", Integer.class)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Long");
        assertThatThrownBy(() -> orders.max("placedAt", String.class)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Instant");
        assertThatThrownBy(() -> orders.sum("items", Long.class, null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("where");
        Optional<Object> any = orders.max("placedAt", Object.class);
        assertThat(any).containsInstanceOf(Instant.class);
    }
}
