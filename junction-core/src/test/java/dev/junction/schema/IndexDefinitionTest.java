package dev.junction.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.annotation.Index;
import dev.junction.schema.internal.Identifiers;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code ModelSpec.index(…)} and {@code @Index}: names as Sequelize gives them (or as given), fitted to the
 * database's identifier limit, and every mistake a {@link DefinitionException} naming model and index.
 */
class IndexDefinitionTest {

    @Index({"town", "name"})
    @Index(name = "pier_by_length", value = "length")
    record Pier(Long id, String town, String name, Integer length) {
    }

    /** Beach(town, name, UserId) with {@code more} declared. */
    private static ModelDefinition beach(Junction db, Consumer<ModelSpec> more) {
        return db.define("Beach", m -> {
            m.attribute("town", DataType.string(40)).attribute("name", DataType.string(40), a -> a.unique())
                    .attribute("UserId", DataType.integer());
            more.accept(m);
        }).definition();
    }

    private static void refused(TestTarget target, Consumer<ModelSpec> more, String... fragments) {
        Junction db = target.open();
        assertThatThrownBy(() -> beach(db, more)).isInstanceOf(DefinitionException.class)
                .hasMessageContainingAll(fragments);
    }

    @DialectTest
    void theDefaultNameIsSequelizes(TestTarget target) {
        ModelDefinition beach = beach(target.open(), m -> m.index("UserId", "name"));

        assertThat(beach.indexes()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("beaches__user_id_name");
            assertThat(i.columns()).containsExactly("UserId", "name");
            assertThat(i.attributes()).extracting(Attribute::name).containsExactly("UserId", "name");
        });
    }

    @DialectTest
    void anUnderscoredModelsDefaultNameUsesItsColumns(TestTarget target) {
        ModelDefinition beach = target.open().define("Beach", m -> m.underscored(true)
                .attribute("homeTown", DataType.string(40)).index("homeTown")).definition();

        assertThat(beach.indexes()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("beaches_home_town");
            assertThat(i.columns()).containsExactly("home_town");
        });
    }

    @DialectTest
    void aGivenNameIsKept(TestTarget target) {
        ModelDefinition beach = beach(target.open(), m -> m.index("by_town", List.of("town")).index("name", "town"));

        assertThat(beach.indexes()).extracting(ModelDefinition.Index::name)
                .containsExactly("by_town", "beaches_name_town");
    }

    @DialectTest
    void aLongDefaultNameIsShortenedWithAStableHashAndTheDatabaseTakesIt(TestTarget target) {
        Junction db = target.open();
        int limit = db.dialect().identifierLimit();
        int length = Math.min(limit, 200); // six columns this long make a name beyond every limit (SQLite: 1024)
        List<String> columns = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> ((char) ('a' + i) + "_lifeguard_station_on_the_northern_end_of_the_beach".repeat(5))
                        .substring(0, length)).toList();
        Consumer<ModelSpec> spec = m -> {
            columns.forEach(c -> m.attribute(c, DataType.integer()));
            m.index(columns.toArray(String[]::new));
        };

        String name = beach(db, spec).indexes().get(0).name();
        db.sync();

        assertThat(Identifiers.length(name)).isLessThanOrEqualTo(limit);
        assertThat(name).startsWith("beaches_a_lifeguard").matches(".*_[0-9a-f]{8}");
        assertThat(beach(target.open(), spec).indexes().get(0).name()).isEqualTo(name);
        assertThat(db.describe().table("Beaches").orElseThrow().indexes()).extracting(DatabaseSchema.Index::name)
                .containsExactly(name);
    }

    @DialectTest
    void annotationsDeclareIndexesOnAClass(TestTarget target) {
        Junction db = target.open();
        ModelDefinition pier = db.define(Pier.class).definition();
        db.sync();

        assertThat(pier.indexes()).extracting(ModelDefinition.Index::name)
                .containsExactly("piers_town_name", "pier_by_length");
        assertThat(db.describe().table("Piers").orElseThrow().indexes()).extracting(DatabaseSchema.Index::name)
                .containsExactlyInAnyOrder("piers_town_name", "pier_by_length");
    }

    @DialectTest
    void anUnknownAttributeIsRefused(TestTarget target) {
        refused(target, m -> m.index("town", "nmae"), "Model Beach", "index on [town, nmae]", "no attribute 'nmae'");
        refused(target, m -> m.index("by_name", List.of("nmae")), "Model Beach, index 'by_name'",
                "no attribute 'nmae'");
    }

    @DialectTest
    void anIndexWithoutAttributesIsRefused(TestTarget target) {
        refused(target, m -> m.index(), "Model Beach, an index lists no attribute");
        refused(target, m -> m.index("empty", List.of()), "Model Beach, index 'empty' lists no attribute");
    }

    @DialectTest
    void aNameUsedTwiceIsRefused(TestTarget target) {
        refused(target, m -> m.index("by_town", List.of("town")).index("BY_TOWN", List.of("name")),
                "Model Beach declares index 'BY_TOWN' twice");
        refused(target, m -> m.index("town").index("beaches_town", List.of("name")),
                "Model Beach declares index 'beaches_town' twice");
    }

    @DialectTest
    void aNameAnotherModelGaveItsIndexIsRefused(TestTarget target) {
        Junction db = target.open();
        db.define("Pier", m -> m.attribute("name", DataType.string(40)).index("by_name", List.of("name")));

        assertThatThrownBy(() -> beach(db, m -> m.index("BY_NAME", List.of("name"))))
                .isInstanceOf(DefinitionException.class)
                .hasMessage("Model Beach, index 'BY_NAME': model Pier already has an index of that name");
        assertThat(db.definitions()).extracting(ModelDefinition::name).containsExactly("Pier");
    }

    @DialectTest
    void theNameOfAUniqueConstraintIsRefused(TestTarget target) {
        refused(target, m -> m.index("Beaches_name_key", List.of("town")),
                "Model Beach, index 'Beaches_name_key': a unique constraint of the model has that name");
    }

    @DialectTest
    void twoIndexesOnTheSameAttributesAreRefused(TestTarget target) {
        refused(target, m -> m.index("town", "name").index("again", List.of("town", "name")),
                "Model Beach, index 'again' indexes the same attributes as index 'beaches_town_name'");
    }

    @DialectTest
    void anAttributeListedTwiceIsRefused(TestTarget target) {
        refused(target, m -> m.index("town", "town"), "Model Beach, index on [town, town] lists attribute 'town'"
                + " twice");
    }

    @DialectTest
    void anInvalidOrTooLongNameIsRefused(TestTarget target) {
        refused(target, m -> m.index("by town", List.of("town")), "Model Beach, index 'by town', name",
                "not a valid identifier");
        int limit = target.open().dialect().identifierLimit();
        refused(target, m -> m.index("x".repeat(limit + 1), List.of("town")), "Model Beach, index 'xxx",
                "this database allows at most " + limit);
    }

    @DialectTest
    void nullArgumentsAreRefused(TestTarget target) {
        refused(target, m -> m.index((String[]) null), "ModelSpec.index: attributes must not be null");
        refused(target, m -> m.index("town", null), "ModelSpec.index: attributes must not be null");
        refused(target, m -> m.index(null, List.of("town")), "ModelSpec.index: name must not be null");
    }
}
