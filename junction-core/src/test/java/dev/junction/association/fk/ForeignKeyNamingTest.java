package dev.junction.association.fk;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.annotation.Id;
import dev.junction.association.Associations;
import dev.junction.association.BelongsTo;
import dev.junction.association.HasMany;
import dev.junction.association.HasOne;
import dev.junction.association.fk.Shore.Beach;
import dev.junction.association.fk.Shore.Profile;
import dev.junction.association.fk.Shore.Sandcastle;
import dev.junction.association.fk.Shore.Shell;
import dev.junction.association.fk.Shore.User;
import dev.junction.schema.DataType;
import dev.junction.schema.DatabaseSchema;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/** Where the key of belongsTo, hasOne and hasMany lives and how it is named, as Sequelize names it. */
class ForeignKeyNamingTest {
    record Harbour(@Id(generated = Id.Generated.NO) String code, String name) { }

    record Employee(Long id, String name) { }

    private static DatabaseSchema.Table table(Junction db, String name) {
        return db.describe().table(name).orElseThrow();
    }

    private static List<String> columns(Junction db, String table) {
        return table(db, table).columns().stream().map(DatabaseSchema.Column::name).toList();
    }

    private static DatabaseSchema.ForeignKey foreignKeyOn(Junction db, String table, String column) {
        return table(db, table).foreignKey(List.of(column)).orElseThrow();
    }

    @DialectTest
    void belongsToAddsTheTargetNamePlusKeyToTheSource(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Shell> shells = db.define(Shell.class);
        BelongsTo<Shell, Beach> beach = shells.belongsTo(beaches);
        db.sync();

        assertThat(beach.foreignKey()).isEqualTo("BeachId");
        assertThat(columns(db, "Shells")).contains("BeachId");
        DatabaseSchema.ForeignKey key = foreignKeyOn(db, "Shells", "BeachId");
        assertThat(key.referencedTable()).isEqualTo("Beaches");
        assertThat(key.referencedColumns()).containsExactly("id");
        assertThat(columns(db, "Beaches")).doesNotContain("BeachId");
    }

    /** Sequelize v6 names a derived key after the primary key even when the association refers to another column. */
    @DialectTest
    void aKeyReferringToAnotherUniqueColumnIsStillNamedAfterThePrimaryKey(TestTarget target) {
        Junction db = target.open();
        Model<Row> harbours = db.define("Harbour", m -> m.attribute("code", DataType.string(8), a -> a.unique()
                .notNull()));
        Model<Row> boats = db.define("Boat", m -> m.attribute("name", DataType.string(40)));
        Model<Row> piers = db.define("Pier", m -> m.attribute("name", DataType.string(40)));
        Model<Row> offices = db.define("Office", m -> m.attribute("name", DataType.string(40)));
        BelongsTo<Row, Row> home = boats.belongsTo(harbours, Associations.defaults().targetKey("code"));
        HasMany<Row, Row> harbourPiers = harbours.hasMany(piers, Associations.defaults().sourceKey("code"));
        HasOne<Row, Row> office = harbours.hasOne(offices, Associations.defaults().sourceKey("code"));
        db.sync();

        assertThat(List.of(home.foreignKey(), harbourPiers.foreignKey(), office.foreignKey()))
                .containsOnly("HarbourId");
        assertThat(foreignKeyOn(db, "Boats", "HarbourId").referencedColumns()).containsExactly("code");
        Row dover = harbours.create(Row.of("code", "DOV"));
        Row pier = harbourPiers.create(dover, Row.of("name", "East Pier"));
        assertThat(pier.getString("HarbourId")).isEqualTo("DOV");
        assertThat(harbourPiers.get(dover)).extracting(r -> r.getString("name")).containsExactly("East Pier");
    }

