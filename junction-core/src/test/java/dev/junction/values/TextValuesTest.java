package dev.junction.values;

import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.like;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/**
 * Text with an unpaired UTF-16 surrogate (no character at all; databases store it as {@code ?}) or a NUL (which
 * PostgreSQL refuses) is a {@link ValidationException} on every database, in values and in filters alike.
 */
class TextValuesTest {
    private static final String LONE_SURROGATE = "a\uD800b";
    private static final String UNPAIRED_IN_TITLE = "Note.title contains an unpaired UTF-16 surrogate";

    private static Model<Row> notes(TestTarget target) {
        Junction db = target.open();
        Model<Row> notes = db.define("Note", m -> m
                .attribute("title", DataType.string(40))
                .attribute("body", DataType.text())
                .timestamps(false));
        db.sync();
        return notes;
    }

    @DialectTest
    void anUnpairedSurrogateIsAValidationErrorWhilePairedOnesAreStored(TestTarget target) {
        Model<Row> notes = notes(target);

        Throwable inString = catchThrowable(() -> notes.create(Row.of("title", LONE_SURROGATE)));
        Throwable inText = catchThrowable(() -> notes.bulkCreate(List.of(Row.of("body", "fine"),
                Row.of("body", "x\uDC00"))));
        notes.create(Row.of("title", "a\uD83D\uDE00b"));

        assertThat(inString).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Note.title contains an unpaired UTF-16 surrogate (U+D800) at index 1");
        assertThat(inText).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Note.body contains an unpaired UTF-16 surrogate (U+DC00) at index 1");
        assertThat(notes.findAll(Where.all())).extracting(r -> r.get("title")).containsExactly("a\uD83D\uDE00b");
    }

    @DialectTest
    void anUnpairedSurrogateInAFilterIsAValidationErrorNotAMatchForAQuestionMark(TestTarget target) {
        Model<Row> notes = notes(target);
        notes.create(Row.of("title", "a?b"));

        Throwable byEq = catchThrowable(() -> notes.findAll(eq("title", LONE_SURROGATE)));
        Throwable byLike = catchThrowable(() -> notes.findAll(like("title", "a\uD800%")));
        Throwable byUpdate = catchThrowable(() -> notes.update(Map.of("title", "changed"),
                eq("title", LONE_SURROGATE)));

        assertThat(byEq).isInstanceOf(ValidationException.class).hasMessageContaining(UNPAIRED_IN_TITLE);
        assertThat(byLike).isInstanceOf(ValidationException.class).hasMessageContaining(UNPAIRED_IN_TITLE);
        assertThat(byUpdate).isInstanceOf(ValidationException.class);
        assertThat(notes.findAll(Where.all())).extracting(r -> r.get("title")).containsExactly("a?b");
    }

    @DialectTest
    void aNulCharacterIsAValidationError(TestTarget target) {
        Model<Row> notes = notes(target);
        Row note = notes.create(Row.of("title", "clean"));

        Throwable onCreate = catchThrowable(() -> notes.create(Row.of("body", "before\0after")));
        Throwable onUpdate = catchThrowable(() -> {
            Row changed = new Row(note);
            changed.put("title", "\0");
            notes.update(changed);
        });
        Throwable inFilter = catchThrowable(() -> notes.findAll(eq("title", "cle\0an")));

        assertThat(onCreate).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Note.body contains a NUL character (U+0000) at index 6");
        assertThat(onUpdate).isInstanceOf(ValidationException.class).hasMessageContaining("Note.title contains a NUL");
        assertThat(inFilter).isInstanceOf(ValidationException.class).hasMessageContaining("Note.title contains a NUL");
        assertThat(notes.findAll(Where.all())).extracting(r -> r.get("title")).containsExactly("clean");
    }
}
