package dev.junction.association.fk;

import static dev.junction.query.Where.like;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.HasMany;
import dev.junction.association.fk.Shore.Beach;
import dev.junction.association.fk.Shore.Sandcastle;
import dev.junction.association.fk.Shore.Shell;
import dev.junction.association.fk.Shore.Statements;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/** {@code beaches.hasMany(sandcastles)}: each sandcastle holds {@code BeachId}; the accessors and their costs. */
class HasManyTest {
    private Statements statements;
    private Junction db;
    private Model<Beach> beaches;
    private Model<Sandcastle> sandcastles;
    private HasMany<Beach, Sandcastle> castles;
    private Beach bondi;
    private Beach manly;

    /** Bondi with no sandcastles, Manly with none; sandcastles are made by each test. */
    private void shore(TestTarget target) {
        statements = new Statements();
        db = statements.open(target);
        beaches = db.define(Beach.class);
        sandcastles = db.define(Sandcastle.class);
        castles = beaches.hasMany(sandcastles);
        db.sync();
        bondi = beaches.create(new Beach("Bondi"));
        manly = beaches.create(new Beach("Manly"));
    }

    private Sandcastle castle(String name, Beach on) {
        return sandcastles.create(new Sandcastle(null, name, on == null ? null : on.id()));
    }

    private Long beachIdOf(Sandcastle castle) {
        return sandcastles.findByPk(castle.id()).orElseThrow().BeachId();
    }

    @DialectTest
    void getReturnsTheSourcesTargetsInOneStatement(TestTarget target) {
        shore(target);
        Sandcastle keep = castle("Keep", bondi);
        Sandcastle moat = castle("Moat", bondi);
        castle("Tower", manly);
        castle("Ruin", null);

        statements.reset();
        assertThat(castles.get(bondi)).containsExactlyInAnyOrder(keep, moat);
        assertThat(statements.count()).isEqualTo(1);
    }

    @DialectTest
    void getAppliesTheQuerysWhereOrderAndLimit(TestTarget target) {
        shore(target);
        for (String name : List.of("Moat", "Keep", "Tower", "Mound")) castle(name, bondi);
        castle("Mast", manly);

        List<Sandcastle> page = castles.get(bondi, Query.where(like("name", "M%")).order(Order.desc("name"))
                .limit(1));

        assertThat(page).extracting(Sandcastle::name).containsExactly("Mound");
        assertThat(castles.get(bondi, Query.all().order(Order.asc("name")).limit(2).offset(1)))
                .extracting(Sandcastle::name).containsExactly("Moat", "Mound");
    }

    @DialectTest
    void countAgreesWithGetInOneStatement(TestTarget target) {
        shore(target);
        castle("Keep", bondi);
        castle("Moat", bondi);
        castle("Tower", manly);

        statements.reset();
        assertThat(castles.count(bondi)).isEqualTo(2);
        assertThat(statements.count()).isEqualTo(1);
        assertThat(castles.count(manly)).isEqualTo(castles.get(manly).size());
    }

    @DialectTest
    void countAppliesTheWhere(TestTarget target) {
        shore(target);
        castle("Keep", bondi);
        castle("Moat", bondi);
        castle("Mast", manly);

        statements.reset();
        assertThat(castles.count(bondi, like("name", "M%"))).isEqualTo(1);
        assertThat(statements.count()).isEqualTo(1);
    }

    @DialectTest
    void hasIsTrueOnlyWhenEveryTargetBelongs(TestTarget target) {
        shore(target);
        Sandcastle keep = castle("Keep", bondi);
        Sandcastle moat = castle("Moat", bondi);
        Sandcastle tower = castle("Tower", manly);

        assertThat(castles.has(bondi, keep, moat.id())).isTrue();
        assertThat(castles.has(bondi, keep, tower)).isFalse();
        assertThat(castles.has(manly, keep)).isFalse();
    }

    @DialectTest
    void addMakesTheTargetsBelongInOneStatement(TestTarget target) {
        shore(target);
        Sandcastle keep = castle("Keep", null);
        Sandcastle tower = castle("Tower", manly);

        statements.reset();
        castles.add(bondi, keep, tower.id());

        // On H2 the UPDATE first locks the beach's row (see ForeignKeyToDeletedRowTest).
        assertThat(statements.count()).isEqualTo(1 + referencedRowLock(target));
        assertThat(beachIdOf(keep)).isEqualTo(bondi.id());
        assertThat(beachIdOf(tower)).isEqualTo(bondi.id());
    }

