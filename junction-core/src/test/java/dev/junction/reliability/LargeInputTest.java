package dev.junction.reliability;

import static dev.junction.query.Include.include;
import static dev.junction.query.Where.in;
import static dev.junction.query.Where.notIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.reliability.Catalog.Show;
import dev.junction.reliability.Catalog.User;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Inputs larger than one statement of most databases can carry: ten megabytes of text, IN lists of 100,000 keys
 * (PostgreSQL takes at most 65,535 parameters a statement, H2 100,000, SQLite 32,766 in its default build), and
 * links to 50,000 targets in one call.
 *
 * <p>The sets of 50,000 targets change a thousand of them: H2 matches an IN list (or an array) by scanning it for
 * every row it tests, so deleting tens of thousands of listed links out of tens of thousands takes minutes there —
 * correct, but too slow for every build. Huge key lists in reads and deletes are tested on a smaller table.
 */
class LargeInputTest {

    @DialectTest
    void tenMegabytesOfTextRoundTrip(TestTarget target) {
        Model<Row> notes = HostileInputTest.notes(target.open());
        String line = "Lorem ipsum; 'single' \"double\" back\\slash 🦀 ünïcödé — ";
        String big = line.repeat(10_000_000 / line.length() + 1).substring(0, 10_000_000);

        long id = notes.create(Row.of("title", "big", "body", big)).getLong("id");

        String stored = notes.findByPk(id).orElseThrow().getString("body");
        assertThat(stored.length()).isEqualTo(big.length());
        assertThat(stored).isEqualTo(big);
    }

    @DialectTest
    void inListsOfAHundredThousandKeysSelectUpdateAndDestroy(TestTarget target) {
        Model<Row> items = items(target, 2_000);
        List<Long> keys = new ArrayList<>();
        List<Long> evenKeys = new ArrayList<>();
        for (long k = 1; k <= 100_000; k++) {
            keys.add(k);
            if (k % 2 == 0) evenKeys.add(k);
        }

        assertThat(items.findAll(in("id", keys))).hasSize(2_000);
        assertThat(items.count(notIn("id", keys))).isZero();
        assertThat(items.update(Map.of("label", "even"), in("id", evenKeys))).isEqualTo(1_000);
        assertThat(items.destroy(notIn("id", evenKeys))).isEqualTo(1_000);
        assertThat(items.findAll()).extracting(r -> r.getString("label")).containsOnly("even").hasSize(1_000);
    }

    @DialectTest
    void inListsOfAHundredThousandStringsMatchExactly(TestTarget target) {
        Model<Row> items = items(target, 2_000);
        List<String> labels = new ArrayList<>();
        for (int i = 1_000; i < 101_000; i++) labels.add("item " + i);

        assertThat(items.count(in("label", labels))).isEqualTo(1_000);
        assertThat(items.count(notIn("label", labels))).isEqualTo(1_000);
    }

    @DialectTest
    void addAndSetFiftyThousandTargets(TestTarget target) throws Exception {
        Catalog c = new Catalog(target, b -> b);
        User alice = c.createUsers(1).get(0);
        List<Long> shows = c.createShows(51_000).stream().map(Show::id).toList();
        List<Long> first = shows.subList(0, 50_000);
        List<Long> last = shows.subList(1_000, 51_000);

        c.favorites.add(alice, first, Map.of());
        assertThat(c.favorites.count(alice)).isEqualTo(50_000);
        c.favorites.set(alice, last);

        assertThat(c.favoriteRows().get(alice.id())).isEqualTo(last);
        assertThat(c.favorites.has(alice, last.subList(40_000, 50_000).toArray())).isTrue();
        assertThat(c.favorites.has(alice, shows.get(0), shows.get(1_000))).isFalse();
        assertThat(c.users.findAll(include(c.favorites)).get(0).get(c.favorites)).hasSize(50_000);
        c.favorites.set(alice, List.of());
        assertThat(c.count("UserFavorites")).isZero();
    }

    @DialectTest
    void addAndSetFiftyThousandRepeatedLinks(TestTarget target) throws Exception {
        Catalog c = new Catalog(target, b -> b);
        User alice = c.createUsers(1).get(0);
        List<Long> shows = c.createShows(25_000).stream().map(Show::id).toList();
        List<Long> twice = new ArrayList<>(shows);
        twice.addAll(shows);
        List<Long> fewer = new ArrayList<>(shows);
        fewer.addAll(shows.subList(0, 24_000));

        c.watched.add(alice, twice, Map.of());
        assertThat(c.watched.count(alice)).isEqualTo(50_000);
        c.watched.set(alice, fewer);

        assertThat(c.watchedRows().get(alice.id())).isEqualTo(fewer.stream().sorted().toList());
        c.watched.set(alice, List.of());
        assertThat(c.count("Viewings")).isZero();
    }

    /** Items labelled "item 0", "item 1" …, with ids 1, 2 … */
    private static Model<Row> items(TestTarget target, int count) {
        Junction db = target.open();
        Model<Row> items = db.define("Item", m -> m.attribute("label", DataType.string(40)));
        db.sync();
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) rows.add(Row.of("label", "item " + i));
        items.bulkCreate(rows);
        return items;
    }
}
