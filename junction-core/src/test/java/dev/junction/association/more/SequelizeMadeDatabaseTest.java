package dev.junction.association.more;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static dev.junction.query.Include.include;
import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.Link;
import dev.junction.query.Loaded;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ModelSpec;
import dev.junction.schema.SchemaDifference;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.ClusterStatements;
import dev.junction.testing.TestTarget;
import dev.junction.testing.Topology;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The proof of issue 13: a database real Sequelize 6.37.8 made for the lesson's models ({@link SequelizeFixture}:
 * its sync and its own writes, underscored Lifeguard, Beach, SandcastleType and their join tables included) is
 * read and written by Junction, declaring the same models, with no table added and no row missing.
 */
class SequelizeMadeDatabaseTest {
    private static final Instant SEEDED = Instant.parse("2024-03-04T20:00:00Z");

    /** The lesson's models as one declares them in Junction for the database Sequelize made. */
    private record Town(Model<Row> users, Model<Row> shows, Model<Row> towns, Model<Row> beaches,
                        Model<Row> lifeguards, Model<Row> types, Model<Row> tools, Model<Row> sandcastles,
                        BelongsToMany<Row, Row> favorites, BelongsToMany<Row, Row> fans,
                        BelongsToMany<Row, Row> watched, BelongsToMany<Row, Row> viewers,
                        HasMany<Row, Row> townBeaches, BelongsTo<Row, Row> beachTown,
                        BelongsToMany<Row, Row> guarded, BelongsToMany<Row, Row> guards,
                        HasMany<Row, Row> castles, BelongsTo<Row, Row> castleType,
                        BelongsToMany<Row, Row> needs, BelongsToMany<Row, Row> usedFor) {
        static Town define(Junction db) {
            Model<Row> users = named(db, "User", "username", m -> m);
            Model<Row> shows = named(db, "Show", "title", m -> m);
            Model<Row> towns = named(db, "Town", "name", m -> m);
            Model<Row> beaches = named(db, "Beach", "name", m -> m.underscored(true));
            Model<Row> lifeguards = named(db, "Lifeguard", "name", m -> m.underscored(true));
            Model<Row> types = named(db, "SandcastleType", "name", m -> m.underscored(true));
            Model<Row> tools = named(db, "Tool", "name", m -> m);
            Model<Row> sandcastles = db.define("Sandcastle", m -> m
                    .attribute("name", DataType.string(255), a -> a.notNull())
                    .attribute("height", DataType.integer()));
            db.define("SandcastleTypeTool", m -> m.attribute("quantity", DataType.integer()).underscored(true));
            HasMany<Row, Row> castles = beaches.hasMany(sandcastles);
            sandcastles.belongsTo(beaches);
            // Sequelize v6 gives through {model: 'Viewings', unique: false} a composite key all the same: unique here.
            return new Town(users, shows, towns, beaches, lifeguards, types, tools, sandcastles,
                    users.belongsToMany(shows, as("Favorites").through("UserFavorites")),
                    shows.belongsToMany(users, through("UserFavorites")),
                    users.belongsToMany(shows, as("Watched").through("Viewings")),
                    shows.belongsToMany(users, as("Viewers").through("Viewings")),
                    towns.hasMany(beaches), beaches.belongsTo(towns),
                    lifeguards.belongsToMany(beaches, through("Shifts")),
                    beaches.belongsToMany(lifeguards, through("Shifts")),
                    castles, sandcastles.belongsTo(types),
                    types.belongsToMany(tools, through("SandcastleTypeTool")),
                    tools.belongsToMany(types, through("SandcastleTypeTool")));
        }

        private static Model<Row> named(Junction db, String model, String attribute, UnaryOperator<ModelSpec> more) {
            return db.define(model, m -> more.apply(m.attribute(attribute, DataType.string(255),
                    a -> a.unique().notNull())));
        }
    }

    /** Replays what Sequelize did into the target's fresh database, declares the lesson, and syncs. */
    private static Town sequelizeMade(TestTarget target, Junction db) throws Exception {
        new RawSql(target, db).script(SequelizeFixture.of(target.backend()).statements().toArray(String[]::new));
        Town town = Town.define(db);
        db.sync();
        return town;
    }

    private static List<String> tables(Junction db) {
        // On a Galera cluster Junction's owner lock table is there too: bookkeeping, no table of the lesson's.
        return db.describe().tables().stream().map(DatabaseSchema.Table::name)
                .filter(name -> !ClusterStatements.bookkeeping(name)).sorted().toList();
    }

    private static Row one(Model<Row> model, String attribute, String value) {
        return model.findOne(eq(attribute, value)).orElseThrow(() -> new AssertionError(
                "no " + model.name() + " with " + attribute + " " + value));
    }

