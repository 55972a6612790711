package dev.junction.reliability;

import static dev.junction.association.Associations.as;
import static dev.junction.query.Include.include;
import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.in;
import static dev.junction.query.Where.notIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.UniqueConstraintException;
import dev.junction.association.BelongsToMany;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.schema.DataType;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.SyncMode;
import dev.junction.testing.DialectTest;
import dev.junction.testing.ClusterStatements;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * Text that has broken SQL built by hand, names that are SQL keywords, and identifiers at and past each database's
 * limit: each is stored and found exactly, or refused with a typed error before anything is written.
 */
class HostileInputTest {
    static final List<String> AWKWARD = List.of("it's", "\"quoted\"", "semi;colon", "back\\slash", "\\'", "''",
            "'; DROP TABLE \"Notes\"; --", "`; DROP TABLE `Notes`; --", "%_%", "?", "$1", ":name", "/* c */ --",
            "line\nbreak\r\ttab", "🦀 crab, 👩‍👩‍👧 family", "Ünïcödé ñ", "שָׁלוֹם", "\u2028\u00a0", "");

    /** Notes with a short string and a long text attribute. */
    static Model<Row> notes(Junction db) {
        Model<Row> notes = db.define("Note", m -> m.attribute("title", DataType.string(200))
                .attribute("body", DataType.text()).timestamps(false));
        db.sync();
        return notes;
    }

    @DialectTest
    void awkwardTextIsStoredReadAndMatchedExactly(TestTarget target) {
        Model<Row> notes = notes(target.open());
        List<Long> ids = new ArrayList<>();
        for (String text : AWKWARD) ids.add(notes.create(Row.of("title", text, "body", text)).getLong("id"));

        for (int i = 0; i < AWKWARD.size(); i++) {
            String text = AWKWARD.get(i);
            Row stored = notes.findByPk(ids.get(i)).orElseThrow();
            assertThat(stored.getString("title")).isEqualTo(text);
            assertThat(stored.getString("body")).isEqualTo(text);
            assertThat(notes.findAll(eq("title", text))).as("eq(%s)", text).extracting(r -> r.getLong("id"))
                    .containsExactly(ids.get(i));
        }
        assertThat(notes.count(in("body", AWKWARD))).isEqualTo(AWKWARD.size());
        assertThat(notes.count()).as("no statement was cut short or doubled").isEqualTo(AWKWARD.size());
    }

    @DialectTest
    void awkwardTextInALongInListIsMatchedExactly(TestTarget target) {
        Model<Row> notes = notes(target.open());
        AWKWARD.forEach(text -> notes.create(Row.of("title", text, "body", "x")));
        notes.create(Row.of("title", "not asked for", "body", "x"));
        List<String> asked = new ArrayList<>(AWKWARD);
        for (int i = 0; i < 1_500; i++) asked.add("filler " + i + " '\"\\");

        assertThat(notes.findAll(in("title", asked))).extracting(r -> r.getString("title"))
                .containsExactlyInAnyOrderElementsOf(AWKWARD);
        assertThat(notes.findAll(notIn("title", asked))).extracting(r -> r.getString("title"))
                .containsExactly("not asked for");
    }

    @DialectTest
    void modelsAttributesAndAliasesNamedWithSqlKeywordsWork(TestTarget target) {
        Junction db = target.open();
        Model<Row> orders = db.define("order", m -> m.freezeTableName().attribute("group", DataType.string(20))
                .attribute("user", DataType.integer()).attribute("select", DataType.bool()));
        Model<Row> users = db.define("user", m -> m.freezeTableName().attribute("order", DataType.integer())
                .attribute("where", DataType.string(20)));
        BelongsToMany<Row, Row> group = users.belongsToMany(orders, as("group").through("table"));
        orders.belongsToMany(users, as("from").through("table"));
        db.sync();

        Row first = orders.create(Row.of("group", "g1", "user", 7, "select", true));
        Row second = orders.create(Row.of("group", "g2", "user", 8, "select", false));
        Row ann = users.create(Row.of("order", 1, "where", "here"));
        group.add(ann, first, second);
        orders.update(java.util.Map.of("group", "g3"), eq("user", 8));

        assertThat(orders.findAll(Query.where(eq("select", true)).order(Order.desc("group"))))
                .extracting(r -> r.getString("group")).containsExactly("g1");
        assertThat(group.get(ann, Query.all().order(Order.asc("group")))).extracting(r -> r.getString("group"))
                .containsExactly("g1", "g3");
        assertThat(users.findAll(Query.where(eq("order", 1)), include(group)).get(0).get(group)).hasSize(2);
        group.set(ann, List.of(second));
        assertThat(group.count(ann)).isEqualTo(1);
        assertThat(orders.destroy(eq("select", false))).isEqualTo(1);
        assertThat(db.describe().table("table")).isPresent();
    }

