package dev.junction.lifecycle;

import static dev.junction.association.Associations.through;
import static dev.junction.query.Include.include;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.HasOne;
import dev.junction.query.Include;
import dev.junction.query.Loaded;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/**
 * Association reads of a paranoid target — get, count, has of all four kinds, and includes at every level — skip
 * its soft-deleted rows, unless the include or query says withDeleted().
 */
class ParanoidAssociationsTest {
    record Town(Long id, String name) {
    }

    record Beach(Long id, String name) {
    }

    record Castle(Long id, String name, Long BeachId) {
    }

    record Lifeguard(Long id, String name) {
    }

    record Surfer(Long id, String name) {
    }

    /** Coogee town: Bondi (live, two castles of which one soft-deleted) and Bronte (soft-deleted). */
    private static final class Coast {
        final Model<Town> towns;
        final Model<Beach> beaches;
        final Model<Castle> castles;
        final Model<Lifeguard> lifeguards;
        final Model<Surfer> surfers;
        final HasMany<Town, Beach> townBeaches;
        final HasMany<Beach, Castle> beachCastles;
        final BelongsTo<Castle, Beach> castleBeach;
        final BelongsTo<Beach, Town> beachTown;
        final HasOne<Beach, Lifeguard> guard;
        final BelongsToMany<Surfer, Beach> visited;
        final Town coogee;
        final Beach bondi;
        final Beach bronte;
        final Castle tall;
        final Castle fallen;
        final Surfer kai;

        Coast(Junction db, boolean paranoidTowns) {
            towns = db.define(Town.class, m -> {
                if (paranoidTowns) m.paranoid();
            });
            beaches = db.define(Beach.class, m -> m.paranoid());
            castles = db.define(Castle.class, m -> m.paranoid());
            lifeguards = db.define(Lifeguard.class, m -> m.paranoid());
            surfers = db.define(Surfer.class);
            townBeaches = towns.hasMany(beaches);
            beachTown = beaches.belongsTo(towns);
            beachCastles = beaches.hasMany(castles);
            castleBeach = castles.belongsTo(beaches);
            guard = beaches.hasOne(lifeguards);
            visited = surfers.belongsToMany(beaches, through("Visits"));
            beaches.belongsToMany(surfers, through("Visits"));
            db.sync();
            coogee = towns.create(new Town(null, "Coogee"));
            bondi = townBeaches.create(coogee, new Beach(null, "Bondi"));
            bronte = townBeaches.create(coogee, new Beach(null, "Bronte"));
            tall = castles.create(new Castle(null, "Tall", bondi.id()));
            fallen = castles.create(new Castle(null, "Fallen", bondi.id()));
            castles.create(new Castle(null, "Lonely", bronte.id()));
            guard.create(bondi, new Lifeguard(null, "Hoff"));
            kai = surfers.create(new Surfer(null, "Kai"));
            visited.add(kai, bondi, bronte);
            castles.destroy(fallen);
            beaches.destroy(bronte);
        }
    }

    private static List<String> names(List<Beach> beaches) {
        return beaches.stream().map(Beach::name).toList();
    }

    @DialectTest
    void hasManyGetCountAndHasSkipSoftDeletedTargets(TestTarget target) {
        Coast c = new Coast(target.open(), false);
        assertThat(names(c.townBeaches.get(c.coogee))).containsExactly("Bondi");
        assertThat(c.townBeaches.count(c.coogee)).isEqualTo(1);
        assertThat(c.townBeaches.has(c.coogee, c.bondi)).isTrue();
        assertThat(c.townBeaches.has(c.coogee, c.bronte)).isFalse();
        assertThat(names(c.townBeaches.get(c.coogee, Query.all().order(Order.asc("name")).withDeleted())))
                .containsExactly("Bondi", "Bronte");
    }

    @DialectTest
    void belongsToGetSkipsASoftDeletedTarget(TestTarget target) {
        Coast c = new Coast(target.open(), false);
        Castle lonely = c.castles.findOne(Where.eq("name", "Lonely")).orElseThrow();
        assertThat(c.castleBeach.get(c.tall)).contains(c.bondi);
        assertThat(c.castleBeach.get(lonely)).isEmpty();
    }

    @DialectTest
    void belongsToGetFollowingTheKeyInTheDatabaseSkipsASoftDeletedTarget(TestTarget target) {
        Junction db = target.open();
        Coast c = new Coast(db, true);
        // Beach does not hold TownId: the get joins the tables in SQL.
        assertThat(c.beachTown.get(c.bondi)).contains(c.coogee);
        c.towns.destroy(c.coogee);
        assertThat(c.beachTown.get(c.bondi)).isEmpty();
    }

