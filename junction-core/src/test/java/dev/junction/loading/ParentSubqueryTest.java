package dev.junction.loading;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.lt;
import static dev.junction.query.Where.ne;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Linked;
import dev.junction.association.Through;
import dev.junction.query.Include;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An unpaged {@code findAll} with many parents may load its first include level by selecting the parents again in
 * the child query (a correlated {@code EXISTS}) instead of sending their keys: SQLite and MariaDB do from 500
 * parents on, H2 and PostgreSQL keep one key array. Either way the result is exactly that of the key lists (a page
 * large enough to hold every parent), under scopes, soft deletion of parents and links, required and nested
 * includes, a through filter and count-only includes, in 1 + levels statements.
 */
class ParentSubqueryTest {
    record Fan(Long id, String name, Boolean active) { }

    record Band(Long id, String name, Long LabelId) { }

    record Label(Long id, String name) { }

    private static final int FANS = 700;
    private static final int BANDS = 40;

    /** Fans (paranoid, default scope active = true) like bands (paranoid links) that belong to labels. */
    private static final class Scene {
        final List<String> sql = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<Integer> params = java.util.Collections.synchronizedList(new ArrayList<>());
        final Backend backend;
        final Junction db;
        final Model<Fan> fans;
        final Model<Band> bands;
        final BelongsToMany<Fan, Band> likes;
        final BelongsTo<Band, Label> label;

        Scene(TestTarget target) {
            backend = target.backend();
            db = target.open(b -> b.listener((text, values, nanos) -> {
                sql.add(text);
                int n = 0;
                for (Object value : values) n += value instanceof java.util.Collection<?> many ? many.size() : 1;
                params.add(n);
            }));
            fans = db.define(Fan.class, m -> m.paranoid().defaultScope(eq("active", true)));
            bands = db.define(Band.class);
            Model<Label> labels = db.define(Label.class);
            likes = fans.belongsToMany(bands, as("Likes").through(Through.of("Likes").paranoid()));
            bands.belongsToMany(fans, through(Through.of("Likes").paranoid()));
            label = bands.belongsTo(labels);
            db.sync();
            // Explicit keys: the rows below refer to them (a Galera cluster steps auto-increments by its size).
            labels.bulkCreate(IntStream.rangeClosed(1, 4).mapToObj(i -> new Label((long) i, "label" + i)).toList());
            bands.bulkCreate(IntStream.rangeClosed(1, BANDS)
                    .mapToObj(i -> new Band((long) i, "band" + i, i % 5 == 0 ? null : (long) (1 + i % 4))).toList());
            fans.bulkCreate(IntStream.rangeClosed(1, FANS)
                    .mapToObj(i -> new Fan((long) i, "fan" + i, i % 10 != 0)).toList());
            List<Row> links = new ArrayList<>();
            for (long fan = 1; fan <= FANS; fan++) {
                if (fan % 11 == 0) continue; // likes nothing
                for (long band : new java.util.TreeSet<>(List.of(1 + fan % BANDS, 1 + (fan * 3) % BANDS,
                        1 + (fan * 7) % BANDS))) {
                    links.add(Row.of("FanId", fan, "BandId", band));
                }
            }
            db.model("Likes").bulkCreate(links);
            fans.destroy(eq("name", "fan7"));
            fans.destroy(eq("name", "fan14"));
            likes.remove(fans.findByPk(3L).orElseThrow(), bands.findByPk(4L).orElseThrow());
        }

        /** The first include level's statement of the last load. */
        String levelOne() {
            return sql.get(1);
        }

        /** How many parameters the first include level's statement bound (an array's elements counted). */
        int levelOneParams() {
            return params.get(1);
        }

        List<Loaded<Fan>> load(Query query, List<Include<?, ?>> includes) {
            sql.clear();
            params.clear();
            return fans.findAll(query, includes);
        }
    }

