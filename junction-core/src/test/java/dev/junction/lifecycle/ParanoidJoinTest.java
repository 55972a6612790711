package dev.junction.lifecycle;

import static dev.junction.association.Associations.as;
import static dev.junction.query.Include.include;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Link;
import dev.junction.association.Through;
import dev.junction.query.Loaded;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Paranoid join models ({@code Through.paranoid()}): {@code remove} and {@code set} stamp a link's deletedAt instead
 * of deleting it, {@code add} revives a soft-deleted link (one row per pair, new join values), and every read of the
 * association — get, count, has, getLinked, include at any level, required includes — skips soft-deleted links
 * unless {@code include(…).withDeleted()} asks for them.
 */
class ParanoidJoinTest {
    record Guard(Long id, String name) { }

    record Beach(Long id, String name) { }

    /** Lifeguards work beaches through "Shifts" (with hours), a paranoid join model; beaches see their guards. */
    static final class Fixture {
        final Junction db;
        final RawSql raw;
        final Model<Guard> guards;
        final Model<Beach> beaches;
        final BelongsToMany<Guard, Beach> worked;
        final BelongsToMany<Beach, Guard> crew;
        final Guard mo;
        final Guard ann;
        final Beach north;
        final Beach south;
        final Beach west;

        Fixture(TestTarget target) {
            db = target.open();
            raw = new RawSql(target, db);
            guards = db.define(Guard.class);
            beaches = db.define(Beach.class);
            db.define("Shifts", m -> m.attribute("hours", DataType.integer()));
            worked = guards.belongsToMany(beaches, as("Worked").through(Through.of("Shifts").paranoid()));
            crew = beaches.belongsToMany(guards, as("Crew").through(Through.of("Shifts").paranoid()));
            db.sync();
            mo = guards.create(new Guard(null, "Mo"));
            ann = guards.create(new Guard(null, "Ann"));
            north = beaches.create(new Beach(null, "North"));
            south = beaches.create(new Beach(null, "South"));
            west = beaches.create(new Beach(null, "West"));
        }

        long rows() throws SQLException {
            return raw.count("Shifts");
        }

        /** The beaches whose link with {@code guard} is soft-deleted, by id. */
        List<Long> deleted(Guard guard) throws SQLException {
            return raw.longs(raw.sql("SELECT {BeachId} FROM {Shifts} WHERE {GuardId} = ? AND {deletedAt} IS NOT NULL"
                    + " ORDER BY {BeachId}"), guard.id());
        }

        List<String> names(List<Beach> list) {
            return list.stream().map(Beach::name).sorted().toList();
        }
    }

    @DialectTest
    void removeStampsDeletedAtAndKeepsTheRow(TestTarget target) throws SQLException {
        Fixture f = new Fixture(target);
        f.worked.add(f.mo, f.north, f.south);

        f.worked.remove(f.mo, f.north);

        assertThat(f.rows()).isEqualTo(2);
        assertThat(f.deleted(f.mo)).containsExactly(f.north.id());
        assertThat(f.names(f.worked.get(f.mo))).containsExactly("South");
        assertThat(f.worked.count(f.mo)).isEqualTo(1);
        assertThat(f.worked.has(f.mo, f.north)).isFalse();
        assertThat(f.worked.has(f.mo, f.south)).isTrue();
        assertThat(f.crew.get(f.north)).isEmpty();
        assertThat(f.worked.getLinked(f.mo, Query.all(), null)).extracting(l -> l.target().name())
                .containsExactly("South");
    }

    @DialectTest
    void removingASoftDeletedLinkAgainKeepsItsMoment(TestTarget target) throws SQLException {
        Fixture f = new Fixture(target);
        f.worked.add(f.mo, f.north);
        f.worked.remove(f.mo, f.north);
        String first = f.raw.string(f.raw.sql("SELECT {deletedAt} FROM {Shifts}"));

        f.worked.remove(f.mo, f.north);
        f.worked.set(f.mo, List.of());

        assertThat(f.raw.string(f.raw.sql("SELECT {deletedAt} FROM {Shifts}"))).isEqualTo(first);
        assertThat(f.rows()).isEqualTo(1);
    }

    @DialectTest
    void addRevivesASoftDeletedLinkWithTheNewJoinValues(TestTarget target) throws SQLException {
        Fixture f = new Fixture(target);
        f.worked.add(f.mo, List.of(f.north), Map.of("hours", 4));
        f.worked.remove(f.mo, f.north);

        List<Row> written = f.worked.add(f.mo, List.of(f.north), Map.of("hours", 6));

        assertThat(written).singleElement().satisfies(row -> {
            assertThat(row.getInteger("hours")).isEqualTo(6);
            assertThat(row.get("deletedAt")).isNull();
        });
        assertThat(f.rows()).isEqualTo(1);
        assertThat(f.deleted(f.mo)).isEmpty();
        assertThat(f.raw.longs(f.raw.sql("SELECT {hours} FROM {Shifts}"))).containsExactly(6L);
        assertThat(f.worked.has(f.mo, f.north)).isTrue();
        assertThat(f.worked.add(f.mo, List.of(f.north), Map.of("hours", 6))).isEmpty();
    }

