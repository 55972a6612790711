package dev.junction.association.fk;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.NotFoundException;
import dev.junction.association.BelongsTo;
import dev.junction.association.fk.Shore.Beach;
import dev.junction.association.fk.Shore.Sandcastle;
import dev.junction.association.fk.Shore.Shell;
import dev.junction.association.fk.Shore.Statements;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;

/** {@code sandcastles.belongsTo(beaches)}: the sandcastle holds {@code BeachId}; get, set and create. */
class BelongsToTest {
    private final Statements statements = new Statements();
    private Model<Beach> beaches;
    private Model<Sandcastle> sandcastles;
    private BelongsTo<Sandcastle, Beach> beach;

    /** The two models and {@code sandcastles.belongsTo(beaches)}, synced; statements counted. */
    private Junction open(TestTarget target) {
        Junction db = statements.open(target);
        beaches = db.define(Beach.class);
        sandcastles = db.define(Sandcastle.class);
        beach = sandcastles.belongsTo(beaches);
        db.sync();
        return db;
    }

    @DialectTest
    void getReturnsTheTargetInOneStatement(TestTarget target) {
        open(target);
        Beach bondi = beaches.create(new Beach("Bondi"));
        Sandcastle castle = sandcastles.create(new Sandcastle(null, "Keep", bondi.id()));

        statements.reset();
        assertThat(beach.get(castle)).contains(bondi);
        assertThat(statements.count()).isEqualTo(1);
    }

    @DialectTest
    void getOfASourceWithoutTargetIsEmpty(TestTarget target) {
        open(target);
        Sandcastle castle = sandcastles.create(new Sandcastle("Adrift"));

        assertThat(beach.get(castle)).isEmpty();
    }

    @DialectTest
    void getFollowsAKeyTheRecordDoesNotHoldInOneStatement(TestTarget target) {
        Statements statements = new Statements();
        Junction db = statements.open(target);
        Model<Beach> beaches = db.define(Beach.class);
        Model<Shell> shells = db.define(Shell.class);
        BelongsTo<Shell, Beach> beach = shells.belongsTo(beaches);
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));
        Shell conch = shells.create(new Shell("conch"));
        Shell cowrie = shells.create(new Shell("cowrie"));
        beach.set(conch, bondi);

        statements.reset();
        assertThat(beach.get(conch)).contains(bondi);
        assertThat(statements.count()).isEqualTo(1);
        assertThat(beach.get(cowrie)).isEmpty();
    }

    @DialectTest
    void setToAnInstanceStoresItsKeyAndReturnsTheSourceWithIt(TestTarget target) {
        open(target);
        Beach bondi = beaches.create(new Beach("Bondi"));
        Sandcastle castle = sandcastles.create(new Sandcastle("Keep"));

        Sandcastle linked = beach.set(castle, bondi);

        assertThat(linked).isEqualTo(new Sandcastle(castle.id(), "Keep", bondi.id()));
        assertThat(sandcastles.findByPk(castle.id()).orElseThrow().BeachId()).isEqualTo(bondi.id());
    }

    @DialectTest
    void setToAKeyStoresIt(TestTarget target) {
        open(target);
        Beach bondi = beaches.create(new Beach("Bondi"));
        Sandcastle castle = sandcastles.create(new Sandcastle("Keep"));

        Sandcastle linked = beach.set(castle, bondi.id());

        assertThat(linked.BeachId()).isEqualTo(bondi.id());
        assertThat(beach.get(linked)).contains(bondi);
    }

    @DialectTest
    void setToNullClearsTheKey(TestTarget target) {
        open(target);
        Beach bondi = beaches.create(new Beach("Bondi"));
        Sandcastle castle = sandcastles.create(new Sandcastle(null, "Keep", bondi.id()));

        Sandcastle cleared = beach.set(castle, null);

        assertThat(cleared.BeachId()).isNull();
        assertThat(sandcastles.findByPk(castle.id()).orElseThrow().BeachId()).isNull();
        assertThat(beaches.count()).isEqualTo(1);
    }

    @DialectTest
    void setOnARecordWithoutTheKeyWritesTheColumn(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        Model<Shell> shells = db.define(Shell.class);
        BelongsTo<Shell, Beach> beach = shells.belongsTo(beaches);
        db.sync();
        Beach bondi = beaches.create(new Beach("Bondi"));
        Shell conch = shells.create(new Shell("conch"));

        Shell same = beach.set(conch, bondi);

        assertThat(same).isEqualTo(conch);
        assertThat(db.model("Shell").findByPk(conch.id()).orElseThrow().get("BeachId")).isEqualTo(bondi.id());
    }

    @DialectTest
    void createInsertsTheTargetAndLinksIt(TestTarget target) {
        open(target);
        Sandcastle castle = sandcastles.create(new Sandcastle("Keep"));

        Beach manly = beach.create(castle, new Beach("Manly"));

        assertThat(manly.id()).isNotNull();
        assertThat(beaches.findByPk(manly.id())).contains(manly);
        assertThat(sandcastles.findByPk(castle.id()).orElseThrow().BeachId()).isEqualTo(manly.id());
    }

    @DialectTest
    void createIsOneTransactionSoAFailedLinkLeavesNoTarget(TestTarget target) {
        open(target);
        Sandcastle castle = sandcastles.create(new Sandcastle("Keep"));
        sandcastles.destroy(eq("id", castle.id()));

        assertThatThrownBy(() -> beach.create(castle, new Beach("Manly")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Sandcastle");
        assertThat(beaches.count()).isZero();
    }
}
