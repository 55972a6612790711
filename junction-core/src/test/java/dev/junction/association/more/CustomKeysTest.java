package dev.junction.association.more;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.annotation.Column;
import dev.junction.annotation.Id;
import dev.junction.association.BelongsToMany;
import dev.junction.schema.DatabaseSchema;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.util.List;

/** Links made by unique non-key columns ({@code sourceKey}/{@code targetKey}) instead of primary keys. */
class CustomKeysTest {
    record User(Long id, @Column(unique = true, allowNull = false, length = 40) String username, String nickname) { }

    record Show(Long id, @Column(unique = true, allowNull = false, length = 20) String code, String title) { }

    /** A target with a composite key and one unique column. */
    record Episode(@Id Long showId, @Id Integer number, @Column(unique = true, length = 20) String code) { }

    /** Users and shows linked by username and code through UserFavorites, synced, with alice, bob, dune, arrival. */
    private static final class Fixture {
        final Junction db;
        final RawSql raw;
        final Model<User> users;
        final Model<Show> shows;
        final BelongsToMany<User, Show> favorites;
        final BelongsToMany<Show, User> fans;
        final User alice;
        final User bob;
        final Show dune;
        final Show arrival;

        Fixture(TestTarget target) {
            db = target.open();
            raw = new RawSql(target, db);
            users = db.define(User.class);
            shows = db.define(Show.class);
            favorites = users.belongsToMany(shows, as("Favorites").through("UserFavorites")
                    .sourceKey("username").targetKey("code"));
            fans = shows.belongsToMany(users, through("UserFavorites").sourceKey("code").targetKey("username"));
            db.sync();
            alice = users.create(new User(null, "alice", null));
            bob = users.create(new User(null, "bob", null));
            dune = shows.create(new Show(null, "DUNE-1984", "Dune"));
            arrival = shows.create(new Show(null, "ARRIVAL", "Arrival"));
        }

        List<String> links() throws Exception {
            return raw.rows("SELECT {UserUsername}, {ShowCode} FROM {UserFavorites}"
                    + " ORDER BY {UserUsername}, {ShowCode}");
        }
    }

    @DialectTest
    void keysAreNamedAfterTheKeyColumns(TestTarget target) {
        Fixture f = new Fixture(target);

        assertThat(f.favorites.foreignKey()).isEqualTo("UserUsername");
        assertThat(f.favorites.otherKey()).isEqualTo("ShowCode");
        assertThat(f.fans.foreignKey()).isEqualTo("ShowCode");
        assertThat(f.fans.otherKey()).isEqualTo("UserUsername");
    }

    @DialectTest
    void foreignKeysReferTheUniqueColumns(TestTarget target) {
        Fixture f = new Fixture(target);

        DatabaseSchema.Table table = f.db.describe().table("UserFavorites").orElseThrow();
        assertThat(table.primaryKey()).containsExactly("UserUsername", "ShowCode");
        DatabaseSchema.ForeignKey toUsers = table.foreignKey(List.of("UserUsername")).orElseThrow();
        assertThat(toUsers.referencedTable()).isEqualTo("Users");
        assertThat(toUsers.referencedColumns()).containsExactly("username");
        DatabaseSchema.ForeignKey toShows = table.foreignKey(List.of("ShowCode")).orElseThrow();
        assertThat(toShows.referencedTable()).isEqualTo("Shows");
        assertThat(toShows.referencedColumns()).containsExactly("code");
    }

    @DialectTest
    void theJoinTableHoldsTheUniqueValues(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);

        f.favorites.add(f.alice, f.dune, f.arrival);
        f.fans.add(f.dune, f.bob);

