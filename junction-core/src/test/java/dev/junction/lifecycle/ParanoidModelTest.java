package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.annotation.Paranoid;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.time.Instant;

/** A paranoid model's definition, and how its rows are destroyed, restored and deleted for real. */
class ParanoidModelTest {
    record Beach(Long id, String name) {
    }

    @Paranoid
    record Pier(Long id, String name) {
    }

    record Dune(Long id, String name, Instant removedAt) {
    }

    private static Model<Beach> beaches(Junction db) {
        Model<Beach> beaches = db.define(Beach.class, m -> m.paranoid());
        db.sync();
        return beaches;
    }

    private static long rowsInTable(TestTarget target, Junction db, String table) throws Exception {
        return new RawSql(target, db).count(table);
    }

    @DialectTest
    void paranoidAddsANullableDeletedAtTheRecordNeedNotHold(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        Attribute deletedAt = beaches.definition().attribute("deletedAt").orElseThrow();
        assertThat(beaches.definition().paranoid()).isTrue();
        assertThat(deletedAt.role()).isEqualTo(Attribute.Role.DELETED_AT);
        assertThat(deletedAt.allowNull()).isTrue();
        assertThat(deletedAt.isProperty()).isFalse();
        assertThat(deletedAt.column()).isEqualTo("deletedAt");
        Beach bondi = beaches.create(new Beach(null, "Bondi"));
        assertThat(beaches.findByPk(bondi.id())).contains(bondi);
    }