    @DialectTest
    void addRevivesWithoutJoinValuesAndAddsNewLinksBesideIt(TestTarget target) throws SQLException {
        Fixture f = new Fixture(target);
        f.worked.add(f.mo, f.north);
        f.worked.remove(f.mo, f.north);

        List<Row> written = f.worked.add(f.mo, f.north, f.south);

        assertThat(written).extracting(r -> r.getLong("BeachId")).containsExactlyInAnyOrder(f.north.id(),
                f.south.id());
        assertThat(f.rows()).isEqualTo(2);
        assertThat(f.deleted(f.mo)).isEmpty();
        assertThat(f.names(f.worked.get(f.mo))).containsExactly("North", "South");
    }

    @DialectTest
    void setSoftDeletesDroppedLinksAndRevivesTheOnesItWantsBack(TestTarget target) throws SQLException {
        Fixture f = new Fixture(target);
        f.worked.add(f.mo, f.north, f.south);

        f.worked.set(f.mo, List.of(f.south, f.west), Map.of());
        assertThat(f.deleted(f.mo)).containsExactly(f.north.id());
        assertThat(f.names(f.worked.get(f.mo))).containsExactly("South", "West");

        f.worked.set(f.mo, List.of(Link.of(f.north, Map.of("hours", 8))), Map.of());
        assertThat(f.rows()).isEqualTo(3);
        assertThat(f.deleted(f.mo)).containsExactly(f.south.id(), f.west.id());
        assertThat(f.names(f.worked.get(f.mo))).containsExactly("North");
        assertThat(f.raw.longs(f.raw.sql("SELECT {hours} FROM {Shifts} WHERE {BeachId} = ?"), f.north.id()))
                .containsExactly(8L);

        f.worked.set(f.mo, List.of(), Map.of());
        assertThat(f.rows()).isEqualTo(3);
        assertThat(f.worked.count(f.mo)).isZero();
        assertThat(f.deleted(f.mo)).hasSize(3);
    }

    @DialectTest
    void setTouchesOnlyItsOwnersLinks(TestTarget target) throws SQLException {
        Fixture f = new Fixture(target);
        f.worked.add(f.mo, f.north);
        f.worked.add(f.ann, f.north);

        f.crew.remove(f.north, f.ann);
        f.worked.set(f.mo, List.of(f.south), Map.of());

        assertThat(f.deleted(f.mo)).containsExactly(f.north.id());
        assertThat(f.deleted(f.ann)).containsExactly(f.north.id());
        assertThat(f.crew.get(f.north)).isEmpty();
        assertThat(f.crew.get(f.south)).extracting(Guard::name).containsExactly("Mo");
    }

    @DialectTest
    void includesSkipSoftDeletedLinksAtEveryLevelUnlessWithDeleted(TestTarget target) {
        Fixture f = new Fixture(target);
        f.worked.add(f.mo, f.north, f.south);
        f.worked.add(f.ann, f.north);
        f.worked.remove(f.mo, f.north);
        f.crew.remove(f.north, f.ann);

        List<Loaded<Guard>> plain = f.guards.findAll(Query.all().order(Order.asc("name")),
                include(f.worked).include(include(f.crew)));
        assertThat(plain).extracting(l -> l.get().name()).containsExactly("Ann", "Mo");
        assertThat(plain.get(0).loaded(f.worked)).isEmpty();
        assertThat(plain.get(1).loaded(f.worked)).extracting(b -> b.get().name()).containsExactly("South");
        assertThat(plain.get(1).loaded(f.worked).get(0).loaded(f.crew)).extracting(g -> g.get().name())
                .containsExactly("Mo");

        List<Loaded<Guard>> all = f.guards.findAll(Query.all().order(Order.asc("name")),
                include(f.worked).withDeleted().order(Order.asc("name")));
        assertThat(all.get(0).loaded(f.worked)).extracting(b -> b.get().name()).containsExactly("North");
        assertThat(all.get(1).loaded(f.worked)).extracting(b -> b.get().name()).containsExactly("North", "South");
        assertThat(all.get(1).linked(f.worked).get(0).through().get("deletedAt")).isNotNull();
        assertThat(all.get(1).linked(f.worked).get(1).through().get("deletedAt")).isNull();
    }

    @DialectTest
    void requiredIncludesAndThroughFiltersSkipSoftDeletedLinks(TestTarget target) {
        Fixture f = new Fixture(target);
        f.worked.add(f.mo, List.of(f.north), Map.of("hours", 4));
        f.worked.add(f.ann, List.of(f.south), Map.of("hours", 4));
        f.worked.remove(f.ann, f.south);

        assertThat(f.guards.findAll(Query.all(), include(f.worked).required())).extracting(l -> l.get().name())
                .containsExactly("Mo");
        assertThat(f.guards.count(Where.all(), include(f.worked).required())).isEqualTo(1);
        assertThat(f.guards.findAll(Query.all(), include(f.worked).through(Where.eq("hours", 4)).required())
                .stream().map(l -> l.get().name()).toList()).containsExactly("Mo");
        assertThat(f.guards.findAll(Query.all().order(Order.asc("name")),
                include(f.worked).required().withDeleted())).extracting(l -> l.get().name())
                .containsExactly("Ann", "Mo");
        assertThat(f.worked.load(List.of(f.ann, f.mo))).containsEntry(f.ann, List.of());
    }
}
