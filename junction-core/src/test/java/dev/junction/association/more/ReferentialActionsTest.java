package dev.junction.association.more;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.ForeignKeyConstraintException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.AssociationOptions;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Through;
import dev.junction.query.Where;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ReferentialAction;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/** onDelete/onUpdate per side of a many-to-many, and constraints(false) leaving link rows alone. */
class ReferentialActionsTest {
    record User(Long id, String username) { }

    record Show(Long id, String title) { }

    /** Users and shows with the sides' options as given, synced, alice linked to dune. */
    private static final class Fixture {
        final Junction db;
        final RawSql raw;
        final Model<User> users;
        final Model<Show> shows;
        final BelongsToMany<User, Show> favorites;
        final User alice;
        final Show dune;

        Fixture(TestTarget target, AssociationOptions userSide, AssociationOptions showSide) {
            db = target.open();
            raw = new RawSql(target, db);
            users = db.define(User.class);
            shows = db.define(Show.class);
            favorites = users.belongsToMany(shows, userSide);
            shows.belongsToMany(users, showSide);
            db.sync();
            alice = users.create(new User(null, "alice"));
            dune = shows.create(new Show(null, "Dune"));
            favorites.add(alice, dune);
        }

        DatabaseSchema.ForeignKey foreignKey(String column) {
            DatabaseSchema.Table table = db.describe().table("UserFavorites").orElseThrow();
            return table.foreignKey(List.of(column)).orElseThrow(() -> new AssertionError("no FK on " + column));
        }

        List<String> links() throws Exception {
            return raw.rows("SELECT {UserId}, {ShowId} FROM {UserFavorites} ORDER BY {UserId}, {ShowId}");
        }
    }

    private static Fixture restrictOnShowSide(TestTarget target) {
        return new Fixture(target, as("Favorites").through("UserFavorites"),
                through("UserFavorites").onDelete(ReferentialAction.RESTRICT));
    }

