package dev.junction.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.ValidationException;
import dev.junction.annotation.Id;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.UUID;

/** Generated, natural and composite primary keys. */
class PrimaryKeyTest {
    record Show(Long id, String title) {
    }

    record Episode(Integer id, String title) {
    }

    record Token(UUID id, String label) {
    }

    record Country(@Id String code, String name) {
    }

    record Membership(@Id Long userId, @Id Long groupId, String role) {
    }

    private static <T> Model<T> define(Junction db, Class<T> type) {
        Model<T> model = db.define(type);
        db.sync();
        return model;
    }

    @DialectTest
    void longIdIsGeneratedByDefault(TestTarget target) {
        Model<Show> shows = define(target.open(), Show.class);
        assertThat(shows.definition().generatedKey()).isPresent();
        Show dune = shows.create(new Show(null, "Dune"));
        Show arrival = shows.create(new Show(null, "Arrival"));
        assertThat(dune.id()).isNotNull();
        assertThat(arrival.id()).isGreaterThan(dune.id());
        assertThat(shows.findByPk(arrival.id())).contains(arrival);
    }

    @DialectTest
    void integerIdIsGeneratedByDefault(TestTarget target) {
        Model<Episode> episodes = define(target.open(), Episode.class);
        Episode pilot = episodes.create(new Episode(null, "Pilot"));
        assertThat(pilot.id()).isInstanceOf(Integer.class).isNotNull();
        assertThat(episodes.findByPk(pilot.id())).contains(pilot);
    }

    @DialectTest
    void uuidKeyIsGeneratedWhenNull(TestTarget target) {
        Model<Token> tokens = define(target.open(), Token.class);
        Token first = tokens.create(new Token(null, "first"));
        Token second = tokens.create(new Token(null, "second"));
        assertThat(first.id()).isNotNull().isNotEqualTo(second.id());
        assertThat(tokens.findByPk(first.id())).contains(first);
    }

    @DialectTest
    void givenUuidKeyIsKept(TestTarget target) {
        Model<Token> tokens = define(target.open(), Token.class);
        UUID id = UUID.fromString("00000000-0000-4000-8000-000000000001");
        assertThat(tokens.create(new Token(id, "fixed")).id()).isEqualTo(id);
        assertThat(tokens.findByPk(id.toString())).contains(new Token(id, "fixed"));
    }

    @DialectTest
    void naturalStringKeyIsWhatTheInstanceSays(TestTarget target) {
        Model<Country> countries = define(target.open(), Country.class);
        assertThat(countries.definition().generatedKey()).isEmpty();
        countries.create(new Country("NL", "Netherlands"));
        countries.create(new Country("BE", "Belgium"));
        assertThat(countries.findByPk("NL")).contains(new Country("NL", "Netherlands"));
        assertThat(countries.update(new Country("BE", "België"))).isEqualTo(new Country("BE", "België"));
        assertThat(countries.findByPk("BE").orElseThrow().name()).isEqualTo("België");
    }

    @DialectTest
    void compositeKeyIsFoundUpdatedAndDestroyedByBothParts(TestTarget target) {
        Junction db = target.open();
        Model<Membership> memberships = define(db, Membership.class);
        assertThat(db.describe().table("Memberships").orElseThrow().primaryKey())
                .containsExactly("userId", "groupId");
        memberships.create(new Membership(1L, 2L, "member"));
        memberships.create(new Membership(1L, 3L, "owner"));
        memberships.create(new Membership(2L, 2L, "member"));

        assertThat(memberships.findByPk(1L, 3L)).contains(new Membership(1L, 3L, "owner"));
        assertThat(memberships.findByPk(1, 2)).contains(new Membership(1L, 2L, "member"));
        assertThat(memberships.findByPk(3L, 1L)).isEmpty();

        memberships.update(new Membership(1L, 2L, "admin"));
        assertThat(memberships.findByPk(1L, 2L).orElseThrow().role()).isEqualTo("admin");
        assertThat(memberships.findByPk(2L, 2L).orElseThrow().role()).isEqualTo("member");

        assertThat(memberships.destroy(new Membership(1L, 3L, null))).isTrue();
        assertThat(memberships.findByPk(1L, 3L)).isEmpty();
        assertThat(memberships.count()).isEqualTo(2);
    }

    @DialectTest
    void generatedKeyGivenExplicitlyIsKept(TestTarget target) {
        Model<Show> shows = define(target.open(), Show.class);
        Show given = shows.create(new Show(42L, "Given"));
        assertThat(given.id()).isEqualTo(42L);
        assertThat(shows.findByPk(42L)).contains(given);
        Show generated = shows.create(new Show(null, "Generated"));
        assertThat(generated.id()).isNotNull().isNotEqualTo(42L);
        assertThat(shows.count()).isEqualTo(2);
    }

    @DialectTest
    void findByPkNeedsOneValuePerKeyPart(TestTarget target) {
        Model<Membership> memberships = define(target.open(), Membership.class);
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> memberships.findByPk(1L));
        assertThat(e.model()).isEqualTo("Membership");
        assertThat(e).hasMessageContaining("userId").hasMessageContaining("groupId");
    }

    @DialectTest
    void findByPkWithAKeyOfTheWrongTypeNamesTheKey(TestTarget target) {
        Model<Show> shows = define(target.open(), Show.class);
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> shows.findByPk("one"));
        assertThat(e.model()).isEqualTo("Show");
        assertThat(e.attribute()).isEqualTo("id");
        assertThat(e).hasMessageContaining("one");
    }
}