    @DialectTest
    void belongsToUsesTheRecordsOwnKeyProperty(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        sandcastles.belongsTo(beaches);
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));

        Sandcastle keep = sandcastles.create(new Sandcastle(null, "Keep", bondi.id()));

        assertThat(columns(db, "Sandcastles")).filteredOn("BeachId"::equalsIgnoreCase).hasSize(1);
        assertThat(sandcastles.findByPk(keep.id()).orElseThrow().BeachId()).isEqualTo(bondi.id());
        assertThat(db.model("Sandcastle").findByPk(keep.id()).orElseThrow().get("BeachId")).isEqualTo(bondi.id());
    }

    @DialectTest
    void belongsToAsNamesTheKey(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Shell> shells = db.define(Shell.class);
        BelongsTo<Shell, Beach> home = shells.belongsTo(beaches, as("Home"));
        db.sync();

        assertThat(home.as()).isEqualTo("Home");
        assertThat(home.foreignKey()).isEqualTo("HomeId");
        assertThat(columns(db, "Shells")).contains("HomeId").doesNotContain("BeachId");
        assertThat(foreignKeyOn(db, "Shells", "HomeId").referencedTable()).isEqualTo("Beaches");
    }

    @DialectTest
    void anExplicitForeignKeyWinsOverTheAlias(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Shell> shells = db.define(Shell.class);
        BelongsTo<Shell, Beach> home = shells.belongsTo(beaches, as("Home").foreignKey("shore_id"));
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));
        Shell conch = shells.create(new Shell("conch"));
        home.set(conch, bondi);

        assertThat(home.foreignKey()).isEqualTo("shore_id");
        assertThat(columns(db, "Shells")).contains("shore_id").doesNotContain("HomeId", "BeachId");
        assertThat(home.get(conch)).contains(bondi);
    }

    @DialectTest
    void hasManyPutsTheSourceNamePlusKeyOnTheTarget(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Shell> shells = db.define(Shell.class);
        HasMany<Beach, Shell> found = beaches.hasMany(shells);
        db.sync();

        assertThat(found.foreignKey()).isEqualTo("BeachId");
        assertThat(found.as()).isEqualTo("Shells");
        assertThat(columns(db, "Shells")).contains("BeachId");
        assertThat(columns(db, "Beaches")).doesNotContain("ShellId");
        assertThat(foreignKeyOn(db, "Shells", "BeachId").referencedTable()).isEqualTo("Beaches");
    }

    @DialectTest
    void hasOnePutsTheSourceNamePlusKeyOnTheTarget(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Profile> profiles = db.define(Profile.class);
        users.hasOne(profiles);
        db.sync();

        assertThat(users.association("Profile").foreignKey()).isEqualTo("UserId");
        assertThat(columns(db, "Profiles")).filteredOn("UserId"::equalsIgnoreCase).hasSize(1);
        assertThat(columns(db, "Users")).doesNotContain("ProfileId");
        assertThat(foreignKeyOn(db, "Profiles", "UserId").referencedTable()).isEqualTo("Users");
    }

    @DialectTest
    void asOnHasOneNamesTheKeyAsSequelizeDoes(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Profile> profiles = db.define(Profile.class);
        users.hasOne(profiles, as("Owner"));
        db.sync();

        assertThat(users.association("Owner").foreignKey()).isEqualTo("OwnerId");
        assertThat(foreignKeyOn(db, "Profiles", "OwnerId").referencedTable()).isEqualTo("Users");
    }

    @DialectTest
    void asOnHasManyDoesNotRenameTheKey(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Shell> shells = db.define(Shell.class);
        HasMany<Beach, Shell> finds = beaches.hasMany(shells, as("Finds"));
        db.sync();

        assertThat(finds.as()).isEqualTo("Finds");
        assertThat(finds.singular()).isEqualTo("Find");
        assertThat(finds.foreignKey()).isEqualTo("BeachId");
        assertThat(columns(db, "Shells")).contains("BeachId").doesNotContain("FindsId", "FindId");
    }

    @DialectTest
    void anUnderscoredHolderGetsASnakeCaseColumn(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Shell> shells = db.define(Shell.class, spec -> spec.underscored(true));
        HasMany<Beach, Shell> found = beaches.hasMany(shells);
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));
        Shell conch = found.create(bondi, new Shell("conch"));

        assertThat(columns(db, "shells")).contains("beach_id").doesNotContain("BeachId");
        assertThat(foreignKeyOn(db, "shells", "beach_id").referencedTable()).isEqualTo("Beaches");
        assertThat(found.get(bondi)).containsExactly(conch);
    }

    @DialectTest
    void anUnderscoredBelongsToSourceGetsASnakeCaseColumn(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Shell> shells = db.define(Shell.class, spec -> spec.underscored(true));
        BelongsTo<Shell, Beach> beach = shells.belongsTo(beaches);
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));
        Shell conch = shells.create(new Shell("conch"));
        beach.set(conch, bondi);

        assertThat(columns(db, "shells")).contains("beach_id");
        assertThat(beach.get(conch)).contains(bondi);
    }

    @DialectTest
    void pairedHasManyAndBelongsToShareOneColumn(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Sandcastle> sandcastles = db.define(Sandcastle.class);
        HasMany<Beach, Sandcastle> castles = beaches.hasMany(sandcastles);
        BelongsTo<Sandcastle, Beach> beach = sandcastles.belongsTo(beaches);
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));

        Sandcastle keep = castles.create(bondi, new Sandcastle("Keep"));

        assertThat(columns(db, "Sandcastles")).filteredOn(c -> c.toLowerCase().contains("beach")).hasSize(1);
        assertThat(table(db, "Sandcastles").foreignKeys()).hasSize(1);
        assertThat(castles.foreignKey()).isEqualTo(beach.foreignKey());
        assertThat(beach.get(keep)).contains(bondi);
    }

    @DialectTest
    void theKeyIsNamedForAndTypedAsTheTargetsPrimaryKey(TestTarget target) {
        Junction db = target.open();
        Model<Harbour> harbours = db.define(Harbour.class);
        Model<Shell> shells = db.define(Shell.class);
        BelongsTo<Shell, Harbour> harbour = shells.belongsTo(harbours);
        db.sync();
        Harbour sydney = harbours.create(new Harbour("SYD", "Sydney"));
        Shell conch = shells.create(new Shell("conch"));
        harbour.set(conch, "SYD");

        assertThat(harbour.foreignKey()).isEqualTo("HarbourCode");
        assertThat(foreignKeyOn(db, "Shells", "HarbourCode").referencedColumns()).containsExactly("code");
        assertThat(harbour.get(conch)).contains(sydney);
    }

    @DialectTest
    void aSelfAssociationPutsTheAliasedKeyOnTheSameTable(TestTarget target) {
        Junction db = target.open();
        Model<Employee> employees = db.define(Employee.class);
        BelongsTo<Employee, Employee> manager = employees.belongsTo(employees, as("Manager"));
        HasMany<Employee, Employee> reports = employees.hasMany(employees, as("Reports").foreignKey("ManagerId"));
        db.sync();
        Employee boss = employees.create(new Employee(null, "boss"));
        Employee clerk = reports.create(boss, new Employee(null, "clerk"));

        assertThat(columns(db, "Employees")).filteredOn(c -> c.contains("Manager")).containsExactly("ManagerId");
        assertThat(foreignKeyOn(db, "Employees", "ManagerId").referencedTable()).isEqualTo("Employees");
        assertThat(manager.get(clerk)).contains(boss);
        assertThat(reports.get(boss)).containsExactly(clerk);
    }

    @DialectTest
    void aRowModelSourceGetsTheKeyAsAnAttribute(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Row> piers = db.define("Pier", spec -> spec.attribute("name", DataType.string(40)));
        BelongsTo<Row, Beach> beach = piers.belongsTo(beaches);
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));
        Row pier = piers.create(Row.of("name", "North"));

        Row linked = beach.set(pier, bondi);

        assertThat(linked.get("BeachId")).isEqualTo(bondi.id());
        assertThat(piers.findByPk(pier.get("id")).orElseThrow().get("BeachId")).isEqualTo(bondi.id());
        assertThat(beach.get(linked)).contains(bondi);
        assertThat(foreignKeyOn(db, "Piers", "BeachId").referencedTable()).isEqualTo("Beaches");
    }

    @DialectTest
    void pairedBelongsToDeclaredFirstSharesTheColumnToo(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Shell> shells = db.define(Shell.class);
        BelongsTo<Shell, Beach> beach = shells.belongsTo(beaches);
        HasMany<Beach, Shell> found = beaches.hasMany(shells);
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));

        Shell conch = found.create(bondi, new Shell("conch"));

        assertThat(columns(db, "Shells")).filteredOn(c -> c.contains("Beach")).containsExactly("BeachId");
        assertThat(table(db, "Shells").foreignKeys()).hasSize(1);
        assertThat(beach.get(conch)).contains(bondi);
    }
}
