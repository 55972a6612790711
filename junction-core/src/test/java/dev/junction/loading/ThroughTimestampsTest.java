package dev.junction.loading;

import static dev.junction.association.Associations.as;
import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Linked;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.schema.DataType;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Date-time values of join rows come back from an include exactly as written (to the microsecond every database
 * keeps), whatever the fraction's length, at the ends of the supported years, written with any offset — and, on
 * SQLite, from the text forms Sequelize and ISO writers leave in a column.
 */
class ThroughTimestampsTest {
    record Fan(Long id, String name) { }

    record Band(Long id, String name) { }

    private record Scene(Junction db, Model<Fan> fans, BelongsToMany<Fan, Band> likes, Fan fan) { }

    private static Scene scene(TestTarget target, int bands) {
        Junction db = target.open();
        Model<Fan> fans = db.define(Fan.class);
        Model<Band> bandModel = db.define(Band.class);
        db.define("Likes", m -> m.attribute("since", DataType.instant()).attribute("at", DataType.offsetDateTime()));
        BelongsToMany<Fan, Band> likes = fans.belongsToMany(bandModel, as("Likes").through("Likes"));
        db.sync();
        Fan fan = fans.create(new Fan(null, "fan"));
        // Explicit keys, which the links below name (a Galera cluster steps auto-increments by its size).
        for (int i = 1; i <= bands; i++) bandModel.create(new Band((long) i, "band" + i));
        return new Scene(db, fans, likes, fan);
    }

    private static List<Linked<Band>> linked(Scene scene) {
        Loaded<Fan> loaded = scene.fans.findAll(Query.all(), include(scene.likes).order(asc("id"))).get(0);
        return loaded.linked(scene.likes);
    }

    @DialectTest
    void joinRowInstantsRoundTripThroughAnIncludeToTheMicrosecond(TestTarget target) {
        List<Instant> since = List.of(
                Instant.parse("2024-01-02T03:04:05Z"),
                Instant.parse("2024-01-02T03:04:05.1Z"),
                Instant.parse("2024-01-02T03:04:05.12Z"),
                Instant.parse("2024-01-02T03:04:05.123Z"),
                Instant.parse("2024-01-02T03:04:05.1234Z"),
                Instant.parse("2024-01-02T03:04:05.12345Z"),
                Instant.parse("2024-01-02T03:04:05.123456Z"),
                Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("0999-12-31T23:59:59.999999Z"),
                Instant.parse("9999-12-31T23:59:59.999999Z"));
        List<OffsetDateTime> at = List.of(
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 678_000_000, ZoneOffset.ofHoursMinutes(5, 30)),
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(-8)),
                OffsetDateTime.of(2024, 6, 30, 23, 59, 59, 999_999_000, ZoneOffset.UTC));
        Scene scene = scene(target, since.size());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < since.size(); i++) {
            rows.add(Row.of("FanId", scene.fan.id(), "BandId", (long) i + 1, "since", since.get(i),
                    "at", at.get(i % at.size())));
        }
        scene.db.model("Likes").bulkCreate(rows);

        List<Linked<Band>> links = linked(scene);

        assertThat(links).hasSize(since.size());
        for (int i = 0; i < links.size(); i++) {
            Row through = links.get(i).through();
            assertThat(through.getInstant("since")).as("since %d", i).isEqualTo(since.get(i));
            assertThat(through.get("at", OffsetDateTime.class)).as("at %d", i)
                    .isEqualTo(at.get(i % at.size()).withOffsetSameInstant(ZoneOffset.UTC));
            assertThat(through.getInstant("createdAt")).isNotNull();
        }
    }

    @DialectTest
    void sqliteTextFormsOfOtherWritersReadAsTheInstantsTheyName(TestTarget target) throws Exception {
        if (target.backend() != Backend.SQLITE) return; // only SQLite keeps date-times as text
        List<String> texts = List.of(
                "2024-01-02 03:04:05.678 +00:00",      // Sequelize
                "2024-01-02 03:04:05.678 +01:00",
                "2024-01-02T03:04:05Z",
                "2024-01-02T03:04:05.123456789+05:30",
                "2024-01-02 03:04:05",
                "2024-01-02 03:04",
                "1704164645678");
        List<Instant> expected = List.of(
                Instant.parse("2024-01-02T03:04:05.678Z"),
                Instant.parse("2024-01-02T02:04:05.678Z"),
                Instant.parse("2024-01-02T03:04:05Z"),
                Instant.parse("2024-01-01T21:34:05.123456789Z"),
                Instant.parse("2024-01-02T03:04:05Z"),
                Instant.parse("2024-01-02T03:04:00Z"),
                Instant.ofEpochMilli(1704164645678L));
        Scene scene = scene(target, texts.size());
        RawSql raw = new RawSql(target, scene.db);
        for (int i = 0; i < texts.size(); i++) {
            raw.execute("INSERT INTO {Likes} ({FanId}, {BandId}, {since}, {createdAt}, {updatedAt})"
                    + " VALUES (?, ?, ?, ?, ?)", scene.fan.id(), (long) i + 1, texts.get(i), texts.get(i),
                    texts.get(i));
        }

        List<Linked<Band>> links = linked(scene);

        assertThat(links).extracting(l -> l.through().getInstant("since")).containsExactlyElementsOf(expected);
        assertThat(links).extracting(l -> l.through().getInstant("updatedAt")).containsExactlyElementsOf(expected);
    }
}
