package dev.junction.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.UniqueConstraintException;
import dev.junction.annotation.Column;
import dev.junction.annotation.Timestamps;
import dev.junction.annotation.Underscored;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ModelDefinition;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/** {@code @Timestamps}, {@code @Underscored} and {@code @Column(uniqueGroup)}: model options said on the class. */
class ModelAnnotationsTest {
    @Timestamps(false)
    record Tag(Long id, String name) {
    }

    @Underscored
    record SandcastleType(Long id, String firstName) {
    }

    @Underscored
    @Timestamps(false)
    record LifeguardPost(Long id, String postName) {
    }

    @Timestamps(false)
    record Seat(Long id, @Column(uniqueGroup = "row_number") String row, @Column(uniqueGroup = "row_number")
            Integer number) {
    }

    private static List<String> columns(Junction db, String table) {
        return db.describe().table(table).orElseThrow().columns().stream().map(DatabaseSchema.Column::name).toList();
    }

    @DialectTest
    void timestampsFalseLeavesOutCreatedAtAndUpdatedAt(TestTarget target) {
        Junction db = target.open();
        db.define(Tag.class);
        db.sync();

        assertThat(columns(db, "Tags")).containsExactly("id", "name");
    }

    @DialectTest
    void underscoredNamesTheTableAndColumnsInSnakeCase(TestTarget target) {
        Junction db = target.open();
        db.defineAll(SandcastleType.class, LifeguardPost.class);
        db.sync();

        assertThat(columns(db, "sandcastle_types")).containsExactly("id", "first_name", "created_at", "updated_at");
        assertThat(columns(db, "lifeguard_posts")).containsExactly("id", "post_name");
    }

    @DialectTest
    void optionsInCodeWinOverTheAnnotations(TestTarget target) {
        Junction db = target.open();
        ModelDefinition tag = db.define(Tag.class, m -> m.timestamps(true).underscored(true)).definition();

        assertThat(tag.timestamps()).isTrue();
        assertThat(tag.underscored()).isTrue();
    }

    @DialectTest
    void uniqueGroupMakesTheColumnsUniqueTogether(TestTarget target) {
        Junction db = target.open();
        Model<Seat> seats = db.define(Seat.class);
        db.sync();
        seats.create(new Seat(null, "A", 1));
        seats.create(new Seat(null, "A", 2));
        seats.create(new Seat(null, "B", 1));

        assertThat(seats.definition().uniqueKeys()).singleElement()
                .satisfies(k -> assertThat(k.columns()).containsExactly("row", "number"));
        assertThatThrownBy(() -> seats.create(new Seat(null, "A", 1))).isInstanceOf(UniqueConstraintException.class);
        assertThat(db.check().matches()).isTrue();
    }
}
