package dev.junction.lifecycle;

import dev.junction.internal.Arguments;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A validator over several attributes of one instance (Sequelize's model-level {@code validate}), declared with
 * {@link dev.junction.schema.ModelSpec#validate}. Immutable and thread-safe if the test is.
 *
 * @param name the rule's name, reported in a {@link dev.junction.ValidationException.Failure}
 * @param test true when the values (attribute name to value; on an update, the values being written) are valid
 */
public record ModelRule(String name, Predicate<Map<String, Object>> test) {
    public ModelRule {
        Arguments.declared(name, "ModelSpec.validate", "name");
        Arguments.declared(test, "ModelSpec.validate", "test");
    }
}
