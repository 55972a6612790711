package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;

/**
 * A paranoid model whose class holds its own {@code deletedAt}: {@code update(instance)} never writes it (only
 * destroy and restore do), hooked or not, class or Row view; {@code create} may set it, as Sequelize lets it.
 */
class ParanoidInstanceUpdateTest {
    record Cove(Long id, String name, Instant deletedAt) {
    }

    private static Model<Cove> coves(Junction db, boolean hooked) {
        Model<Cove> coves = db.define(Cove.class, m -> {
            m.paranoid();
            if (hooked) {
                m.hooks(Cove.class, h -> h.beforeUpdate(c -> new Cove(c.id(), c.name().strip(), c.deletedAt())));
            }
        });
        db.sync();
        return coves;
    }

    private static void updatesLeaveDeletedAtAlone(Junction db, Model<Cove> coves) {
        Cove bondi = coves.create(new Cove(null, "Bondi", null));
        Cove manly = coves.create(new Cove(null, "Manly", null));
        coves.destroy(bondi);
        Instant deletedAt = coves.findAll(Query.all().withDeleted()).stream()
                .filter(c -> c.id().equals(bondi.id())).findFirst().orElseThrow().deletedAt();

        coves.update(new Cove(bondi.id(), "Bondi Beach ", null));
        coves.update(new Cove(manly.id(), "Manly Beach ", Instant.parse("2026-01-01T00:00:00Z")));
        db.model("Cove").update(Row.of("id", bondi.id(), "name", "Bondi Bay", "deletedAt", null));

        assertThat(coves.findAll()).extracting(c -> c.name().strip()).containsExactly("Manly Beach");
        Cove stored = coves.findAll(Query.all().withDeleted()).stream()
                .filter(c -> c.id().equals(bondi.id())).findFirst().orElseThrow();
        assertThat(stored.name()).isEqualTo("Bondi Bay");
        assertThat(stored.deletedAt()).isEqualTo(deletedAt);
        assertThat(coves.restore(bondi)).isTrue();
        assertThat(coves.findAll()).hasSize(2);
    }

    @DialectTest
    void anInstanceUpdateNeitherRevivesNorSoftDeletesARow(TestTarget target) {
        Junction db = target.open();
        updatesLeaveDeletedAtAlone(db, coves(db, false));
    }

    @DialectTest
    void aHookedInstanceUpdateNeitherRevivesNorSoftDeletesARow(TestTarget target) {
        Junction db = target.open();
        updatesLeaveDeletedAtAlone(db, coves(db, true));
    }

    @DialectTest
    void createMaySetDeletedAtAsSequelizeLetsIt(TestTarget target) {
        Junction db = target.open();
        Model<Cove> coves = coves(db, false);
        coves.create(new Cove(null, "Tamarama", Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(coves.findAll()).isEmpty();
        assertThat(coves.findAll(Query.all().withDeleted())).extracting(Cove::name).containsExactly("Tamarama");
    }
}
