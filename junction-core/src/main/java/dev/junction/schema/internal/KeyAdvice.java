package dev.junction.schema.internal;

import dev.junction.schema.Attribute;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ModelDefinition;
import java.util.List;
import java.util.Optional;

/**
 * What to say when a live table is keyed otherwise than its model: the difference, and the declaration that fits
 * the table (a join table keyed by its pair is a unique {@code Through}; one keyed by a surrogate id a
 * {@code unique(false)} one), else the migration.
 */
final class KeyAdvice {
    private KeyAdvice() {
    }

    /** {@code "the model expects primary key (id); the table has primary key (UserId, ShowId) and no column id"}. */
    static String difference(ModelDefinition model, DatabaseSchema.Table table, List<String> key) {
        if (isPair(model)) {
            return "the table has no primary key or unique constraint on the pair " + list(key) + ", which add"
                    + " relies on to link a pair once; " + tableKey(table);
        }
        List<String> absent = key.stream().filter(c -> table.column(c).isEmpty()).toList();
        return "the model expects primary key " + list(key) + "; " + tableKey(table)
                + (absent.isEmpty() ? "" : " and no column " + String.join(", ", absent));
    }

    /** The declaration that fits the table, or the migration that fits the model. */
    static String wayOut(ModelDefinition model, DatabaseSchema.Table table, List<String> key) {
        List<String> tableKey = table.primaryKey();
        if (isPair(model)) {
            String unique = "add a primary key or unique constraint on " + list(key) + " once no pair is repeated";
            return tableKey.size() == 1 && tableKey.get(0).equalsIgnoreCase("id")
                    ? unique + ", or, if a pair may be linked many times, declare Through.of(\"" + model.name()
                    + "\").unique(false) to use the table as it is" : unique;
        }
        if (model.generatedKey().isPresent() && !tableKey.isEmpty()
                && tableKey.stream().allMatch(c -> isReference(model, c))) {
            return "declare Through.of(\"" + model.name() + "\") (unique, the default) to use the table as it is —"
                    + " its key links each pair once — or migrate the table to a surrogate " + key.get(0) + " column";
        }
        if (!tableKey.isEmpty() && tableKey.stream().allMatch(c -> attribute(model, c).isPresent())) {
            return "declare the model's primary key as the table's " + list(tableKey) + " (attribute(name, a ->"
                    + " a.primaryKey())), or migrate the table to the key " + list(key);
        }
        return "migrate the table so that " + list(key) + " is its primary key";
    }

    /** A join model keyed by its pair: every key column refers to another model. */
    private static boolean isPair(ModelDefinition model) {
        return model.primaryKey().size() > 1 && model.primaryKey().stream().allMatch(a -> a.reference() != null);
    }

    private static boolean isReference(ModelDefinition model, String column) {
        return attribute(model, column).map(a -> a.reference() != null).orElse(false);
    }

    private static Optional<Attribute> attribute(ModelDefinition model, String column) {
        return model.attributes().stream().filter(a -> a.column().equalsIgnoreCase(column)).findFirst();
    }

    private static String tableKey(DatabaseSchema.Table table) {
        return table.primaryKey().isEmpty() ? "the table has no primary key"
                : "the table has primary key " + list(table.primaryKey());
    }

    private static String list(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }
}