        assertThat(f.links()).containsExactly("alice|ARRIVAL", "alice|DUNE-1984", "bob|DUNE-1984");
    }

    @DialectTest
    void accessorsTakeInstancesOrTheUniqueValues(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);

        f.favorites.add(f.alice, "ARRIVAL");
        f.favorites.add(f.alice, f.dune);

        assertThat(f.favorites.get(f.alice)).containsExactlyInAnyOrder(f.dune, f.arrival);
        assertThat(f.favorites.count(f.alice)).isEqualTo(2);
        assertThat(f.favorites.has(f.alice, "DUNE-1984", f.arrival)).isTrue();
        assertThat(f.fans.get(f.dune)).containsExactly(f.alice);
        f.favorites.set(f.alice, List.of("DUNE-1984"));
        assertThat(f.links()).containsExactly("alice|DUNE-1984");
        f.favorites.remove(f.alice, "DUNE-1984");
        assertThat(f.links()).isEmpty();
    }

    @DialectTest
    void changingAUniqueValueCascadesToItsLinks(TestTarget target) throws Exception {
        Fixture f = new Fixture(target);
        f.favorites.add(f.alice, f.dune);

        User alicia = f.users.update(new User(f.alice.id(), "alicia", null));

        assertThat(f.links()).containsExactly("alicia|DUNE-1984");
        assertThat(f.favorites.get(alicia)).containsExactly(f.dune);
    }

    @DialectTest
    void aNonUniqueSourceKeyIsRefused(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);

        assertThatThrownBy(() -> users.belongsToMany(shows, as("Favorites").through("UserFavorites")
                .sourceKey("nickname")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("User.Favorites")
                .hasMessageContaining("sourceKey")
                .hasMessageContaining("'nickname' must be unique");
    }

    @DialectTest
    void aNonUniqueTargetKeyIsRefused(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);

        assertThatThrownBy(() -> shows.belongsToMany(users, through("UserFavorites").targetKey("nickname")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Show.Users")
                .hasMessageContaining("targetKey")
                .hasMessageContaining("'nickname' must be unique in User");
    }

    @DialectTest
    void aSourceKeyThatIsNoAttributeIsRefused(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Show> shows = db.define(Show.class);

        assertThatThrownBy(() -> users.belongsToMany(shows, as("Favorites").through("UserFavorites")
                .sourceKey("email")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("sourceKey")
                .hasMessageContaining("'email' is not an attribute of User");
    }

    @DialectTest
    void aCompositeKeyTargetWithoutTargetKeyIsRefused(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Episode> episodes = db.define(Episode.class);

        assertThatThrownBy(() -> users.belongsToMany(episodes, as("Watched").through("Watches")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("User.Watched")
                .hasMessageContaining("Episode has a composite key [showId, number]")
                .hasMessageContaining("targetKey");
    }

    @DialectTest
    void aCompositeKeyTargetIsLinkedByItsTargetKey(TestTarget target) throws Exception {
        Junction db = target.open();
        RawSql raw = new RawSql(target, db);
        Model<User> users = db.define(User.class);
        Model<Episode> episodes = db.define(Episode.class);
        BelongsToMany<User, Episode> watched = users.belongsToMany(episodes, as("Watched").through("Watches")
                .targetKey("code"));
        db.sync();
        User alice = users.create(new User(null, "alice", null));
        Episode pilot = episodes.create(new Episode(1L, 1, "S01E01"));

        watched.add(alice, pilot);

        assertThat(watched.otherKey()).isEqualTo("EpisodeCode");
        assertThat(raw.rows("SELECT {UserId}, {EpisodeCode} FROM {Watches}"))
                .containsExactly(alice.id() + "|S01E01");
        assertThat(watched.get(alice)).containsExactly(pilot);
    }

    @DialectTest
    void aCompositeKeySourceWithoutSourceKeyIsRefused(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Episode> episodes = db.define(Episode.class);

        assertThatThrownBy(() -> episodes.belongsToMany(users, as("Viewers").through("Watches")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Episode.Viewers")
                .hasMessageContaining("Episode has a composite key [showId, number]")
                .hasMessageContaining("sourceKey");
    }
}