    private static List<String> names(List<Row> rows, String attribute) {
        return rows.stream().map(r -> r.getString(attribute)).toList();
    }

    @DialectTest
    void syncAddsNoTableAndChangesNothingInTheDatabaseSequelizeMade(TestTarget target) throws Exception {
        Junction db = target.open();
        new RawSql(target, db).script(SequelizeFixture.of(target.backend()).statements().toArray(String[]::new));
        List<String> before = tables(db);
        DatabaseSchema schemaBefore = db.describe();
        Town.define(db);

        db.sync();

        assertThat(db.describe()).as("columns, keys and constraints as Sequelize made them").isEqualTo(schemaBefore);
        assertThat(tables(db)).isEqualTo(before).containsExactlyInAnyOrder("Users", "Shows", "Towns", "beaches",
                "lifeguards", "sandcastle_types", "Tools", "Sandcastles", "sandcastle_type_tools", "UserFavorites",
                "Viewings", "Shifts");
    }

    @DialectTest
    void checkReportsOnlyTheRealDifferencesOfTheDatabaseSequelizeMade(TestTarget target) throws Exception {
        Junction db = target.open();
        new RawSql(target, db).script(SequelizeFixture.of(target.backend()).statements().toArray(String[]::new));
        Town.define(db);

        // Sequelize's MariaDB timestamps are DATETIME, Junction's DATETIME(6): a timestamp's precision is not compared.
        assertThat(db.check().differences()).as("Sequelize's spellings of the same types, keys and constraints")
                .isEmpty();
        RawSql raw = new RawSql(target, db);
        raw.script(raw.sql("ALTER TABLE {Tools} ADD {colour} VARCHAR(20)"));
        assertThat(db.check().differences()).extracting(SchemaDifference::model, SchemaDifference::table,
                SchemaDifference::column, SchemaDifference::kind)
                .containsExactly(tuple("Tool", "Tools", "colour", SchemaDifference.Kind.EXTRA_COLUMN));
    }

    @DialectTest
    void everyRowSequelizeWroteIsReadThroughTheModelsWithItsValues(TestTarget target) throws Exception {
        Junction db = target.open();
        sequelizeMade(target, db);

        Map<String, List<Map<String, String>>> expected = SequelizeFixture.of(target.backend()).rowsByTable();
        assertThat(expected).hasSize(12);
        expected.forEach((table, rows) -> assertThat(byColumn(db.model(table)))
                .as("rows of %s", table).containsExactlyInAnyOrderElementsOf(rows));
    }

    /** Every row a model reads, as column → value in the fixture's terms (timestamps as ISO instants). */
    private static List<Map<String, String>> byColumn(Model<Row> model) {
        List<Attribute> attributes = model.definition().attributes();
        return model.findAll().stream().map(row -> {
            Map<String, String> columns = new LinkedHashMap<>();
            for (Attribute a : attributes) {
                Object value = row.get(a.name());
                columns.put(a.column(), value == null ? null : value instanceof OffsetDateTime t
                        ? t.toInstant().toString() : value.toString());
            }
            return columns;
        }).toList();
    }

    @DialectTest
    void manyToManyLinksSequelizeMadeReadBack(TestTarget target) throws Exception {
        Junction db = target.open();
        Town town = sequelizeMade(target, db);
        Row alice = one(town.users(), "username", "alice");
        Row bob = one(town.users(), "username", "bob");
        Row dune = one(town.shows(), "title", "Dune");
        Row mitch = one(town.lifeguards(), "name", "Mitch");
        Row harbor = one(town.beaches(), "name", "Harbor Beach");
        Row moat = one(town.types(), "name", "Moat Castle");

        assertThat(names(town.favorites().get(alice), "title")).containsExactlyInAnyOrder("Dune", "Arrival");
        assertThat(names(town.fans().get(dune), "username")).containsExactlyInAnyOrder("alice", "bob", "carol");
        assertThat(names(town.watched().get(bob), "title")).containsExactlyInAnyOrder("Arrival", "Solaris");
        assertThat(names(town.guarded().get(mitch), "name"))
                .containsExactlyInAnyOrder("North Beach", "South Beach", "Harbor Beach");
        assertThat(names(town.guards().get(harbor), "name")).containsExactlyInAnyOrder("Mitch", "Stephanie");
        assertThat(town.needs().getLinked(moat)).extracting(l -> l.target().getString("name") + "×"
                + l.through().getInteger("quantity")).containsExactlyInAnyOrder("Bucket×2", "Spade×1");
        assertThat(town.guarded().getLinked(mitch)).extracting(l -> l.through().getInstant("createdAt"))
                .containsOnly(SEEDED);
    }