    @DialectTest
    void eachSidesActionsGoOnItsOwnForeignKey(TestTarget target) {
        Fixture f = new Fixture(target, as("Favorites").through("UserFavorites").onUpdate(ReferentialAction.NO_ACTION),
                through("UserFavorites").onDelete(ReferentialAction.RESTRICT));

        DatabaseSchema.ForeignKey showId = f.foreignKey("ShowId");
        assertThat(showId.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
        assertThat(showId.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
        DatabaseSchema.ForeignKey userId = f.foreignKey("UserId");
        assertThat(userId.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(userId.onUpdate()).isEqualTo(ReferentialAction.NO_ACTION);
    }

    @DialectTest
    void deletingALinkedShowUnderRestrictFailsAndChangesNothing(TestTarget target) throws Exception {
        Fixture f = restrictOnShowSide(target);

        assertThatThrownBy(() -> f.shows.destroy(f.dune))
                .isInstanceOfSatisfying(ForeignKeyConstraintException.class,
                        e -> assertThat(e.table()).isEqualTo("Shows"))
                .hasMessageContaining("Shows");
        assertThat(f.shows.findByPk(f.dune.id())).contains(f.dune);
        assertThat(f.links()).containsExactly(f.alice.id() + "|" + f.dune.id());
    }

    @DialectTest
    void anUnlinkedShowIsDeletedUnderRestrict(TestTarget target) {
        Fixture f = restrictOnShowSide(target);
        Show arrival = f.shows.create(new Show(null, "Arrival"));

        assertThat(f.shows.destroy(arrival)).isTrue();
        assertThat(f.shows.count()).isEqualTo(1);
    }

    @DialectTest
    void theOtherSideStillCascades(TestTarget target) throws Exception {
        Fixture f = restrictOnShowSide(target);

        assertThat(f.users.destroy(f.alice)).isTrue();

        assertThat(f.links()).isEmpty();
        assertThat(f.shows.count()).isEqualTo(1);
    }

    @DialectTest
    void changingALinkedKeyUnderRestrictFails(TestTarget target) throws Exception {
        Fixture f = new Fixture(target, as("Favorites").through("UserFavorites").onUpdate(ReferentialAction.RESTRICT),
                through("UserFavorites"));

        assertThatThrownBy(() -> f.users.update(Map.of("id", 99), Where.eq("id", f.alice.id())))
                .isInstanceOf(ForeignKeyConstraintException.class)
                .hasMessageContaining("Users");
        assertThat(f.links()).containsExactly(f.alice.id() + "|" + f.dune.id());
    }

    @DialectTest
    void changingALinkedKeyCascadesByDefault(TestTarget target) throws Exception {
        Fixture f = new Fixture(target, as("Favorites").through("UserFavorites"), through("UserFavorites"));

        f.shows.update(Map.of("id", 99), Where.eq("id", f.dune.id()));

        assertThat(f.links()).containsExactly(f.alice.id() + "|99");
    }

    @DialectTest
    void withoutConstraintsTheLinkRowsStay(TestTarget target) throws Exception {
        Fixture f = new Fixture(target, as("Favorites").through("UserFavorites").constraints(false),
                through("UserFavorites").constraints(false));

        f.shows.destroy(f.dune);

        assertThat(f.db.describe().table("UserFavorites").orElseThrow().foreignKeys()).isEmpty();
        assertThat(f.links()).containsExactly(f.alice.id() + "|" + f.dune.id());
        assertThat(f.favorites.get(f.alice)).as("the join finds no show for the orphaned link").isEmpty();
        assertThat(f.favorites.count(f.alice)).isZero();
    }

    @DialectTest
    void setNullOnAJoinKeyIsRefusedAndTheOtherSideStillWorks(TestTarget target) throws Exception {
        Junction db = target.open();
        RawSql raw = new RawSql(target, db);
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);
        BelongsToMany<User, Show> favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites"));

        assertThatThrownBy(() -> shows.belongsToMany(users, through("UserFavorites")
                .onDelete(ReferentialAction.SET_NULL)))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Join model UserFavorites")
                .hasMessageContaining("Show.belongsToMany(User, as 'Users')")
                .hasMessageContaining("onDelete(SET_NULL)")
                .hasMessageContaining("'ShowId' is NOT NULL");

        db.sync();
        User alice = users.create(new User(null, "alice"));
        Show dune = shows.create(new Show(null, "Dune"));
        favorites.add(alice, dune);
        assertThat(shows.associations()).isEmpty();
        assertThat(raw.rows("SELECT {UserId}, {ShowId} FROM {UserFavorites}"))
                .containsExactly(alice.id() + "|" + dune.id());
    }

    @DialectTest
    void setNullIsKeptOnAKeyThatAllowsNull(TestTarget target) throws Exception {
        Viewings v = Viewings.open(target);
        User alice = v.users().create(new User(null, "alice"));
        Show dune = v.shows().create(new Show(null, "Dune"));
        v.watched().add(alice, dune);

        v.shows().destroy(dune);

        assertThat(v.raw().rows("SELECT {UserId}, {ShowId} FROM {Viewings}")).containsExactly(alice.id() + "|null");
        assertThat(v.watched().count(alice)).isZero();
    }

    @DialectTest
    void aSetReplacesALinkWhoseTargetKeyWasSetNull(TestTarget target) throws Exception {
        Viewings v = Viewings.open(target);
        User alice = v.users().create(new User(null, "alice"));
        Show dune = v.shows().create(new Show(null, "Dune"));
        Show arrival = v.shows().create(new Show(null, "Arrival"));
        v.watched().add(alice, dune);
        v.shows().destroy(dune); // alice's link stays, to no show

        v.watched().set(alice, List.of(arrival));

        // The link to no show is one of alice's links: the set replaces it, on every database.
        assertThat(v.raw().rows("SELECT {UserId}, {ShowId} FROM {Viewings}"))
                .containsExactly(alice.id() + "|" + arrival.id());
    }

    /** Users watch shows through non-unique "Viewings" whose show key allows null and is set null with its show. */
    private record Viewings(RawSql raw, Model<User> users, Model<Show> shows, BelongsToMany<User, Show> watched) {
        static Viewings open(TestTarget target) throws Exception {
            Junction db = target.open();
            Model<User> users = db.define(User.class);
            Model<Show> shows = db.define(Show.class);
            Through viewings = Through.of("Viewings").unique(false);
            BelongsToMany<User, Show> watched = users.belongsToMany(shows, as("Watched").through(viewings));
            shows.belongsToMany(users, as("Viewers").through(viewings).foreignKey("ShowId", a -> a.allowNull(true))
                    .onDelete(ReferentialAction.SET_NULL));
            db.sync();
            return new Viewings(new RawSql(target, db), users, shows, watched);
        }
    }
}
