package dev.junction.association;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static dev.junction.query.Include.include;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Models;
import dev.junction.Row;
import dev.junction.UnknownAssociationException;
import dev.junction.UnknownModelException;
import dev.junction.ValidationException;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.schema.Attribute;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/** Typed association keys: declared with in {@code associate} hooks, found again without a string, per database. */
class AssociationKeyTest {
    record Fan(Long id, String username) {
        static final BelongsToManyKey<Fan, Film> FAVORITES = AssociationKey.belongsToMany(Fan.class, "Favorites",
                Film.class);
        static final HasOneKey<Fan, Badge> BADGE = AssociationKey.hasOne(Fan.class, "Badge", Badge.class);

        static void associate(Models models) {
            Model<Fan> fans = models.model(Fan.class);
            fans.belongsToMany(models.model(Film.class), FAVORITES, through("FanFavorites"));
            fans.hasOne(models.model(Badge.class), BADGE);
        }
    }

    record Film(Long id, String title, Long StudioId) {
        /** The alias a belongsToMany to Fan gets anyway: declared with the key, nothing changes. */
        static final BelongsToManyKey<Film, Fan> FANS = AssociationKey.belongsToMany(Film.class, "Fans", Fan.class);
        static final BelongsToKey<Film, Studio> STUDIO = AssociationKey.belongsTo(Film.class, "Studio", Studio.class);
        static final BelongsToKey<Film, Studio> DISTRIBUTOR = AssociationKey.belongsTo(Film.class, "Distributor",
                Studio.class);

        static void associate(Models models) {
            Model<Film> films = models.model(Film.class);
            films.belongsToMany(models.model(Fan.class), FANS, through("FanFavorites"));
            films.belongsTo(models.model(Studio.class), STUDIO);
            films.belongsTo(models.model(Studio.class), DISTRIBUTOR);
        }
    }

    record Studio(Long id, String name) {
        static final HasManyKey<Studio, Film> FILMS = AssociationKey.hasMany(Studio.class, "Films", Film.class);

        static void associate(Models models) {
            models.model(Studio.class).hasMany(models.model(Film.class), FILMS);
        }
    }

    record Badge(Long id, String label, Long FanId) { }

    private static Junction town(Junction db) {
        db.defineAll(Fan.class, Film.class, Studio.class, Badge.class);
        db.sync();
        return db;
    }

    @DialectTest
    void hooksDeclareWithKeysAndCodeFindsTheAssociationsTypedByThem(TestTarget target) {
        Junction db = town(target.open());
        Model<Fan> fans = db.model(Fan.class);
        BelongsToMany<Fan, Film> favorites = db.association(Fan.FAVORITES);
        BelongsToMany<Film, Fan> fansOf = db.model(Film.class).association(Film.FANS);
        HasMany<Studio, Film> films = db.association(Studio.FILMS);
        BelongsTo<Film, Studio> distributor = db.association(Film.DISTRIBUTOR);
        HasOne<Fan, Badge> badge = fans.association(Fan.BADGE);

        assertThat(favorites).isSameAs(fans.belongsToMany("Favorites", Film.class));
        assertThat(fansOf.as()).isEqualTo("Fans");
        assertThat(films.as()).isEqualTo("Films");
        assertThat(badge.foreignKey()).isEqualTo("FanId");
        assertThat(distributor.foreignKey()).isEqualTo("DistributorId");
        assertThat(db.association(Film.STUDIO).foreignKey()).isEqualTo("StudioId");
        assertThat(favorites.through().definition().attributes().stream().map(Attribute::name))
                .contains("FanId", "FilmId");

        Studio ghibli = db.model(Studio.class).create(new Studio(null, "Ghibli"));
        Film totoro = db.model(Film.class).create(new Film(null, "Totoro", ghibli.id()));
        Fan alice = fans.create(new Fan(null, "alice"));
        favorites.add(alice, totoro);
        List<Loaded<Fan>> loaded = fans.findAll(Query.all(), include(favorites).include(include(fansOf)));
        assertThat(loaded.get(0).get(favorites)).containsExactly(totoro);
        assertThat(loaded.get(0).loaded(favorites).get(0).get(fansOf)).containsExactly(alice);
        assertThat(films.get(ghibli)).containsExactly(totoro);
    }

