package dev.junction.association;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/**
 * The link rows of a versioned join model (optimistic locking) are new versions whenever a belongsToMany writes
 * them again — join values changed, soft-deleted, revived — as an update of the join model would make them.
 */
class VersionedJoinRowsTest {
    record Guard(Long id, String name) {
    }

    record Beach(Long id, String name) {
    }

    private record Setup(BelongsToMany<Guard, Beach> worked, Guard mo, Beach north, Beach south) {
        /** The version of mo's link with {@code beach}, soft-deleted or not. */
        int version(Beach beach) {
            List<Row> rows = worked.through().findAll(Query.where(Where.and(Where.eq("GuardId", mo.id()),
                    Where.eq("BeachId", beach.id()))).withDeleted());
            assertThat(rows).hasSize(1);
            return ((Number) rows.get(0).get("version")).intValue();
        }
    }

    private static Setup setup(TestTarget target, boolean paranoid) {
        Junction db = target.open();
        Model<Guard> guards = db.define(Guard.class);
        Model<Beach> beaches = db.define(Beach.class);
        db.define("Shifts", m -> m.version().attribute("hours", DataType.integer()));
        Through through = paranoid ? Through.of("Shifts").paranoid() : Through.of("Shifts");
        BelongsToMany<Guard, Beach> worked = guards.belongsToMany(beaches, as("Worked").through(through));
        db.sync();
        return new Setup(worked, guards.create(new Guard(null, "Mo")), beaches.create(new Beach(null, "North")),
                beaches.create(new Beach(null, "South")));
    }

    @DialectTest
    void changedJoinValuesMakeTheLinkANewVersion(TestTarget target) {
        Setup s = setup(target, false);
        s.worked.add(s.mo, List.of(s.north), Map.of("hours", 4));
        assertThat(s.version(s.north)).isZero();

        List<Row> links = s.worked.add(s.mo, List.of(s.north), Map.of("hours", 6));

        assertThat(s.version(s.north)).isEqualTo(1);
        assertThat(((Number) links.get(0).get("version")).intValue()).isEqualTo(1);
        s.worked.set(s.mo, List.of(s.north), Map.of("hours", 8));
        assertThat(s.version(s.north)).isEqualTo(2);
    }

    @DialectTest
    void aSoftDeletedAndRevivedLinkIsANewVersionEachTime(TestTarget target) {
        Setup s = setup(target, true);
        s.worked.add(s.mo, List.of(s.north, s.south), Map.of("hours", 4));

        s.worked.remove(s.mo, s.north);
        assertThat(s.version(s.north)).isEqualTo(1);
        s.worked.set(s.mo, List.of(s.north), Map.of("hours", 4));
        assertThat(s.version(s.north)).isEqualTo(2);
        assertThat(s.version(s.south)).isEqualTo(1);
    }

    @DialectTest
    void joinValuesCannotSetTheVersion(TestTarget target) {
        Setup s = setup(target, false);
        s.worked.add(s.mo, List.of(s.north), Map.of("hours", 4));

        assertThatThrownBy(() -> s.worked.add(s.mo, List.of(s.north), Map.of("hours", 5, "version", 9)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("Shifts");
                    assertThat(e.attribute()).isEqualTo("version");
                });
        assertThat(s.version(s.north)).isZero();
    }
}
