package dev.junction.seed.internal;

import dev.junction.ConstraintViolationException;
import dev.junction.ForeignKeyConstraintException;
import dev.junction.JunctionException;
import dev.junction.Row;
import dev.junction.UniqueConstraintException;
import dev.junction.ValidationException;
import dev.junction.internal.model.ModelImpl;
import dev.junction.query.Where;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import dev.junction.seed.SeedException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the failure of one entry's insert into a {@link SeedException} naming the column at fault, as written in
 * the file ({@code Show}, not {@code ShowId}). The column comes from the exception when it says; otherwise — SQLite
 * does not name a foreign key's column, nor MariaDB always a unique key's — it is found by asking the database
 * which reference of the entry matches no row, or which of its unique keys is taken. Runs after the failed insert
 * was rolled back to a savepoint, in the same transaction.
 */
final class FailureDiagnosis {
    private final ModelImpl<Row> model;
    private final SeedPlan.Entry entry;

    FailureDiagnosis(ModelImpl<Row> model, SeedPlan.Entry entry) {
        this.model = model;
        this.entry = entry;
    }

    SeedException error(JunctionException failure) {
        List<Attribute> columns = columns(failure);
        Site site = entry.site();
        if (!columns.isEmpty()) {
            List<String> written = new ArrayList<>();
            int line = 0;
            for (Attribute attribute : columns) {
                SeedPlan.Field field = field(attribute);
                written.add(field == null ? attribute.name() : field.site().column());
                if (line == 0 && field != null) line = field.site().line();
            }
            site = site.column(String.join(", ", written), line == 0 ? site.line() : line);
        }
        return site.error(firstLine(failure.getMessage()), failure);
    }

    private List<Attribute> columns(JunctionException failure) {
        ModelDefinition d = model.definition();
        if (failure instanceof ValidationException v) {
            List<Attribute> failed = new ArrayList<>();
            for (ValidationException.Failure f : v.failures()) {
                d.attribute(String.valueOf(f.attribute())).filter(a -> !failed.contains(a)).ifPresent(failed::add);
            }
            if (failed.isEmpty() && v.attribute() != null) d.attribute(v.attribute()).ifPresent(failed::add);
            return failed;
        }
        if (!(failure instanceof ConstraintViolationException c)) return List.of();
        List<Attribute> named = new ArrayList<>();
        for (String column : c.columns()) {
            d.attributes().stream().filter(a -> a.column().equalsIgnoreCase(column)).findFirst().ifPresent(named::add);
        }
        if (!named.isEmpty()) return named;
        if (failure instanceof ForeignKeyConstraintException) return missingReference();
        if (failure instanceof UniqueConstraintException) return takenKey();
        return List.of();
    }

    /** The first reference of the entry whose value no row of the referenced model holds. */
    private List<Attribute> missingReference() {
        for (SeedPlan.Field field : entry.fields()) {
            Attribute a = field.attribute();
            if (a.reference() == null || field.value() == null) continue;
            ModelImpl<Row> target = model.runtime().models().rows(a.reference().model()).unscoped();
            if (target.count(Where.eq(a.reference().attribute(), field.value())) == 0) return List.of(a);
        }
        return List.of();
    }

    /** The first key or unique key whose values, as the entry gives them, another row already has. */
    private List<Attribute> takenKey() {
        ModelDefinition d = model.definition();
        List<List<Attribute>> keys = new ArrayList<>();
        keys.add(d.primaryKey());
        d.uniqueKeys().forEach(k -> keys.add(k.attributes()));
        for (List<Attribute> key : keys) {
            List<Where> parts = new ArrayList<>();
            for (Attribute a : key) {
                SeedPlan.Field field = field(a);
                if (field == null || field.value() == null) break;
                parts.add(Where.eq(a.name(), field.value()));
            }
            if (parts.size() == key.size() && !key.isEmpty()
                    && model.count(Where.and(parts.toArray(Where[]::new))) > 0) {
                return key;
            }
        }
        return List.of();
    }

    private SeedPlan.Field field(Attribute attribute) {
        for (SeedPlan.Field field : entry.fields()) {
            if (field.attribute().name().equals(attribute.name())) return field;
        }
        return null;
    }

    /** The batch index of the first row a bulkCreate's failures name, or -1 when they name none. */
    static int firstRow(ValidationException failure) {
        return failure.failures().isEmpty() ? -1 : failure.failures().get(0).row();
    }

    /** The failures of the batch's row {@code row} alone, as one entry's insert would have reported them. */
    static ValidationException ofRow(ValidationException failure, int row) {
        List<ValidationException.Failure> own = new ArrayList<>();
        for (ValidationException.Failure f : failure.failures()) {
            if (f.row() == row) own.add(new ValidationException.Failure(f.model(), f.attribute(), f.value(), f.rule(),
                    f.message(), -1));
        }
        return new ValidationException(failure.model(), own);
    }

    /** The first line of a message (a database error's may go on with the SQL). */
    static String firstLine(String message) {
        if (message == null) return "failed";
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