    @DialectTest
    void twoJunctionsResolveOneKeyEachToItsOwnAssociation(TestTarget target) {
        Junction first = town(target.open());
        try (Junction second = town(Junction.open())) {
            BelongsToMany<Fan, Film> here = first.association(Fan.FAVORITES);
            BelongsToMany<Fan, Film> there = second.association(Fan.FAVORITES);
            assertThat(here).isNotSameAs(there);
            assertThat(here.source()).isSameAs(first.model(Fan.class));
            assertThat(there.source()).isSameAs(second.model(Fan.class));

            Fan alice = first.model(Fan.class).create(new Fan(null, "alice"));
            Film dune = first.model(Film.class).create(new Film(null, "Dune", null));
            Fan bob = second.model(Fan.class).create(new Fan(null, "bob"));
            Film solaris = second.model(Film.class).create(new Film(null, "Solaris", null));
            here.add(alice, dune);
            there.add(bob, solaris);

            assertThat(first.association(Fan.FAVORITES).get(alice)).containsExactly(dune);
            assertThat(second.association(Fan.FAVORITES).get(bob)).containsExactly(solaris);
            assertThat(first.model("FanFavorites").count()).isEqualTo(1);
            assertThat(second.model("FanFavorites").count()).isEqualTo(1);
        }
    }

    @DialectTest
    void anUndeclaredKeyIsAnUnknownAssociationNamingModelAndAlias(TestTarget target) {
        Junction db = town(target.open());
        BelongsToManyKey<Fan, Film> typo = AssociationKey.belongsToMany(Fan.class, "Favourites", Film.class);
        assertThatThrownBy(() -> db.association(typo))
                .isInstanceOf(UnknownAssociationException.class)
                .hasMessageContaining("Model Fan has no association 'Favourites'")
                .hasMessageContaining("Favorites");
        assertThatThrownBy(() -> db.model(Fan.class).association(typo))
                .isInstanceOf(UnknownAssociationException.class).hasMessageContaining("Favourites");
        record Stranger(Long id) { }
        HasManyKey<Stranger, Fan> stranger = AssociationKey.hasMany(Stranger.class, "Fans", Fan.class);
        assertThatThrownBy(() -> db.association(stranger)).isInstanceOf(UnknownModelException.class)
                .hasMessageContaining("Stranger");
    }

    @DialectTest
    void aKeyOfAnotherKindOrTargetThanDeclaredIsADefinitionException(TestTarget target) {
        Junction db = town(target.open());
        HasManyKey<Fan, Film> otherKind = AssociationKey.hasMany(Fan.class, "Favorites", Film.class);
        assertThatThrownBy(() -> db.association(otherKind)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Fan.Favorites (hasMany Film)")
                .hasMessageContaining("a belongsToMany to Film");
        BelongsToManyKey<Fan, Badge> otherTarget = AssociationKey.belongsToMany(Fan.class, "Favorites", Badge.class);
        assertThatThrownBy(() -> db.association(otherTarget)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Fan.Favorites (belongsToMany Badge)");
    }

    @DialectTest
    @SuppressWarnings({"unchecked", "rawtypes"})
    void declaringWithAKeyRefusesAnotherAliasOtherModelsAndNull(TestTarget target) {
        Junction db = town(target.open());
        Model<Fan> fans = db.model(Fan.class);
        Model<Film> films = db.model(Film.class);
        BelongsToManyKey<Fan, Film> watched = AssociationKey.belongsToMany(Fan.class, "Watched", Film.class);
        assertThatThrownBy(() -> fans.belongsToMany(films, watched, as("Seen").through("Seen")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Fan.belongsToMany(Film, Fan.Watched (belongsToMany Film))")
                .hasMessageContaining("as(\"Seen\")");
        BelongsToManyKey wrong = watched;
        assertThatThrownBy(() -> films.belongsToMany(fans, wrong, through("Seen")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("the key is for Fan → Film");
        assertThatThrownBy(() -> fans.belongsToMany(films, (BelongsToManyKey<Fan, Film>) null, through("Seen")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("key must not be null");
        assertThat(fans.associations()).extracting(Association::as).containsExactly("Favorites", "Badge");

        assertThat(fans.belongsToMany(films, watched, as("Watched").through("Seen")).as()).isEqualTo("Watched");
        assertThat(fans.association(watched).through().name()).isEqualTo("Seen");
    }

    @DialectTest
    void aKeyNamesModelClassesAndAnAlias(TestTarget target) {
        assertThatThrownBy(() -> AssociationKey.belongsToMany(Row.class, "Favorites", Film.class))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("Row.class");
        assertThatThrownBy(() -> AssociationKey.hasMany(Fan.class, " ", Film.class))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("as must not be blank");
        assertThatThrownBy(() -> AssociationKey.belongsTo(Fan.class, "Studio", null))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("target must not be null");
        assertThat(Fan.FAVORITES).isEqualTo(AssociationKey.belongsToMany(Fan.class, "Favorites", Film.class))
                .isNotEqualTo(AssociationKey.hasMany(Fan.class, "Favorites", Film.class))
                .hasToString("Fan.Favorites (belongsToMany Film)");
        Junction db = town(target.open());
        assertThatThrownBy(() -> db.association((BelongsToManyKey<Fan, Film>) null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("key must not be null");
        assertThatThrownBy(() -> db.model(Fan.class).association((BelongsToManyKey<Fan, Film>) null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("key must not be null");
    }
}
