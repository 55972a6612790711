package dev.junction.lifecycle;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static dev.junction.query.Include.include;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Through;
import dev.junction.query.Include;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import dev.junction.schema.ModelDefinition;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What makes a join model paranoid, and what does not: only {@code Through.paranoid()} (never its models being
 * paranoid, as in Sequelize); its deletedAt column; the errors of asking for it where it cannot apply; links that
 * are not unique; and a join model that is not paranoid keeps deleting for real.
 */
class ParanoidJoinDefinitionTest {
    record Guard(Long id, String name) { }

    record Beach(Long id, String name) { }

    record Shift(Long id, Long GuardId, Long BeachId, Integer hours) { }

    @DialectTest
    void aJoinModelIsNotParanoidUnlessAsked(TestTarget target) throws SQLException {
        Junction db = target.open();
        Model<Guard> guards = db.define(Guard.class);
        Model<Beach> beaches = db.define(Beach.class);
        BelongsToMany<Guard, Beach> worked = guards.belongsToMany(beaches, through("Shifts"));
        beaches.belongsToMany(guards, through("Shifts"));
        db.sync();
        ModelDefinition join = db.model("Shifts").definition();
        assertThat(join.paranoid()).isFalse();
        assertThat(join.attribute("deletedAt")).isEmpty();
        assertThat(join.attributeWithRole(Attribute.Role.DELETED_AT)).isEmpty();

        Guard mo = guards.create(new Guard(null, "Mo"));
        Beach north = beaches.create(new Beach(null, "North"));
        worked.add(mo, north);
        worked.remove(mo, north);
        assertThat(new RawSql(target, db).count("Shifts")).isZero();
    }

    @DialectTest
    void paranoidGivesTheJoinTableANullableDeletedAtInItsNamingStyle(TestTarget target) throws SQLException {
        Junction db = target.open();
        Model<Guard> guards = db.define(Guard.class, m -> m.underscored(true));
        Model<Beach> beaches = db.define(Beach.class, m -> m.underscored(true));
        BelongsToMany<Guard, Beach> worked = guards.belongsToMany(beaches,
                as("Worked").through(Through.of("guard_beaches").paranoid()));
        db.sync();
        ModelDefinition join = db.model("guard_beaches").definition();
        assertThat(join.paranoid()).isTrue();
        Attribute deletedAt = join.attributeWithRole(Attribute.Role.DELETED_AT).orElseThrow();
        assertThat(deletedAt.name()).isEqualTo("deletedAt");
        assertThat(deletedAt.column()).isEqualTo("deleted_at");
        assertThat(deletedAt.allowNull()).isTrue();
        assertThat(join.primaryKey()).extracting(Attribute::name).doesNotContain("deletedAt");

        Guard mo = guards.create(new Guard(null, "Mo"));
        Beach north = beaches.create(new Beach(null, "North"));
        worked.add(mo, north);
        worked.remove(mo, north);
        RawSql raw = new RawSql(target, db);
        assertThat(raw.longs(raw.sql("SELECT COUNT(*) FROM {guard_beaches} WHERE {deleted_at} IS NOT NULL")))
                .containsExactly(1L);
    }

    @DialectTest
    void oneSideAskingMakesTheJoinModelParanoidForBoth(TestTarget target) throws SQLException {
        Junction db = target.open();
        Model<Guard> guards = db.define(Guard.class);
        Model<Beach> beaches = db.define(Beach.class);
        guards.belongsToMany(beaches, as("Worked").through(Through.of("Shifts").paranoid()));
        BelongsToMany<Beach, Guard> crew = beaches.belongsToMany(guards, as("Crew").through("Shifts"));
        db.sync();
        Guard mo = guards.create(new Guard(null, "Mo"));
        Beach north = beaches.create(new Beach(null, "North"));
        crew.add(north, mo);
        crew.remove(north, mo);
        assertThat(new RawSql(target, db).count("Shifts")).isEqualTo(1);
        assertThat(crew.get(north)).isEmpty();
    }

    @Test
    void aJoinModelGivenAsAClassOrAModelIsParanoidByItsOwnDefinition() {
        assertThatThrownBy(() -> Through.of(Shift.class).paranoid()).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Through Shift: paranoid() is for a join model made from a name");
    }

    @DialectTest
    void aDefinedModelIsRefusedAsWellWhenGivenAsAModel(TestTarget target) {
        Junction db = target.open();
        Model<Shift> shifts = db.define(Shift.class);
        assertThatThrownBy(() -> Through.of(shifts).paranoid()).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Through Shift: paranoid()");
    }