    /**
     * What a load returned, by fan: its likes (band, join row, label) and counts, comparable across plans (links in
     * band order: without an include order, each plan may list them in another order).
     */
    private static List<String> shape(Scene scene, List<Loaded<Fan>> loaded) {
        List<String> out = new ArrayList<>();
        for (Loaded<Fan> fan : loaded) {
            List<String> links = new ArrayList<>();
            if (fan.loadedAssociations().contains(scene.likes)) {
                List<Linked<Band>> linked = fan.linked(scene.likes);
                List<Loaded<Band>> bands = fan.loaded(scene.likes);
                for (int i = 0; i < linked.size(); i++) {
                    Loaded<Band> band = bands.get(i);
                    links.add(linked.get(i).target().name() + "/" + linked.get(i).through().get("BandId") + "/"
                            + (band.loadedAssociations().contains(scene.label)
                            ? band.get(scene.label).map(Label::name).orElse("-") : "?"));
                }
            }
            java.util.Collections.sort(links);
            String counted = fan.countedAssociations().contains(scene.likes) ? " #" + fan.count(scene.likes) : "";
            out.add(fan.get().name() + ": " + String.join(" ", links) + counted);
        }
        return out;
    }

    private static void assertSameAsKeyLists(Scene scene, Query query, List<Include<?, ?>> includes, int levels) {
        List<Loaded<Fan>> unpaged = scene.load(query, includes);
        int statements = scene.sql.size();
        String levelOne = scene.levelOne();
        int levelOneParams = scene.levelOneParams();
        List<Loaded<Fan>> paged = scene.load(query.limit(10 * FANS), includes);

        assertThat(unpaged.size()).as("enough parents for the subquery").isGreaterThanOrEqualTo(500);
        assertThat(shape(scene, unpaged)).isEqualTo(shape(scene, paged));
        assertThat(statements).as("1 + levels").isEqualTo(1 + levels);
        assertThat(scene.levelOneParams()).as("a page sends its keys").isGreaterThanOrEqualTo(unpaged.size());
        boolean keyArrays = scene.backend == Backend.H2 || scene.backend == Backend.POSTGRESQL;
        if (keyArrays) {
            assertThat(levelOneParams).as("one array of keys").isGreaterThanOrEqualTo(unpaged.size());
        } else {
            assertThat(levelOneParams).as("no keys sent: the parents are selected again").isLessThan(10);
            assertThat(levelOne).contains(" IN (SELECT " + scene.db.dialect().quote("Fans") + "."
                    + scene.db.dialect().quote("id") + " FROM " + scene.db.dialect().quote("Fans"));
        }
    }

    @DialectTest
    void scopedParanoidParentsWithParanoidLinksLoadAsWithKeyLists(TestTarget target) {
        Scene scene = new Scene(target);

        assertSameAsKeyLists(scene, Query.where(ne("name", "fan2")).order(asc("id")),
                List.of(include(scene.likes)), 1);
    }

    @DialectTest
    void nestedLevelsAndAThroughFilterLoadAsWithKeyLists(TestTarget target) {
        Scene scene = new Scene(target);

        assertSameAsKeyLists(scene, Query.all().order(asc("id")),
                List.of(include(scene.likes).through(lt("BandId", 30)).include(include(scene.label))), 2);
    }

    @DialectTest
    void requiredIncludesRestrictTheParentsTheSubquerySelects(TestTarget target) {
        Scene scene = new Scene(target);

        assertSameAsKeyLists(scene, Query.all().order(asc("id")),
                List.of(include(scene.likes).required().include(include(scene.label).required())), 2);
    }

    @DialectTest
    void countOnlyIncludesCountAsWithKeyLists(TestTarget target) {
        Scene scene = new Scene(target);

        assertSameAsKeyLists(scene, Query.where(ne("name", "fan5")).order(asc("id")),
                List.of(include(scene.likes).countOnly()), 1);
    }

    @DialectTest
    void fewParentsKeepTheKeyList(TestTarget target) {
        Scene scene = new Scene(target);

        List<Loaded<Fan>> few = scene.load(Query.where(lt("id", 40)).order(asc("id")), List.of(include(scene.likes)));

        assertThat(few).hasSizeBetween(30, 39);
        assertThat(scene.levelOneParams()).as("the keys of the few parents").isGreaterThanOrEqualTo(few.size());
    }
}
