package dev.junction.query;

import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.gt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.NotFoundException;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.annotation.Column;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.util.Map;

/** update and destroy, by instance and by filter, and findByPk's key checks, on every dialect. */
class UpdateDestroyTest {
    private static final Instant LONG_AGO = Instant.parse("2001-02-03T04:05:06Z");

    record Note(Long id, @Column(allowNull = false) String title, Integer stars, Instant createdAt,
                Instant updatedAt) {
        Note(String title, Integer stars) {
            this(null, title, stars, null, null);
        }
    }

    private static Model<Note> notes(Junction db) {
        Model<Note> notes = db.define(Note.class);
        db.sync();
        return notes;
    }

    @DialectTest
    void updateRefreshesUpdatedAtAndKeepsCreatedAt(TestTarget target) {
        Model<Note> notes = notes(target.open());
        Note created = notes.create(new Note("todo", 1));
        Note updated = notes.update(new Note(created.id(), "done", 5, LONG_AGO, LONG_AGO));
        Note stored = notes.findByPk(created.id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("done");
        assertThat(stored.stars()).isEqualTo(5);
        assertThat(stored.createdAt()).isEqualTo(created.createdAt());
        assertThat(stored.updatedAt()).isAfterOrEqualTo(created.updatedAt()).isEqualTo(updated.updatedAt());
    }

    @DialectTest
    void updateOfAnUnsavedInstanceIsRejectedBeforeWriting(TestTarget target) {
        Model<Note> notes = notes(target.open());
        notes.create(new Note("kept", 1));
        assertThatThrownBy(() -> notes.update(new Note("never saved", 2)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("Note");
                    assertThat(e.attribute()).isEqualTo("id");
                })
                .hasMessageContaining("Note").hasMessageContaining("not saved");
        assertThat(notes.findAll()).extracting(Note::title).containsExactly("kept");
    }

    @DialectTest
    void updateOfADeletedRowIsNotFound(TestTarget target) {
        Model<Note> notes = notes(target.open());
        Note note = notes.create(new Note("gone", 1));
        notes.destroy(note);
        assertThatThrownBy(() -> notes.update(new Note(note.id(), "back?", 2, null, null)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.model()).isEqualTo("Note"))
                .hasMessageContaining("Note").hasMessageContaining("id=" + note.id());
        assertThat(notes.count()).isZero();
    }

    @DialectTest
    void updateByFilterReturnsTheCountAndSetsUpdatedAt(TestTarget target) {
        Model<Note> notes = notes(target.open());
        Note low = notes.create(new Note("low", 1));
        Note mid = notes.create(new Note("mid", 3));
        Note high = notes.create(new Note("high", 5));
        assertThat(notes.update(Map.of("updatedAt", LONG_AGO), Where.all())).isEqualTo(3);

        assertThat(notes.update(Map.of("stars", 4), gt("stars", 2))).isEqualTo(2);

        Note lowNow = notes.findByPk(low.id()).orElseThrow();
        assertThat(lowNow.stars()).isEqualTo(1);
        assertThat(lowNow.updatedAt()).isEqualTo(LONG_AGO);
        for (Note changed : new Note[] {mid, high}) {
            Note now = notes.findByPk(changed.id()).orElseThrow();
            assertThat(now.stars()).isEqualTo(4);
            assertThat(now.updatedAt()).isAfterOrEqualTo(changed.updatedAt());
            assertThat(now.createdAt()).isEqualTo(changed.createdAt());
        }
        assertThat(notes.update(Map.of("stars", 0), eq("title", "none"))).isZero();
    }

    @DialectTest
    void updateByFilterWithAnUnknownAttributeIsRejected(TestTarget target) {
        Model<Note> notes = notes(target.open());
        notes.create(new Note("todo", 1));
        assertThatThrownBy(() -> notes.update(Map.of("rating", 3), Where.all()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("Note");
                    assertThat(e.attribute()).isEqualTo("rating");
                })
                .hasMessageContaining("Note").hasMessageContaining("'rating'");
        assertThat(notes.findOne(eq("title", "todo")).orElseThrow().stars()).isEqualTo(1);
    }

    @DialectTest
    void destroyOfAnInstanceSaysWhetherItsRowWasThere(TestTarget target) {
        Model<Note> notes = notes(target.open());
        Note note = notes.create(new Note("once", 1));
        Note other = notes.create(new Note("other", 1));
        assertThat(notes.destroy(note)).isTrue();
        assertThat(notes.destroy(note)).isFalse();
        assertThat(notes.findAll()).containsExactly(other);
    }

    @DialectTest
    void destroyByFilterReturnsHowManyRowsWent(TestTarget target) {
        Model<Note> notes = notes(target.open());
        for (int stars = 1; stars <= 5; stars++) {
            notes.create(new Note("n" + stars, stars));
        }
        assertThat(notes.destroy(gt("stars", 3))).isEqualTo(2);
        assertThat(notes.destroy(eq("title", "none"))).isZero();
        assertThat(notes.count()).isEqualTo(3);
        assertThat(notes.destroy(Where.all())).isEqualTo(3);
        assertThat(notes.count()).isZero();
    }

    @DialectTest
    void aMassUpdateWithANullWhereIsRejectedAndChangesNothing(TestTarget target) {
        Model<Note> notes = notes(target.open());
        notes.create(new Note("first", 1));
        notes.create(new Note("second", 2));
        assertThatThrownBy(() -> notes.update(Map.of("stars", 5), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.model()).isEqualTo("Note"))
                .hasMessageContaining("Note.update").hasMessageContaining("Where.all()");
        assertThat(notes.findAll()).extracting(Note::stars).containsExactlyInAnyOrder(1, 2);
    }

    @DialectTest
    void aMassDestroyWithANullWhereIsRejectedAndDeletesNothing(TestTarget target) {
        Model<Note> notes = notes(target.open());
        notes.create(new Note("kept", 1));
        assertThatThrownBy(() -> notes.destroy((Where) null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.model()).isEqualTo("Note"))
                .hasMessageContaining("Note.destroy").hasMessageContaining("Where.all()");
        assertThat(notes.count()).isEqualTo(1);
    }

    @DialectTest
    void findByPkWithTheWrongNumberOfValuesIsRejected(TestTarget target) {
        Model<Note> notes = notes(target.open());
        assertThatThrownBy(() -> notes.findByPk(1, 2))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.model()).isEqualTo("Note"))
                .hasMessageContaining("Note").hasMessageContaining("[id]").hasMessageContaining("got 2");
        assertThatThrownBy(notes::findByPk).isInstanceOf(ValidationException.class).hasMessageContaining("got 0");
    }

    @DialectTest
    void findByPkWithANullValueIsRejected(TestTarget target) {
        Model<Note> notes = notes(target.open());
        assertThatThrownBy(() -> notes.findByPk((Object) null))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("Note");
                    assertThat(e.attribute()).isEqualTo("id");
                })
                .hasMessageContaining("Note.id");
    }

    @DialectTest
    void findByPkOfACompositeKeyTakesOneValuePerKeyAttribute(TestTarget target) {
        Junction db = target.open();
        Model<Row> seats = db.define("Seat", m -> m
                .attribute("row", DataType.integer(), a -> a.primaryKey())
                .attribute("number", DataType.integer(), a -> a.primaryKey())
                .attribute("label", DataType.string(20)));
        db.sync();
        seats.create(Row.of("row", 3, "number", 7, "label", "C7"));
        assertThat(seats.findByPk(3, 7L)).map(r -> r.get("label")).contains("C7");
        assertThat(seats.findByPk(7, 3)).isEmpty();
        assertThatThrownBy(() -> seats.findByPk(3))
                .isInstanceOf(ValidationException.class).hasMessageContaining("[row, number]");
        assertThatThrownBy(() -> seats.findByPk(3, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Seat.number");
    }
}