    @DialectTest
    void underscoredModelsKeepItInDeletedAtColumn(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class, m -> m.paranoid().underscored(true));
        db.sync();
        assertThat(beaches.definition().attribute("deletedAt").orElseThrow().column()).isEqualTo("deleted_at");
        Beach manly = beaches.create(new Beach(null, "Manly"));
        assertThat(beaches.destroy(manly)).isTrue();
        assertThat(beaches.findAll()).isEmpty();
        assertThat(beaches.findAll(Query.all().withDeleted())).containsExactly(manly);
    }

    @DialectTest
    void aBulkUpdateLeavesSoftDeletedRowsAloneAnInstanceUpdateDoesNot(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        Beach bondi = beaches.create(new Beach(null, "Bondi"));
        Beach manly = beaches.create(new Beach(null, "Manly"));
        beaches.destroy(manly);

        assertThat(beaches.update(java.util.Map.of("name", "Renamed"), Where.all())).isEqualTo(1);
        assertThat(beaches.findAll(Query.all().withDeleted())).extracting(Beach::name)
                .containsExactlyInAnyOrder("Renamed", "Manly");

        beaches.update(new Beach(manly.id(), "Manly Cove"));
        assertThat(beaches.findAll(Query.all().withDeleted())).extracting(Beach::name)
                .containsExactlyInAnyOrder("Renamed", "Manly Cove");
        assertThat(beaches.findAll()).extracting(Beach::id).containsExactly(bondi.id());
    }

    @DialectTest
    void theAnnotationMakesAClassParanoid(TestTarget target) {
        Junction db = target.open();
        Model<Pier> piers = db.define(Pier.class);
        db.sync();
        assertThat(piers.definition().paranoid()).isTrue();
        Pier pier = piers.create(new Pier(null, "Long"));
        piers.destroy(pier);
        assertThat(piers.count()).isZero();
    }

    @DialectTest
    void theAttributeMayBeRenamedAndHeldByTheRecord(TestTarget target) {
        Junction db = target.open();
        Model<Dune> dunes = db.define(Dune.class, m -> m.paranoid("removedAt"));
        db.sync();
        Dune big = dunes.create(new Dune(null, "Big", null));
        assertThat(dunes.destroy(big)).isTrue();
        Dune gone = dunes.findAll(Query.all().withDeleted()).get(0);
        assertThat(gone.removedAt()).isNotNull();
        assertThat(dunes.definition().attribute("removedAt").orElseThrow().role())
                .isEqualTo(Attribute.Role.DELETED_AT);
    }

    @DialectTest
    void paranoidWithoutTimestampsIsRefusedNamingTheModel(TestTarget target) {
        Junction db = target.open();
        assertThatThrownBy(() -> db.define(Beach.class, m -> m.paranoid().timestamps(false)))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Beach").hasMessageContaining("timestamps");
    }

    @DialectTest
    void aDeletedAtThatIsNotATimestampIsRefused(TestTarget target) {
        Junction db = target.open();
        assertThatThrownBy(() -> db.define("Shell", m -> m.attribute("deletedAt", DataType.string(20)).paranoid()))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Shell").hasMessageContaining("deletedAt");
        assertThatThrownBy(() -> db.define("Reef", m -> m.attribute("deletedAt", DataType.instant(), a -> a.notNull())
                .paranoid())).isInstanceOf(DefinitionException.class).hasMessageContaining("must allow null");
        assertThatThrownBy(() -> db.define("Rock", m -> m.paranoid("createdAt")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("createdAt");
    }

    @DialectTest
    void destroySetsDeletedAtAndKeepsTheRow(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        Beach bondi = beaches.create(new Beach(null, "Bondi"));
        Instant before = Instant.now().minusSeconds(5);
        assertThat(beaches.destroy(bondi)).isTrue();
        assertThat(beaches.findByPk(bondi.id())).isEmpty();
        assertThat(rowsInTable(target, db, "Beaches")).isEqualTo(1);
        Row stored = db.model("Beach").findAll(Query.all().withDeleted()).get(0);
        assertThat((Instant) stored.get("deletedAt")).isAfter(before);
    }

    @DialectTest
    void destroyingASoftDeletedRowAgainChangesNothing(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        Beach bondi = beaches.create(new Beach(null, "Bondi"));
        beaches.destroy(bondi);
        Object first = db.model("Beach").findAll(Query.all().withDeleted()).get(0).get("deletedAt");
        assertThat(beaches.destroy(bondi)).isFalse();
        assertThat(beaches.destroy(Where.all())).isZero();
        assertThat(db.model("Beach").findAll(Query.all().withDeleted()).get(0).get("deletedAt")).isEqualTo(first);
    }

    @DialectTest
    void destroyWhereSoftDeletesTheMatchingLiveRowsAndCountsThem(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        beaches.create(new Beach(null, "Bondi"));
        beaches.create(new Beach(null, "Bronte"));
        beaches.create(new Beach(null, "Manly"));
        assertThat(beaches.destroy(Where.like("name", "B%"))).isEqualTo(2);
        assertThat(beaches.findAll()).extracting(Beach::name).containsExactly("Manly");
        assertThat(beaches.destroy(Where.all())).isEqualTo(1);
        assertThat(rowsInTable(target, db, "Beaches")).isEqualTo(3);
    }

    @DialectTest
    void forceDeletesForRealSoftDeletedOrNot(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        Beach bondi = beaches.create(new Beach(null, "Bondi"));
        Beach manly = beaches.create(new Beach(null, "Manly"));
        beaches.create(new Beach(null, "Bronte"));
        beaches.destroy(bondi);
        assertThat(beaches.destroy(bondi, true)).isTrue();
        assertThat(beaches.destroy(manly, true)).isTrue();
        assertThat(rowsInTable(target, db, "Beaches")).isEqualTo(1);
        beaches.destroy(Where.eq("name", "Bronte"));
        assertThat(beaches.destroy(Where.all(), true)).isEqualTo(1);
        assertThat(rowsInTable(target, db, "Beaches")).isZero();
    }

    @DialectTest
    void restoreBringsASoftDeletedRowBack(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        Beach bondi = beaches.create(new Beach(null, "Bondi"));
        Beach manly = beaches.create(new Beach(null, "Manly"));
        assertThat(beaches.restore(bondi)).isFalse();
        beaches.destroy(Where.all());
        assertThat(beaches.restore(bondi)).isTrue();
        assertThat(beaches.findAll()).containsExactly(bondi);
        assertThat(db.model("Beach").findByPk(bondi.id()).orElseThrow().get("deletedAt")).isNull();
        assertThat(beaches.restore(Where.all())).isEqualTo(1);
        assertThat(beaches.findAll()).containsExactlyInAnyOrder(bondi, manly);
        assertThat(beaches.restore(Where.all())).isZero();
    }

    @DialectTest
    void restoreOnAModelThatIsNotParanoidIsRefusedNamingIt(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        db.sync();
        Beach bondi = beaches.create(new Beach(null, "Bondi"));
        assertThatThrownBy(() -> beaches.restore(bondi)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Beach").hasMessageContaining("not paranoid");
        assertThatThrownBy(() -> beaches.restore(Where.all())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Beach");
    }

    @DialectTest
    void withoutParanoidDestroyDeletesAndForceIsTheSame(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class);
        db.sync();
        Beach bondi = beaches.create(new Beach(null, "Bondi"));
        Beach manly = beaches.create(new Beach(null, "Manly"));
        assertThat(beaches.definition().paranoid()).isFalse();
        assertThat(beaches.destroy(bondi)).isTrue();
        assertThat(beaches.destroy(manly, true)).isTrue();
        assertThat(rowsInTable(target, db, "Beaches")).isZero();
        assertThat(beaches.findAll(Query.all().withDeleted())).isEmpty();
    }

    @DialectTest
    void nullArgumentsAreRefusedByName(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        assertThatThrownBy(() -> beaches.destroy((Beach) null, true)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Beach.destroy");
        assertThatThrownBy(() -> beaches.destroy((Where) null, true)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Beach.destroy");
        assertThatThrownBy(() -> beaches.restore((Beach) null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Beach.restore");
        assertThatThrownBy(() -> beaches.restore((Where) null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Beach.restore");
        assertThatThrownBy(() -> beaches.restore(new Beach(null, "unsaved"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not saved");
    }
}