    @DialectTest
    void hasOneGetSkipsASoftDeletedTarget(TestTarget target) {
        Coast c = new Coast(target.open(), false);
        assertThat(c.guard.get(c.bondi)).map(Lifeguard::name).contains("Hoff");
        c.lifeguards.destroy(Where.all());
        assertThat(c.guard.get(c.bondi)).isEmpty();
    }

    @DialectTest
    void belongsToManyGetCountAndHasSkipSoftDeletedTargets(TestTarget target) {
        Coast c = new Coast(target.open(), false);
        assertThat(names(c.visited.get(c.kai))).containsExactly("Bondi");
        assertThat(c.visited.getLinked(c.kai)).hasSize(1);
        assertThat(c.visited.count(c.kai)).isEqualTo(1);
        assertThat(c.visited.has(c.kai, c.bondi)).isTrue();
        assertThat(c.visited.has(c.kai, c.bondi, c.bronte)).isFalse();
        assertThat(names(c.visited.get(c.kai, Query.all().order(Order.asc("name")).withDeleted())))
                .containsExactly("Bondi", "Bronte");
    }

    @DialectTest
    void includesSkipSoftDeletedTargetsAtEveryLevel(TestTarget target) {
        Coast c = new Coast(target.open(), false);
        Loaded<Town> town = c.towns.findAll(include(c.townBeaches).include(include(c.beachCastles))).get(0);
        List<Loaded<Beach>> beaches = town.loaded(c.townBeaches);
        assertThat(beaches).extracting(b -> b.get().name()).containsExactly("Bondi");
        assertThat(beaches.get(0).get(c.beachCastles)).extracting(Castle::name).containsExactly("Tall");
        Loaded<Surfer> kai = c.surfers.findAll(include(c.visited)).get(0);
        assertThat(names(kai.get(c.visited))).containsExactly("Bondi");
        Loaded<Castle> lonely = c.castles.findAll(Query.where(Where.eq("name", "Lonely")), include(c.castleBeach))
                .get(0);
        assertThat(lonely.get(c.castleBeach)).isEmpty();
    }

    @DialectTest
    void includeWithDeletedLoadsSoftDeletedTargetsOfThatIncludeOnly(TestTarget target) {
        Coast c = new Coast(target.open(), false);
        Loaded<Town> town = c.towns.findAll(include(c.townBeaches).withDeleted().order(Order.asc("name"))
                .include(include(c.beachCastles))).get(0);
        List<Loaded<Beach>> beaches = town.loaded(c.townBeaches);
        assertThat(beaches).extracting(b -> b.get().name()).containsExactly("Bondi", "Bronte");
        assertThat(beaches.get(0).get(c.beachCastles)).extracting(Castle::name).containsExactly("Tall");
        assertThat(beaches.get(1).get(c.beachCastles)).extracting(Castle::name).containsExactly("Lonely");
        Loaded<Surfer> kai = c.surfers.findAll(Include.all().withDeleted()).get(0);
        assertThat(kai.get(c.visited)).hasSize(2);
    }

    @DialectTest
    void aRequiredIncludeDropsParentsWhoseOnlyTargetsAreSoftDeleted(TestTarget target) {
        Coast c = new Coast(target.open(), false);
        List<Loaded<Castle>> withBeach = c.castles.findAll(Query.all(), include(c.castleBeach).required());
        assertThat(withBeach).extracting(l -> l.get().name()).containsExactly("Tall");
        assertThat(c.castles.count(Where.all(), include(c.castleBeach).required())).isEqualTo(1);
        assertThat(c.castles.count(Where.all(), include(c.castleBeach).required().withDeleted())).isEqualTo(2);
        assertThat(c.castles.count(Query.all().withDeleted(), include(c.castleBeach).required().withDeleted()))
                .isEqualTo(3);
    }

    @DialectTest
    void theParentQueryOfAParanoidModelSkipsItsSoftDeletedRows(TestTarget target) {
        Coast c = new Coast(target.open(), false);
        assertThat(c.beaches.findAll(Query.all(), include(c.beachCastles))).extracting(l -> l.get().name())
                .containsExactly("Bondi");
        assertThat(c.beaches.findAll(Query.all().withDeleted(), include(c.beachCastles))).hasSize(2);
        assertThat(c.beaches.findAndCountAll(Query.all(), include(c.beachCastles)).count()).isEqualTo(1);
    }
}