    @DialectTest
    void aDeclaredDeletedAtMustBeANullableMoment(TestTarget target) {
        Junction db = target.open();
        Model<Guard> guards = db.define(Guard.class);
        Model<Beach> beaches = db.define(Beach.class);
        db.define("Shifts", m -> m.attribute("deletedAt", DataType.integer()));
        assertThatThrownBy(() -> {
            guards.belongsToMany(beaches, through(Through.of("Shifts").paranoid()));
            db.sync();
        }).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Model Shifts: soft-delete attribute 'deletedAt' must be a nullable Instant");
    }

    @DialectTest
    void theCallerCannotWriteDeletedAtNorAddAnythingThen(TestTarget target) throws SQLException {
        Junction db = target.open();
        Model<Guard> guards = db.define(Guard.class);
        Model<Beach> beaches = db.define(Beach.class);
        BelongsToMany<Guard, Beach> worked = guards.belongsToMany(beaches,
                through(Through.of("Shifts").paranoid()));
        db.sync();
        Guard mo = guards.create(new Guard(null, "Mo"));
        Beach north = beaches.create(new Beach(null, "North"));
        assertThatThrownBy(() -> worked.add(mo, List.of(north), Map.of("deletedAt", Instant.now())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Shifts.deletedAt is written by the association, not by the caller");
        assertThat(new RawSql(target, db).count("Shifts")).isZero();
    }

    @Test
    void includeAllTakesNoWithDeleted() {
        assertThatThrownBy(() -> Include.all().withDeleted()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Include.all().withDeleted()");
    }

    @DialectTest
    void nonUniqueLinksAreSoftDeletedAndAddInsertsANewRowBesideTheDeletedOnes(TestTarget target) throws SQLException {
        Junction db = target.open();
        Model<Guard> guards = db.define(Guard.class);
        Model<Beach> beaches = db.define(Beach.class);
        BelongsToMany<Guard, Beach> visits = guards.belongsToMany(beaches,
                as("Visits").through(Through.of("Visits").unique(false).paranoid()));
        db.sync();
        RawSql raw = new RawSql(target, db);
        Guard mo = guards.create(new Guard(null, "Mo"));
        Beach north = beaches.create(new Beach(null, "North"));
        Beach south = beaches.create(new Beach(null, "South"));
        visits.add(mo, north, north);

        visits.remove(mo, north);
        assertThat(visits.count(mo)).isZero();
        List<Row> added = visits.add(mo, north);
        assertThat(added).hasSize(1);
        assertThat(raw.count("Visits")).isEqualTo(3);
        assertThat(visits.get(mo)).extracting(Beach::name).containsExactly("North");

        visits.set(mo, List.of(south, south), Map.of());
        assertThat(raw.count("Visits")).isEqualTo(5);
        assertThat(raw.longs(raw.sql("SELECT COUNT(*) FROM {Visits} WHERE {deletedAt} IS NULL"))).containsExactly(2L);
        assertThat(guards.findAll(include(visits)).get(0).get(visits)).extracting(Beach::name)
                .containsExactly("South", "South");
    }

    /** A join model with an id of its own: the pair is a unique constraint beside it (on MariaDB, added under lock). */
    @DialectTest
    void aJoinModelWithItsOwnIdRevivesTheSameRow(TestTarget target) throws SQLException {
        Junction db = target.open();
        Model<Guard> guards = db.define(Guard.class);
        Model<Beach> beaches = db.define(Beach.class);
        db.define("Shifts", m -> m.attribute("id", DataType.bigint(), a -> a.primaryKey().autoIncrement(true))
                .attribute("hours", DataType.integer()));
        BelongsToMany<Guard, Beach> worked = guards.belongsToMany(beaches,
                as("Worked").through(Through.of("Shifts").paranoid()));
        db.sync();
        RawSql raw = new RawSql(target, db);
        Guard mo = guards.create(new Guard(null, "Mo"));
        Beach north = beaches.create(new Beach(null, "North"));
        Beach south = beaches.create(new Beach(null, "South"));
        Long id = worked.add(mo, List.of(north), Map.of("hours", 2)).get(0).getLong("id");

        worked.remove(mo, north);
        List<Row> revived = worked.add(mo, List.of(north, south), Map.of("hours", 3));
        assertThat(revived).extracting(r -> r.getLong("BeachId")).containsExactlyInAnyOrder(north.id(), south.id());
        assertThat(revived).allSatisfy(r -> assertThat(r.getLong("id")).isNotNull());
        assertThat(raw.longs(raw.sql("SELECT {id} FROM {Shifts} WHERE {BeachId} = ?"), north.id()))
                .containsExactly(id);

        worked.set(mo, List.of(south), Map.of());
        worked.set(mo, List.of(north), Map.of("hours", 5));
        assertThat(raw.count("Shifts")).isEqualTo(2);
        assertThat(raw.longs(raw.sql("SELECT {hours} FROM {Shifts} WHERE {deletedAt} IS NULL"))).containsExactly(5L);
        assertThat(worked.get(mo)).extracting(Beach::name).containsExactly("North");
    }
}
