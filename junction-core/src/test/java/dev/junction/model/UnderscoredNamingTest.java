package dev.junction.model;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Link;
import dev.junction.schema.DataType;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ModelSpec;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Underscored models get the names Sequelize v6 gives them: table {@code underscoredIf(pluralize(name))}, snake_case
 * columns, and foreign keys named as Sequelize joins them — on the model's own table and on join tables.
 */
class UnderscoredNamingTest {
    private static Model<Row> named(Junction db, String model, UnaryOperator<ModelSpec> options) {
        return db.define(model, m -> options.apply(m.attribute("name", DataType.string(255), a -> a.notNull())));
    }

    private static List<String> tables(Junction db) {
        return db.describe().tables().stream().map(DatabaseSchema.Table::name).toList();
    }

    private static List<String> columns(Junction db, String table) {
        DatabaseSchema.Table t = db.describe().table(table).orElseThrow(() -> new AssertionError("no table " + table
                + " in " + tables(db)));
        return t.columns().stream().map(DatabaseSchema.Column::name).toList();
    }

    @DialectTest
    void anUnderscoredModelIsStoredInTheSnakeCasePlural(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Row> lifeguards = named(db, "Lifeguard", m -> m.underscored(true));
        Model<Row> types = named(db, "SandcastleType", m -> m.underscored(true));
        db.sync();

        assertThat(lifeguards.definition().tableName()).isEqualTo("lifeguards");
        assertThat(types.definition().tableName()).isEqualTo("sandcastle_types");
        assertThat(tables(db)).contains("lifeguards", "sandcastle_types").doesNotContain("Lifeguards",
                "SandcastleTypes");
        assertThat(columns(db, "sandcastle_types")).containsExactly("id", "name", "created_at", "updated_at");
        types.create(Row.of("name", "Moat Castle"));
        assertThat(new RawSql(target, db).rows("SELECT {name} FROM {sandcastle_types}")).containsExactly("Moat Castle");
    }

    @DialectTest
    void theConfigsUnderscoredNamesTheTablesToo(TestTarget target) throws Exception {
        Junction db = target.open(b -> b.underscored(true));
        named(db, "SandcastleType", m -> m);
        named(db, "Tool", m -> m.underscored(false));
        db.sync();

        assertThat(tables(db)).contains("sandcastle_types", "Tools");
    }

    @DialectTest
    void freezeTableNameAndAnExplicitTableNameAreKeptVerbatimWhenUnderscored(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Row> frozen = named(db, "SandcastleType", m -> m.underscored(true).freezeTableName());
        Model<Row> given = named(db, "Lifeguard", m -> m.underscored(true).tableName("LifeGuardRoster"));
        db.sync();

        assertThat(frozen.definition().tableName()).isEqualTo("SandcastleType");
        assertThat(given.definition().tableName()).isEqualTo("LifeGuardRoster");
        assertThat(tables(db)).contains("SandcastleType", "LifeGuardRoster");
    }

    /** Sequelize's implicit join model takes the source's underscored option and the through name verbatim. */
    @DialectTest
    void anImplicitJoinModelOfAnUnderscoredSourceHasSnakeCaseKeysUnderTheGivenName(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Row> lifeguards = named(db, "Lifeguard", m -> m.underscored(true));
        Model<Row> beaches = named(db, "Beach", m -> m.underscored(true));
        BelongsToMany<Row, Row> guarded = lifeguards.belongsToMany(beaches, through("Shifts"));
        beaches.belongsToMany(lifeguards, through("Shifts"));
        db.sync();

        assertThat(tables(db)).contains("lifeguards", "beaches", "Shifts").doesNotContain("shifts");
        assertThat(columns(db, "Shifts")).containsExactlyInAnyOrder("lifeguard_id", "beach_id", "created_at",
                "updated_at");
        assertThat(db.describe().table("Shifts").orElseThrow().primaryKey())
                .containsExactlyInAnyOrder("lifeguard_id", "beach_id");
        Row mitch = lifeguards.create(Row.of("name", "Mitch"));
        Row north = beaches.create(Row.of("name", "North Beach"));
        guarded.add(mitch, north);
        assertThat(new RawSql(target, db).rows("SELECT {lifeguard_id}, {beach_id} FROM {Shifts}"))
                .containsExactly(mitch.get("id") + "|" + north.get("id"));
    }

    @DialectTest
    void anImplicitJoinModelOfAPlainSourceKeepsItsKeysAsNamed(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Row> users = named(db, "User", m -> m);
        Model<Row> beaches = named(db, "Beach", m -> m.underscored(true));
        users.belongsToMany(beaches, as("Visited").through("Visits"));
        db.sync();

        assertThat(columns(db, "Visits")).containsExactlyInAnyOrder("UserId", "BeachId", "createdAt", "updatedAt");
    }

    @DialectTest
    void anExplicitUnderscoredJoinModelIsStoredAsSequelizeNamesIt(TestTarget target) throws Exception {
        Junction db = target.open();
        db.define("SandcastleTypeTool", m -> m.attribute("quantity", DataType.integer()).underscored(true));
        Model<Row> types = named(db, "SandcastleType", m -> m.underscored(true));
        Model<Row> tools = named(db, "Tool", m -> m);
        BelongsToMany<Row, Row> needs = types.belongsToMany(tools, through("SandcastleTypeTool"));
        tools.belongsToMany(types, through("SandcastleTypeTool"));
        db.sync();

        assertThat(columns(db, "sandcastle_type_tools")).containsExactlyInAnyOrder("quantity", "created_at",
                "updated_at", "sandcastle_type_id", "tool_id");
        Row moat = types.create(Row.of("name", "Moat Castle"));
        Row bucket = tools.create(Row.of("name", "Bucket"));
        needs.add(moat, Link.of(bucket, Map.of("quantity", 2)));
        assertThat(new RawSql(target, db).rows(
                "SELECT {sandcastle_type_id}, {tool_id}, {quantity} FROM {sandcastle_type_tools}"))
                .containsExactly(moat.get("id") + "|" + bucket.get("id") + "|2");
    }

    @DialectTest
    void aForeignKeyOnAnUnderscoredModelIsSnakeCaseAndItsAttributeCamelCase(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Row> towns = named(db, "Town", m -> m);
        Model<Row> beaches = named(db, "Beach", m -> m.underscored(true));
        BelongsTo<Row, Row> town = beaches.belongsTo(towns);
        BelongsTo<Row, Row> homeTown = beaches.belongsTo(towns, as("home_town"));
        db.sync();

        assertThat(columns(db, "beaches")).contains("town_id", "home_town_id");
        assertThat(town.foreignKey()).isEqualTo("TownId");
        assertThat(homeTown.foreignKey()).isEqualTo("homeTownId");
        Row seaside = towns.create(Row.of("name", "Seaside"));
        beaches.create(Row.of("name", "North Beach", "TownId", seaside.get("id")));
        assertThat(town.get(beaches.findAll().get(0))).contains(seaside);
    }
}