    @DialectTest
    void includesLoadWhatSequelizeLinked(TestTarget target) throws Exception {
        Junction db = target.open();
        Town town = sequelizeMade(target, db);

        List<Loaded<Row>> towns = town.towns().findAll(include(town.townBeaches()));
        List<Loaded<Row>> lifeguards = town.lifeguards().findAll(include(town.guarded()));
        List<Loaded<Row>> castles = town.sandcastles().findAll(include(town.castleType()));
        List<Loaded<Row>> beaches = town.beaches().findAll(include(town.beachTown()), include(town.castles()));

        assertThat(towns).extracting(t -> t.get().getString("name") + ":" + names(t.get(town.townBeaches()), "name"))
                .containsExactlyInAnyOrder("Seaside:[North Beach, South Beach]", "Harbor:[Harbor Beach]");
        assertThat(lifeguards).extracting(l -> l.get().getString("name") + ":" + l.get(town.guarded()).size())
                .containsExactlyInAnyOrder("Mitch:3", "Stephanie:1", "Hobie:0");
        assertThat(castles).extracting(c -> c.get().getString("name") + ":"
                + c.get(town.castleType()).map(t -> t.getString("name")).orElse("-"))
                .containsExactlyInAnyOrder("Fort Sandy:Moat Castle", "Spire:Tower", "Lump:-");
        assertThat(beaches).extracting(b -> b.get().getString("name") + ":"
                + b.get(town.beachTown()).map(t -> t.getString("name")).orElse("-") + ":" + b.get(town.castles())
                .size()).containsExactlyInAnyOrder("North Beach:Seaside:2", "South Beach:Seaside:1",
                "Harbor Beach:Harbor:0", "Hidden Cove:-:0");
        assertThat(beaches).extracting(b -> b.get().getInstant("createdAt")).containsOnly(SEEDED);
    }

    @DialectTest
    void junctionWritesRowsAndLinksAsSequelizeReadsThem(TestTarget target) throws Exception {
        Junction db = target.open();
        Town town = sequelizeMade(target, db);
        RawSql raw = new RawSql(target, db);
        Row hobie = one(town.lifeguards(), "name", "Hobie");
        Row cove = one(town.beaches(), "name", "Hidden Cove");
        Row north = one(town.beaches(), "name", "North Beach");
        Row tower = one(town.types(), "name", "Tower");
        Row spade = one(town.tools(), "name", "Spade");
        Row seaside = one(town.towns(), "name", "Seaside");

        Row dave = town.users().create(Row.of("username", "dave"));
        town.favorites().add(dave, one(town.shows(), "title", "Solaris"));
        Row lagoon = town.beaches().create(Row.of("name", "Lagoon", "TownId", seaside.get("id")));
        town.guarded().add(hobie, cove, lagoon);
        town.guards().set(north, List.of(hobie));
        db.model("Shifts").bulkCreate(List.of(Row.of("LifeguardId", 2, "BeachId", 1)));
        town.needs().add(tower, Link.of(spade, Map.of("quantity", 5)));

        // Sequelize's sequences, continued: 4 and 5 on one server; on a Galera cluster, which steps keys by its node
        // count, a later key all the same.
        int daveId = dave.getInteger("id");
        int lagoonId = lagoon.getInteger("id");
        if (Topology.current() == Topology.GALERA) {
            assertThat(daveId).as("Sequelize's sequence, continued").isGreaterThan(3);
            assertThat(lagoonId).isGreaterThan(4);
        } else {
            assertThat(daveId).as("Sequelize's sequence, continued").isEqualTo(4);
            assertThat(lagoonId).isEqualTo(5);
        }
        assertThat(raw.rows("SELECT {id}, {name}, {town_id} FROM {beaches} WHERE {created_at} IS NOT NULL"
                + " AND {updated_at} IS NOT NULL ORDER BY {id}")).contains(lagoonId + "|Lagoon|1");
        assertThat(raw.rows("SELECT {lifeguard_id}, {beach_id} FROM {Shifts} WHERE {created_at} IS NOT NULL"
                + " AND {updated_at} IS NOT NULL ORDER BY {lifeguard_id}, {beach_id}"))
                .containsExactly("1|2", "1|3", "2|1", "2|3", "3|1", "3|4", "3|" + lagoonId);
        assertThat(raw.rows("SELECT {sandcastle_type_id}, {tool_id}, {quantity} FROM {sandcastle_type_tools}"
                + " WHERE {created_at} IS NOT NULL ORDER BY {sandcastle_type_id}, {tool_id}"))
                .containsExactly("1|1|2", "1|2|1", "2|1|3", "2|2|5", "2|3|3");
        assertThat(raw.rows("SELECT {UserId}, {ShowId} FROM {UserFavorites} WHERE {UserId} = " + daveId
                + " AND {createdAt} IS NOT NULL")).containsExactly(daveId + "|3");
        assertThat(tables(db)).hasSize(12);
    }
}
