package dev.junction.lifecycle.internal;

import dev.junction.ValidationException;
import dev.junction.ValidationException.Failure;
import dev.junction.lifecycle.AttributeRule;
import dev.junction.lifecycle.ModelRule;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a model's validators over a row about to be written, collecting every failure. Worked out once per model;
 * a model without validators is {@link #active() inactive}, and its writes never call in here. Immutable and
 * thread-safe.
 */
public final class InstanceValidator {
    private final String model;
    private final List<Attribute> attributes;
    private final int[] ruled;
    private final List<ModelRule> modelRules;

    /** The validators of {@code definition}: its attributes' rules and its model-wide ones. */
    public InstanceValidator(ModelDefinition definition) {
        this.model = definition.name();
        this.attributes = definition.attributes();
        List<Integer> withRules = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            if (!attributes.get(i).rules().isEmpty()) withRules.add(i);
        }
        this.ruled = withRules.stream().mapToInt(Integer::intValue).toArray();
        this.modelRules = definition.rules();
    }

    /** True when the model has any validator; when false, callers skip validation altogether. */
    public boolean active() {
        return ruled.length > 0 || !modelRules.isEmpty();
    }

    /**
     * Throws one {@link ValidationException} listing every failure of {@code row} (column order), checking only
     * {@code columns} ({@code null}: all of them); returns normally when all pass.
     */
    public void validate(Object[] row, int[] columns) {
        List<Failure> failures = new ArrayList<>();
        collect(row, columns, -1, failures);
        if (!failures.isEmpty()) throw new ValidationException(model, failures);
    }

    /** Adds the failures of {@code row} to {@code failures}, marked with its 0-based {@code index} (-1: none). */
    public void collect(Object[] row, int[] columns, int index, List<Failure> failures) {
        boolean[] written = columns == null ? null : new boolean[row.length];
        if (columns != null) for (int c : columns) written[c] = true;
        for (int i : ruled) {
            Attribute a = attributes.get(i);
            if (written != null && !written[i] || row[i] == null && !a.allowNull()) continue;
            for (AttributeRule rule : a.rules()) {
                if (row[i] == null && !rule.seesNull()) continue;
                if (!passes(rule, row[i])) {
                    failures.add(new Failure(model, a.name(), row[i], rule.name(), model + "." + a.name() + " "
                            + rule.description() + " (" + rule.name() + "), was " + shown(row[i]), index));
                }
            }
        }
        if (modelRules.isEmpty()) return;
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < row.length; i++) {
            if (written == null || written[i]) values.put(attributes.get(i).name(), row[i]);
        }
        Map<String, Object> view = java.util.Collections.unmodifiableMap(values);
        for (ModelRule rule : modelRules) {
            if (!passes(rule, view)) {
                failures.add(new Failure(model, null, null, rule.name(), model + " fails validator '"
                        + rule.name() + "'", index));
            }
        }
    }

    /** A rule that throws is a failing rule (a custom test may assume the value's type). */
    private static boolean passes(AttributeRule rule, Object value) {
        try {
            return rule.test(value);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean passes(ModelRule rule, Map<String, Object> values) {
        try {
            return rule.test().test(values);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return value instanceof CharSequence ? "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'"
                : text;
    }
}