    @DialectTest
    void setMakesExactlyTheseBelongAndLetsTheOthersGo(TestTarget target) {
        shore(target);
        Sandcastle keep = castle("Keep", bondi);
        Sandcastle moat = castle("Moat", bondi);
        Sandcastle tower = castle("Tower", manly);
        Sandcastle ruin = castle("Ruin", null);

        statements.reset();
        castles.set(bondi, List.of(moat, ruin));

        // Two UPDATEs, after the lock on the beach's row that makes concurrent sets take turns (not on SQLite); on
        // H2 the second one locks that row again, as every write of a foreign key does there.
        int lock = target.backend() == dev.junction.testing.Backend.SQLITE ? 0 : 1;
        assertThat(statements.count()).isLessThanOrEqualTo(2 + lock + referencedRowLock(target));
        assertThat(castles.get(bondi)).extracting(Sandcastle::id).containsExactlyInAnyOrder(moat.id(), ruin.id());
        assertThat(beachIdOf(keep)).isNull();
        assertThat(beachIdOf(tower)).isEqualTo(manly.id());
        assertThat(sandcastles.count()).isEqualTo(4);
    }

    @DialectTest
    void setToNothingLetsEveryTargetGo(TestTarget target) {
        shore(target);
        Sandcastle keep = castle("Keep", bondi);
        Sandcastle tower = castle("Tower", manly);

        castles.set(bondi, List.of());

        assertThat(castles.count(bondi)).isZero();
        assertThat(beachIdOf(keep)).isNull();
        assertThat(beachIdOf(tower)).isEqualTo(manly.id());
    }

    @DialectTest
    void removeSetsTheKeyToNullInOneStatement(TestTarget target) {
        shore(target);
        Sandcastle keep = castle("Keep", bondi);
        Sandcastle moat = castle("Moat", bondi);

        statements.reset();
        castles.remove(bondi, keep);

        assertThat(statements.count()).isEqualTo(1);
        assertThat(beachIdOf(keep)).isNull();
        assertThat(castles.get(bondi)).containsExactly(moat);
        assertThat(sandcastles.count()).isEqualTo(2);
    }

    @DialectTest
    void removeLeavesAnotherSourcesTargetAlone(TestTarget target) {
        shore(target);
        Sandcastle tower = castle("Tower", manly);

        castles.remove(bondi, tower);

        assertThat(beachIdOf(tower)).isEqualTo(manly.id());
    }

    @DialectTest
    void createInsertsATargetHoldingTheSourcesKey(TestTarget target) {
        shore(target);

        Sandcastle created = castles.create(bondi, new Sandcastle("Keep"));

        assertThat(created.id()).isNotNull();
        assertThat(created.BeachId()).isEqualTo(bondi.id());
        assertThat(castles.get(bondi)).containsExactly(created);
    }

    @DialectTest
    void createOverridesAKeyTheTargetAlreadyHolds(TestTarget target) {
        shore(target);

        Sandcastle created = castles.create(bondi, new Sandcastle(null, "Keep", manly.id()));

        assertThat(created.BeachId()).isEqualTo(bondi.id());
        assertThat(beachIdOf(created)).isEqualTo(bondi.id());
    }

    @DialectTest
    void createWritesTheKeyOfATargetClassWithoutIt(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Shell> shells = db.define(Shell.class);
        HasMany<Beach, Shell> found = beaches.hasMany(shells);
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));

        Shell conch = found.create(bondi, new Shell("conch"));

        assertThat(db.model("Shell").findByPk(conch.id()).orElseThrow().get("BeachId")).isEqualTo(bondi.id());
        assertThat(found.get(bondi)).containsExactly(conch);
    }

    @DialectTest
    void accessorsJoinTheCallersTransactionAndRollBackWithIt(TestTarget target) {
        shore(target);
        Sandcastle keep = castle("Keep", bondi);
        Sandcastle tower = castle("Tower", manly);

        assertThatThrownBy(() -> db.useTransaction(tx -> {
            castles.set(bondi, List.of(tower));
            castles.create(bondi, new Sandcastle("Moat"));
            assertThat(castles.count(bondi)).isEqualTo(2);
            throw new IllegalStateException("changed my mind");
        })).hasMessage("changed my mind");

        assertThat(castles.get(bondi)).containsExactly(keep);
        assertThat(castles.get(manly)).containsExactly(tower);
        assertThat(sandcastles.count()).isEqualTo(2);
    }

    /** The statement that locks the row a foreign key refers to before it is written: on H2 only. */
    private static int referencedRowLock(TestTarget target) {
        return target.backend() == dev.junction.testing.Backend.H2 ? 1 : 0;
    }
}
