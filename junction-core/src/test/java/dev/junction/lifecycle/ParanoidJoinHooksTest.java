package dev.junction.lifecycle;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Through;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A paranoid join model's hooks follow its links both ways: {@code remove} soft-deletes a link with
 * beforeDestroy/afterDestroy, and {@code add} or {@code set} reviving it runs beforeCreate/beforeSave before and
 * afterCreate/afterSave after, with the link's keys and new join values — as inserting it again would.
 */
class ParanoidJoinHooksTest {
    record Guard(Long id, String name) { }

    record Beach(Long id, String name) { }

    private record Setup(Junction db, BelongsToMany<Guard, Beach> worked, Guard mo, Beach north, Beach south,
                         List<String> log) {
    }

    private static Setup setup(TestTarget target) {
        Junction db = target.open();
        List<String> log = new CopyOnWriteArrayList<>();
        db.define("Shifts", m -> m.attribute("hours", DataType.integer()).hooks(Row.class, h -> h
                .beforeCreate(r -> {
                    log.add("beforeCreate " + r.get("BeachId") + " " + r.get("hours"));
                    if (Integer.valueOf(13).equals(r.get("hours"))) throw new IllegalStateException("unlucky");
                    return r;
                })
                .afterCreate(r -> log.add("afterCreate " + r.get("GuardId") + "-" + r.get("BeachId") + " "
                        + r.get("hours")))
                .afterSave(r -> log.add("afterSave " + r.get("BeachId")))
                .afterDestroy(r -> log.add("afterDestroy " + r.get("BeachId")))));
        Model<Guard> guards = db.define(Guard.class);
        Model<Beach> beaches = db.define(Beach.class);
        BelongsToMany<Guard, Beach> worked = guards.belongsToMany(beaches,
                as("Worked").through(Through.of("Shifts").paranoid()));
        db.sync();
        Guard mo = guards.create(new Guard(null, "Mo"));
        Beach north = beaches.create(new Beach(null, "North"));
        Beach south = beaches.create(new Beach(null, "South"));
        return new Setup(db, worked, mo, north, south, log);
    }

    @DialectTest
    void addingASoftDeletedLinkAgainRunsTheCreateHooks(TestTarget target) {
        Setup t = setup(target);
        t.worked.add(t.mo, List.of(t.north), Map.of("hours", 4));
        t.worked.remove(t.mo, t.north);
        t.log.clear();

        t.worked.add(t.mo, List.of(t.north), Map.of("hours", 6));

        long north = t.north.id();
        assertThat(t.log).containsExactly("beforeCreate " + north + " 6",
                "afterCreate " + t.mo.id() + "-" + north + " 6", "afterSave " + north);
        assertThat(t.worked.get(t.mo)).extracting(Beach::name).containsExactly("North");
    }

    @DialectTest
    void settingASoftDeletedLinkAgainRunsTheCreateHooksForItOnly(TestTarget target) {
        Setup t = setup(target);
        t.worked.add(t.mo, t.north, t.south);
        t.worked.set(t.mo, List.of(t.south));
        assertThat(t.log).endsWith("afterDestroy " + t.north.id());
        t.log.clear();

        t.worked.set(t.mo, List.of(t.north, t.south));

        long north = t.north.id();
        assertThat(t.log).containsExactly("beforeCreate " + north + " null",
                "afterCreate " + t.mo.id() + "-" + north + " null", "afterSave " + north);
        assertThat(t.worked.get(t.mo)).extracting(Beach::name).containsExactlyInAnyOrder("North", "South");
    }

    @DialectTest
    void aBeforeCreateHookThatThrowsKeepsTheLinkSoftDeleted(TestTarget target) {
        Setup t = setup(target);
        t.worked.add(t.mo, t.north);
        t.worked.remove(t.mo, t.north);

        assertThatThrownBy(() -> t.worked.add(t.mo, List.of(t.north), Map.of("hours", 13)))
                .hasMessageContaining("unlucky");

        assertThat(t.worked.get(t.mo)).isEmpty();
        assertThat(t.worked.count(t.mo)).isZero();
    }
}
