package dev.junction.lifecycle;

import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.ValidationException;
import dev.junction.ValidationException.Failure;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.HasOne;
import dev.junction.association.With;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/**
 * Creating targets through an association — hasMany, hasOne, belongsTo and belongsToMany {@code create}, and
 * {@code Model.create(instance, With…)} — runs the target's validators; a failure is the target model's
 * ValidationException and nothing of the call is written.
 */
class AssociationCreateValidationTest {
    record Beach(Long id, String name) { }

    record Sandcastle(Long id, String name, Long BeachId) { }

    record Tower(Long id, String name, Long BeachId) { }

    record Lifeguard(Long id, String name) { }

    private static final class Fixture {
        final Junction db;
        final Model<Beach> beaches;
        final Model<Sandcastle> castles;
        final Model<Tower> towers;
        final Model<Lifeguard> guards;
        final HasMany<Beach, Sandcastle> beachCastles;
        final HasOne<Beach, Tower> beachTower;
        final BelongsTo<Sandcastle, Beach> castleBeach;
        final BelongsToMany<Beach, Lifeguard> beachGuards;
        final Beach north;

        Fixture(TestTarget target) {
            db = target.open();
            beaches = db.define(Beach.class, m -> m.attribute("name", a -> a.len(3, 30)));
            castles = db.define(Sandcastle.class, m -> m.attribute("name", a -> a.notEmpty()));
            towers = db.define(Tower.class, m -> m.attribute("name", a -> a.pattern("^T")));
            guards = db.define(Lifeguard.class, m -> m.attribute("name", a -> a.len(2, 10)));
            beachCastles = beaches.hasMany(castles);
            castleBeach = castles.belongsTo(beaches);
            beachTower = beaches.hasOne(towers);
            towers.belongsTo(beaches);
            beachGuards = beaches.belongsToMany(guards, through("BeachGuards"));
            guards.belongsToMany(beaches, through("BeachGuards"));
            db.sync();
            north = beaches.create(new Beach(null, "North"));
        }

        void nothingWritten() {
            assertThat(beaches.count()).isEqualTo(1);
            assertThat(castles.count()).isZero();
            assertThat(towers.count()).isZero();
            assertThat(guards.count()).isZero();
            assertThat(db.model("BeachGuards").count()).isZero();
        }
    }

    private static void rejected(Runnable write, String model, String attribute, String rule) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.model()).isEqualTo(model);
            assertThat(e.failures()).extracting(Failure::attribute, Failure::rule)
                    .containsExactly(tuple(attribute, rule));
        });
    }

    @DialectTest
    void associationCreateRunsTheTargetsValidators(TestTarget target) {
        Fixture f = new Fixture(target);
        rejected(() -> f.beachCastles.create(f.north, new Sandcastle(null, " ", null)), "Sandcastle", "name",
                "notEmpty");
        rejected(() -> f.beachTower.create(f.north, new Tower(null, "Lookout", null)), "Tower", "name", "pattern");
        rejected(() -> f.beachGuards.create(f.north, new Lifeguard(null, "M")), "Lifeguard", "name", "len");
        Sandcastle castle = f.castles.create(new Sandcastle(null, "Moat Manor", null));
        rejected(() -> f.castleBeach.create(castle, new Beach(null, "S")), "Beach", "name", "len");
        f.castles.destroy(dev.junction.query.Where.all());
        f.nothingWritten();
        assertThat(f.beachCastles.create(f.north, new Sandcastle(null, "Moat Manor", null)).BeachId())
                .isEqualTo(f.north.id());
    }

    @DialectTest
    void createWithTargetsRunsEveryTargetsValidatorsAndWritesNothingOnAFailure(TestTarget target) {
        Fixture f = new Fixture(target);
        rejected(() -> f.beaches.create(new Beach(null, "South"), With.of(f.beachCastles, List.of(
                new Sandcastle(null, "Keep", null), new Sandcastle(null, "", null)))), "Sandcastle", "name",
                "notEmpty");
        rejected(() -> f.beaches.create(new Beach(null, "South"), With.of(f.beachTower, new Tower(null, "x", null))),
                "Tower", "name", "pattern");
        rejected(() -> f.beaches.create(new Beach(null, "South"), With.of(f.beachGuards, new Lifeguard(null, "Mo"),
                new Lifeguard(null, "M"))), "Lifeguard", "name", "len");
        rejected(() -> f.castles.create(new Sandcastle(null, "Keep", null), With.of(f.castleBeach,
                new Beach(null, "S"))), "Beach", "name", "len");
        rejected(() -> f.beaches.create(new Beach(null, "S"), With.of(f.beachGuards, new Lifeguard(null, "Mo"))),
                "Beach", "name", "len");
        f.nothingWritten();
    }
}
