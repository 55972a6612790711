package dev.junction.model;

import static dev.junction.association.Associations.as;
import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;
import dev.junction.schema.DataType;
import dev.junction.schema.ModelDefinition;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;

/**
 * Names with letters outside the Basic Multilingual Plane (𠮷, U+20BB7, is a letter of Japanese names): where the
 * database takes them they work end to end; MariaDB, whose data dictionary cannot hold them, has them refused by
 * {@code define}, before anything reaches the database.
 */
class SupplementaryIdentifiersTest {
    private static final String TABLE = "𠮷野家";
    private static final String COLUMN = "𠮷田";

    @DialectTest
    void tableAndColumnNamesOutsideTheBmpWorkOrAreRefusedWhenDefined(TestTarget target) {
        Junction db = target.open();
        if (target.backend() == Backend.MARIADB) {
            assertThatThrownBy(() -> db.define("Shop", m -> m.tableName(TABLE)))
                    .isInstanceOf(DefinitionException.class).hasMessageContaining("Shop").hasMessageContaining(TABLE)
                    .hasMessageContaining("Basic Multilingual Plane");
            assertThatThrownBy(() -> db.define("Staff", m -> m.attribute(COLUMN, DataType.integer())))
                    .isInstanceOf(DefinitionException.class).hasMessageContaining("Staff")
                    .hasMessageContaining(COLUMN);
            assertThat(db.definitions()).isEmpty();
            return;
        }
        Model<Row> shops = db.define("Shop", m -> m.tableName(TABLE).attribute(COLUMN, DataType.string(20))
                .timestamps(false));
        db.sync();
        long id = shops.create(Row.of(COLUMN, "🦀")).getLong("id");

        assertThat(shops.findOne(eq(COLUMN, "🦀")).orElseThrow().getLong("id")).isEqualTo(id);
        assertThat(db.describe().table(TABLE).orElseThrow().column(COLUMN)).isPresent();
    }

    @DialectTest
    void joinTableAndKeyNamesOutsideTheBmpWorkOrAreRefusedWhenDeclared(TestTarget target) {
        Junction db = target.open();
        Model<Row> users = db.define("User", m -> m.attribute("name", DataType.string(20)));
        Model<Row> shows = db.define("Show", m -> m.attribute("title", DataType.string(20)));
        if (target.backend() == Backend.MARIADB) {
            assertThatThrownBy(() -> users.belongsToMany(shows, as("Seen").through(TABLE)))
                    .isInstanceOf(DefinitionException.class).hasMessageContaining(TABLE);
            assertThatThrownBy(() -> users.belongsToMany(shows, as("Kept").through("Keeps").foreignKey(COLUMN)))
                    .isInstanceOf(DefinitionException.class).hasMessageContaining(COLUMN);
            assertThat(db.definitions()).extracting(ModelDefinition::name).containsExactly("User", "Show");
            db.sync();
            assertThat(db.describe().tables()).extracting(t -> t.name()).containsExactlyInAnyOrder("Users", "Shows");
            return;
        }
        BelongsToMany<Row, Row> seen = users.belongsToMany(shows, as("Seen").through(TABLE).foreignKey(COLUMN));
        db.sync();
        Row ann = users.create(Row.of("name", "ann"));
        Row dune = shows.create(Row.of("title", "Dune"));
        seen.add(ann, dune);

        assertThat(seen.get(ann)).extracting(r -> r.getString("title")).containsExactly("Dune");
        assertThat(db.describe().table(TABLE).orElseThrow().column(COLUMN)).isPresent();
    }
}
