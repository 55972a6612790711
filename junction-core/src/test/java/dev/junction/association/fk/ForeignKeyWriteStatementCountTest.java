package dev.junction.association.fk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.BelongsTo;
import dev.junction.association.HasMany;
import dev.junction.association.fk.Shore.Beach;
import dev.junction.association.fk.Shore.Sandcastle;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A write that sets a foreign key is one statement; on H2 one more first locks the row it refers to, since H2's
 * foreign-key check does not wait for a concurrent delete of that row (see {@code ForeignKeyToDeletedRowTest}).
 * A write whose key is null locks nothing.
 */
class ForeignKeyWriteStatementCountTest {
    private final List<String> sql = new CopyOnWriteArrayList<>();
    private Model<Sandcastle> sandcastles;
    private BelongsTo<Sandcastle, Beach> beach;
    private HasMany<Beach, Sandcastle> castles;
    private Beach bondi;

    private void setUp(TestTarget target) {
        Junction db = target.open(b -> b.listener((text, parameters, nanos) -> sql.add(text)));
        Model<Beach> beaches = db.define(Beach.class);
        sandcastles = db.define(Sandcastle.class);
        beach = sandcastles.belongsTo(beaches);
        castles = beaches.hasMany(sandcastles);
        db.sync();
        bondi = beaches.create(new Beach("Bondi"));
        sql.clear();
    }

    /** The statement locking the referenced row, on H2 only. */
    private static int lock(TestTarget target) {
        return target.backend() == Backend.H2 ? 1 : 0;
    }

    @DialectTest
    void aCreateWithAForeignKeyIsOneStatementAndALockOnH2(TestTarget target) {
        setUp(target);

        sandcastles.create(new Sandcastle(null, "Keep", bondi.id()));

        assertThat(sql).hasSize(1 + lock(target));
        if (lock(target) == 1) assertThat(sql.get(0)).startsWith("SELECT 1 FROM").endsWith(" FOR UPDATE");
    }

    @DialectTest
    void aCreateWithANullForeignKeyLocksNothing(TestTarget target) {
        setUp(target);

        sandcastles.create(new Sandcastle("Keep"));

        assertThat(sql).hasSize(1);
    }

    @DialectTest
    void aBelongsToSetIsOneStatementAndALockOnH2(TestTarget target) {
        setUp(target);
        Sandcastle keep = sandcastles.create(new Sandcastle("Keep"));
        sql.clear();

        beach.set(keep, bondi);

        assertThat(sql).hasSize(1 + lock(target));
    }

    @DialectTest
    void aHasManyAddOfSeveralIsOneStatementAndALockOnH2(TestTarget target) {
        setUp(target);
        List<Sandcastle> built = sandcastles.bulkCreate(List.of(new Sandcastle("Keep"), new Sandcastle("Moat")));
        sql.clear();

        castles.add(bondi, built.get(0), built.get(1));

        assertThat(sql).hasSize(1 + lock(target));
    }

    @DialectTest
    void aBulkCreateLocksEachReferencedRowOnceOnH2(TestTarget target) {
        setUp(target);

        sandcastles.bulkCreate(List.of(new Sandcastle(null, "Keep", bondi.id()),
                new Sandcastle(null, "Moat", bondi.id()), new Sandcastle(null, "Tower", bondi.id())));

        assertThat(sql.stream().filter(s -> s.endsWith(" FOR UPDATE"))).hasSize(lock(target));
    }
}
