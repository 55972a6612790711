package dev.junction.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.schema.internal.Naming;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sequelize's naming rules, which do not depend on the database. */
class NamingTest {
    @ParameterizedTest(name = "{0} ↔ {1}")
    @CsvSource({"User,Users", "Person,People", "Category,Categories", "SandcastleType,SandcastleTypes",
            "Follower,Followers", "Beach,Beaches", "Show,Shows", "Lifeguard,Lifeguards", "Wife,Wives",
            "Leaf,Leaves", "Box,Boxes", "Child,Children", "Salesman,Salesmen", "Viewing,Viewings"})
    void pluralAndSingularAreInverse(String singular, String plural) {
        assertThat(Naming.plural(singular)).isEqualTo(plural);
        assertThat(Naming.singular(plural)).isEqualTo(singular);
    }

    @ParameterizedTest(name = "{0} stays {0}")
    @CsvSource({"Users", "Viewings", "UserFavorites", "ItemTags", "Species", "Photos"})
    void aNameThatIsAlreadyPluralIsKept(String plural) {
        assertThat(Naming.plural(plural)).isEqualTo(plural);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Class,Classes", "Status,Statuses", "Bus,Buses", "Alias,Aliases", "Analysis,Analyses"})
    void aSingularEndingInSIsStillPluralised(String singular, String plural) {
        assertThat(Naming.plural(singular)).isEqualTo(plural);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"firstName,first_name", "createdAt,created_at", "UserId,user_id",
            "SandcastleTypeId,sandcastle_type_id", "id,id", "address2Line,address2_line", "_Hidden,_hidden"})
    void underscoreMakesSnakeCase(String name, String snake) {
        assertThat(Naming.underscore(name)).isEqualTo(snake);
    }

    /** Sequelize's inflector puts an underscore before every capital, so it spells acronyms letter by letter. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"HTMLPage,h_t_m_l_page", "userID,user_i_d"})
    void underscoreSplitsAcronymsAsSequelizeDoes(String name, String snake) {
        assertThat(Naming.underscore(name)).isEqualTo(snake);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Lifeguard,lifeguards", "SandcastleType,sandcastle_types", "Beach,beaches", "Person,people",
            "UserFavorites,user_favorites"})
    void anUnderscoredTableIsTheSnakeCasePlural(String model, String table) {
        assertThat(Naming.tableName(model, true)).isEqualTo(table);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Lifeguard,Lifeguards", "SandcastleType,SandcastleTypes"})
    void aTableIsThePluralOtherwise(String model, String table) {
        assertThat(Naming.tableName(model, false)).isEqualTo(table);
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource({"Town,id,TownId", "home_town,id,homeTownId", "Beach,code,BeachCode",
            "SandcastleType,id,SandcastleTypeId"})
    void aDerivedForeignKeyIsCamelizedAsSequelizeJoinsIt(String stem, String key, String attribute) {
        assertThat(Naming.foreignKeyAttribute(stem, key)).isEqualTo(attribute);
    }
}
