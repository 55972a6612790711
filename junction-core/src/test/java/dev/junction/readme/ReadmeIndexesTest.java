package dev.junction.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.annotation.Index;
import dev.junction.schema.DataType;
import dev.junction.schema.DatabaseSchema;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/** The README's "Indexes" example (Models section), as written there, on every database. */
class ReadmeIndexesTest {

    @Index({"town", "name"})
    record Pier(Long id, String town, String name) { }           // piers_town_name

    @DialectTest
    void theIndexesAreNamedAsTheCommentsSay(TestTarget target) {
        Junction db = target.open();
        db.define("Beach", m -> m
                .attribute("town", DataType.string(40)).attribute("name", DataType.string(40))
                .attribute("UserId", DataType.integer())
                .index("town", "name")                               // beaches_town_name
                .index("UserId")                                     // beaches__user_id, as Sequelize spells it
                .index("beaches_by_name", List.of("name")));
        db.define(Pier.class);

        db.sync();

        DatabaseSchema schema = db.describe();
        assertThat(schema.table("Beaches").orElseThrow().indexes()).extracting(DatabaseSchema.Index::name)
                .containsExactlyInAnyOrder("beaches_town_name", "beaches__user_id", "beaches_by_name");
        assertThat(schema.table("Piers").orElseThrow().indexes()).extracting(DatabaseSchema.Index::name)
                .containsExactly("piers_town_name");
        assertThat(db.check().matches()).isTrue();
    }
}
