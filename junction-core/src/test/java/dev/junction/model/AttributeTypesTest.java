package dev.junction.model;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.annotation.Column;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Every attribute type survives create + findByPk unchanged (or as documented: micros, UTC, decimal scale). */
class AttributeTypesTest {
    enum Mood { HAPPY, GRUMPY }

    /** One property of every supported type; each test fills the one it is about. */
    record Sample(Long id, @Column(length = 40) String name, @Column(text = true) String body, Integer count,
                  Long big, Double ratio, @Column(precision = 10, scale = 2) BigDecimal price, Boolean active,
                  Instant at, OffsetDateTime offsetAt, LocalDateTime localAt, LocalDate day, UUID uuid, byte[] data,
                  Mood mood) {
        static Sample empty() {
            return new Sample(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null);
        }
    }

    /** The empty sample with one component replaced, by name. */
    private static Sample with(String property, Object value) {
        Object[] args = new Object[Sample.class.getRecordComponents().length];
        var components = Sample.class.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(property)) args[i] = value;
        }
        try {
            return (Sample) Sample.class.getDeclaredConstructors()[0].newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Model<Sample> samples(Junction db) {
        Model<Sample> samples = db.define(Sample.class);
        db.sync();
        return samples;
    }

    /** Creates {@code sample} and reads it back by key from the database. */
    private static Sample roundTrip(TestTarget target, Sample sample) {
        Model<Sample> samples = samples(target.open());
        Sample created = samples.create(sample);
        return samples.findByPk(created.id()).orElseThrow();
    }

    @DialectTest
    void stringIsStoredAsVarcharOfItsLength(TestTarget target) {
        Junction db = target.open();
        Model<Sample> samples = samples(db);
        Sample read = samples.findByPk(samples.create(with("name", "O'Brien \"quoted\" \\ back")).id()).orElseThrow();
        assertThat(read.name()).isEqualTo("O'Brien \"quoted\" \\ back");
        var column = db.describe().table(samples.definition().tableName()).orElseThrow().column("name").orElseThrow();
        assertThat(column.typeName()).containsIgnoringCase("char");
        assertThat(column.size()).isEqualTo(40);
    }

    @DialectTest
    void textKeepsALongTextWithQuotesBackslashesAndEmoji(TestTarget target) {
        String piece = "It's \"quoted\", C:\\path\\ and 🦀🏖️ — ";
        String body = piece.repeat(100_000 / piece.length() + 1);
        assertThat(roundTrip(target, with("body", body)).body()).isEqualTo(body);
    }

    @DialectTest
    void textCanBeFilteredByEquality(TestTarget target) {
        Model<Sample> samples = samples(target.open());
        samples.create(with("body", "first"));
        Sample second = samples.create(with("body", "second 🦀"));
        assertThat(samples.findAll(eq("body", "second 🦀"))).extracting(Sample::id).containsExactly(second.id());
    }

    @DialectTest
    void integerRoundTripsAtItsLimits(TestTarget target) {
        Model<Sample> samples = samples(target.open());
        for (int value : new int[] {Integer.MIN_VALUE, 0, Integer.MAX_VALUE}) {
            Sample created = samples.create(with("count", value));
            assertThat(samples.findByPk(created.id()).orElseThrow().count()).isEqualTo(value);
        }
    }

    @DialectTest
    void longRoundTripsBeyondTheIntRange(TestTarget target) {
        Model<Sample> samples = samples(target.open());
        for (long value : new long[] {5_000_000_000L, Long.MIN_VALUE, Long.MAX_VALUE}) {
            Sample created = samples.create(with("big", value));
            assertThat(samples.findByPk(created.id()).orElseThrow().big()).isEqualTo(value);
        }
    }

    @DialectTest
    void doubleRoundTripsExactly(TestTarget target) {
        double value = 0.1 + 0.2;
        assertThat(roundTrip(target, with("ratio", value)).ratio()).isEqualTo(value);
    }

    @DialectTest
    void decimalReadsBackAtItsDeclaredScale(TestTarget target) {
        Model<Sample> samples = samples(target.open());
        Sample twelve = samples.create(with("price", new BigDecimal("12.5")));
        Sample whole = samples.create(with("price", new BigDecimal("7")));
        Sample large = samples.create(with("price", new BigDecimal("12345678.91")));
        assertThat(samples.findByPk(twelve.id()).orElseThrow().price()).isEqualTo(new BigDecimal("12.50"));
        assertThat(samples.findByPk(whole.id()).orElseThrow().price()).isEqualTo(new BigDecimal("7.00"));
        assertThat(samples.findByPk(large.id()).orElseThrow().price()).isEqualTo(new BigDecimal("12345678.91"));
    }

    @DialectTest
    void booleanRoundTripsBothValues(TestTarget target) {
        Model<Sample> samples = samples(target.open());
        Sample yes = samples.create(with("active", true));
        Sample no = samples.create(with("active", false));
        assertThat(samples.findByPk(yes.id()).orElseThrow().active()).isTrue();
        assertThat(samples.findByPk(no.id()).orElseThrow().active()).isFalse();
    }

    @DialectTest
    void instantKeepsMicrosecondsAndDropsNanoseconds(TestTarget target) {
        Instant at = Instant.parse("2024-02-29T23:59:58.123456789Z");
        assertThat(roundTrip(target, with("at", at)).at()).isEqualTo(Instant.parse("2024-02-29T23:59:58.123456Z"));
    }

    @DialectTest
    void offsetDateTimeReadsBackAtUtcAsTheSameInstant(TestTarget target) {
        OffsetDateTime at = OffsetDateTime.parse("2024-06-01T10:15:30.654321+02:00");
        OffsetDateTime read = roundTrip(target, with("offsetAt", at)).offsetAt();
        assertThat(read.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(read).isEqualTo(OffsetDateTime.parse("2024-06-01T08:15:30.654321Z"));
    }

    @DialectTest
    void localDateTimeKeepsItsWallClockToTheMicrosecond(TestTarget target) {
        LocalDateTime at = LocalDateTime.parse("1999-12-31T23:59:59.000001999");
        assertThat(roundTrip(target, with("localAt", at)).localAt())
                .isEqualTo(LocalDateTime.parse("1999-12-31T23:59:59.000001"));
    }

    @DialectTest
    void localDateRoundTrips(TestTarget target) {
        LocalDate day = LocalDate.parse("1970-01-01");
        Model<Sample> samples = samples(target.open());
        Sample epoch = samples.create(with("day", day));
        Sample leap = samples.create(with("day", LocalDate.parse("2024-02-29")));
        assertThat(samples.findByPk(epoch.id()).orElseThrow().day()).isEqualTo(day);
        assertThat(samples.findByPk(leap.id()).orElseThrow().day()).isEqualTo(LocalDate.parse("2024-02-29"));
    }

    @DialectTest
    void uuidRoundTripsAndFilters(TestTarget target) {
        UUID uuid = UUID.randomUUID();
        Model<Sample> samples = samples(target.open());
        Sample created = samples.create(with("uuid", uuid));
        samples.create(with("uuid", UUID.randomUUID()));
        assertThat(samples.findByPk(created.id()).orElseThrow().uuid()).isEqualTo(uuid);
        assertThat(samples.findAll(eq("uuid", uuid))).extracting(Sample::id).containsExactly(created.id());
    }

    @DialectTest
    void binaryKeepsEveryByteValue(TestTarget target) {
        byte[] data = new byte[70_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        assertThat(roundTrip(target, with("data", data)).data()).isEqualTo(data);
    }

    @DialectTest
    void enumIsStoredAsTheConstantName(TestTarget target) throws SQLException {
        Junction db = target.open();
        Model<Sample> samples = samples(db);
        Sample created = samples.create(with("mood", Mood.GRUMPY));
        assertThat(samples.findByPk(created.id()).orElseThrow().mood()).isEqualTo(Mood.GRUMPY);
        String table = samples.definition().tableName();
        assertThat(new RawSql(target, db).string("SELECT {mood} FROM {" + table + "} WHERE {id} = ?", created.id()))
                .isEqualTo("GRUMPY");
    }

    @DialectTest
    void enumColumnRejectsOtherValuesWrittenBehindJunctionsBack(TestTarget target) throws SQLException {
        Junction db = target.open();
        Model<Sample> samples = db.define(Sample.class, m -> m.timestamps(false));
        db.sync();
        RawSql raw = new RawSql(target, db);
        String insert = "INSERT INTO {" + samples.definition().tableName() + "} ({mood}) VALUES (?)";
        assertThat(raw.execute(insert, "HAPPY")).isEqualTo(1);
        assertThatThrownBy(() -> raw.execute(insert, "ECSTATIC")).isInstanceOf(SQLException.class);
        assertThat(samples.findAll()).extracting(Sample::mood).containsExactly(Mood.HAPPY);
    }

    @DialectTest
    void everyNullableTypeRoundTripsNull(TestTarget target) {
        Sample read = roundTrip(target, Sample.empty());
        assertThat(read.id()).isNotNull();
        assertThat(read).isEqualTo(new Sample(read.id(), null, null, null, null, null, null, null, null, null, null,
                null, null, null, null));
    }
}
