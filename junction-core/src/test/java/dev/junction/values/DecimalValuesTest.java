package dev.junction.values;

import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.gt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A decimal is rounded to its scale HALF_UP and checked against its precision before anything is written, and reads
 * back exactly — alike on every database; SQLite, whose DECIMAL columns hold INTEGERs and REALs, refuses the digits
 * it cannot keep instead of changing them.
 */
class DecimalValuesTest {

    private static Model<Row> prices(Junction db) {
        Model<Row> prices = db.define("Price", m -> m
                .attribute("amount", DataType.decimal())
                .attribute("small", DataType.decimal(10, 2))
                .timestamps(false));
        db.sync();
        return prices;
    }

    private static BigDecimal amountOf(Model<Row> prices, Object id) {
        return (BigDecimal) prices.findByPk(id).orElseThrow().get("amount");
    }

    @DialectTest
    void roundingToTheScaleIsHalfUpAndFiltersAndOrderSeeTheRoundedNumber(TestTarget target) {
        Model<Row> prices = prices(target.open());

        Row up = prices.create(Row.of("amount", new BigDecimal("1.005")));
        Row down = prices.create(Row.of("amount", new BigDecimal("-2.345")));
        for (String value : List.of("100", "10.25", "9.5")) {
            prices.create(Row.of("amount", new BigDecimal(value)));
        }

        assertThat(amountOf(prices, up.get("id"))).isEqualTo(new BigDecimal("1.01"));
        assertThat(amountOf(prices, down.get("id"))).isEqualTo(new BigDecimal("-2.35"));
        assertThat(prices.findAll(eq("amount", new BigDecimal("1.01")))).hasSize(1);
        assertThat(prices.findAll(Query.where(gt("amount", new BigDecimal("1.005"))).order(Order.asc("amount"))))
                .extracting(r -> r.get("amount")).containsExactly(new BigDecimal("1.01"), new BigDecimal("9.50"),
                        new BigDecimal("10.25"), new BigDecimal("100.00"));
    }

    @DialectTest
    void decimalsSqliteKeepsExactlyReadBackUnchanged(TestTarget target) {
        Model<Row> prices = prices(target.open());
        List<String> values = List.of("1234567890123.45", "123456789012345678.00", "-9223372036854775807.00",
                "0.01", "99999999.99");

        for (String value : values) {
            Row created = prices.create(Row.of("amount", new BigDecimal(value)));
            assertThat(amountOf(prices, created.get("id"))).isEqualTo(new BigDecimal(value));
        }
    }

    @DialectTest
    void moreDigitsBeforeThePointThanThePrecisionHoldsAreAValidationError(TestTarget target) {
        Model<Row> prices = prices(target.open());

        Throwable huge = catchThrowable(() -> prices.create(Row.of("small", new BigDecimal("1E+20"))));
        Throwable roundedUp = catchThrowable(() -> prices.create(Row.of("small", new BigDecimal("99999999.995"))));
        Throwable digits39 = catchThrowable(() -> prices.create(Row.of("amount", new BigDecimal("9".repeat(39)))));
        Throwable inBulk = catchThrowable(() -> prices.bulkCreate(List.of(Row.of("small", BigDecimal.ONE),
                Row.of("small", new BigDecimal("123456789")))));

        assertThat(huge).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Price.small is 100000000000000000000, with 21 digits before the point; "
                        + "DECIMAL(10,2) holds at most 8");
        assertThat(roundedUp).isInstanceOf(ValidationException.class).hasMessageContaining("9 digits");
        assertThat(digits39).isInstanceOf(ValidationException.class).hasMessageContaining("Price.amount");
        assertThat(inBulk).isInstanceOf(ValidationException.class).hasMessageContaining("Price.small");
        assertThat(prices.count(Where.all())).isZero();
    }

    @DialectTest
    void updatesAreCheckedTooAndLeaveTheRowAlone(TestTarget target) {
        Model<Row> prices = prices(target.open());
        Row price = prices.create(Row.of("small", new BigDecimal("5.00")));

        Throwable byCondition = catchThrowable(() -> prices.update(Map.of("small", new BigDecimal("1E+9")),
                eq("id", price.get("id"))));
        prices.update(Map.of("small", new BigDecimal("7.125")), eq("id", price.get("id")));

        assertThat(byCondition).isInstanceOf(ValidationException.class).hasMessageContaining("Price.small");
        assertThat(prices.findByPk(price.get("id")).orElseThrow().get("small")).isEqualTo(new BigDecimal("7.13"));
    }

    @DialectTest
    void moreSignificantDigitsThanSqliteKeepsAreRefusedThereAndKeptElsewhere(TestTarget target) {
        Model<Row> prices = prices(target.open());
        BigDecimal value = new BigDecimal("123456789012345678.91");

        Throwable thrown = catchThrowable(() -> prices.create(Row.of("amount", value)));

        if (target.backend() == Backend.SQLITE) {
            assertThat(thrown).isInstanceOf(ValidationException.class).hasMessageContaining(
                    "Price.amount is 123456789012345678.91, which has 20 significant digits; SQLite keeps a decimal "
                            + "exactly only up to 15");
            assertThat(prices.count(Where.all())).isZero();
        } else {
            assertThat(thrown).isNull();
            assertThat(prices.findAll(Where.all())).extracting(r -> r.get("amount")).containsExactly(value);
        }
    }

    @DialectTest
    void aDecimalWiderThanMariaDbsSixtyFiveDigitsIsRefusedThereAndKeptElsewhere(TestTarget target) {
        Junction db = target.open();
        Model<Row> wide = db.define("Wide", m -> m.attribute("value", DataType.decimal(70, 2)).timestamps(false));
        db.sync();
        BigDecimal value = new BigDecimal("1E+66");

        Throwable thrown = catchThrowable(() -> wide.create(Row.of("value", value)));

        if (target.backend() == Backend.MARIADB) {
            assertThat(thrown).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("which has 67 digits before the point; MariaDB's DECIMAL holds at most 63");
            assertThat(wide.count(Where.all())).isZero();
        } else {
            assertThat(thrown).isNull();
            assertThat(wide.findAll(Where.all())).extracting(r -> r.get("value"))
                    .containsExactly(value.setScale(2));
        }
    }

    @DialectTest
    void decimalsWrittenAsFloatingPointBehindJunctionsBackReadAsTheirDecimal(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Row> prices = prices(db);
        RawSql raw = new RawSql(target, db);

        raw.execute("INSERT INTO {Prices} ({amount}) VALUES (?)", 0.1 + 0.2);
        raw.execute("INSERT INTO {Prices} ({amount}) VALUES (?)", 12.345);

        assertThat(prices.findAll(Query.all().order(Order.asc("amount")))).extracting(r -> r.get("amount"))
                .containsExactly(new BigDecimal("0.30"), new BigDecimal("12.35"));
    }
}