    @DialectTest
    void identifiersUpToTheDatabasesLimitWork(TestTarget target) {
        Junction db = target.open();
        int limit = db.dialect().identifierLimit();
        String longest = "a" + "b".repeat(limit - 1);
        Model<Row> wide = db.define("Wide", m -> m.tableName("w".repeat(limit)).attribute(longest, DataType.integer())
                .timestamps(false));
        db.sync();

        long id = wide.create(Row.of(longest, 42)).getLong("id");

        assertThat(wide.findOne(eq(longest, 42)).orElseThrow().getLong("id")).isEqualTo(id);
        assertThat(db.describe().table("w".repeat(limit)).orElseThrow().column(longest)).isPresent();
    }

    @DialectTest
    void identifiersPastTheDatabasesLimitAreRefusedWhenDefined(TestTarget target) {
        Junction db = target.open();
        int limit = db.dialect().identifierLimit();
        String tooLong = "c".repeat(limit + 1);
        Model<Row> users = db.define("User", m -> m.attribute("name", DataType.string(20)));
        Model<Row> shows = db.define("Show", m -> m.attribute("title", DataType.string(20)));

        assertThatThrownBy(() -> db.define("Wide", m -> m.attribute(tooLong, DataType.integer())))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("Wide").hasMessageContaining(tooLong)
                .hasMessageContaining(String.valueOf(limit));
        assertThatThrownBy(() -> db.define("Long", m -> m.tableName(tooLong)))
                .isInstanceOf(DefinitionException.class).hasMessageContaining(tooLong);
        assertThatThrownBy(() -> users.belongsToMany(shows, as("Seen").through(tooLong)))
                .isInstanceOf(DefinitionException.class).hasMessageContaining(tooLong);
        assertThatThrownBy(() -> users.belongsToMany(shows, as("Kept").through("Keeps").foreignKey(tooLong)))
                .isInstanceOf(DefinitionException.class).hasMessageContaining(tooLong);

        assertThat(db.definitions()).extracting(ModelDefinition::name).containsExactly("User", "Show");
        db.sync();
        assertThat(ClusterStatements.withoutBookkeeping(db.describe().tables())).extracting(t -> t.name()).containsExactlyInAnyOrder("Users", "Shows");
    }

    @DialectTest
    void namesAreMeasuredInBytesAsPostgreSqlMeasuresThem(TestTarget target) {
        Junction db = target.open();
        int limit = db.dialect().identifierLimit();
        String umlauts = "ü".repeat(40); // 40 characters, 80 bytes in UTF-8

        if (limit < 80) {
            assertThatThrownBy(() -> db.define("Wide", m -> m.attribute(umlauts, DataType.integer())))
                    .isInstanceOf(DefinitionException.class).hasMessageContaining("80 bytes");
        } else {
            Model<Row> wide = db.define("Wide", m -> m.attribute(umlauts, DataType.integer()).timestamps(false));
            db.sync();
            wide.create(Row.of(umlauts, 1));
            assertThat(db.describe().table("Wides").orElseThrow().column(umlauts)).isPresent();
        }
        String table = "ö".repeat(limit / 2); // fits, but its unique constraint's name must be shortened
        Model<Row> named = db.define("Named", m -> m.tableName(table)
                .attribute("name", DataType.string(20), a -> a.unique()));
        db.sync();
        named.create(Row.of("name", "taken"));

        assertThat(db.sync(SyncMode.ALTER).statements()).as("the live schema is what was defined").isEmpty();
        assertThat(catchThrowable(() -> named.create(Row.of("name", "taken"))))
                .isInstanceOfSatisfying(UniqueConstraintException.class,
                        e -> assertThat(e.columns()).containsExactly("name"));
    }
}
