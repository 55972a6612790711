package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.schema.AttributeSpec;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.function.Consumer;

/** A validator that cannot apply to its attribute fails the define, naming the model and the attribute. */
class ValidatorDefinitionTest {

    @DialectTest
    void lenNeedsMinAtMostMax(TestTarget target) {
        refused(target, DataType.string(20), a -> a.len(5, 2), "len(5, 2)");
    }

    @DialectTest
    void aBadRegularExpressionIsRefused(TestTarget target) {
        refused(target, DataType.string(20), a -> a.pattern("[a-"), "not a regular expression");
    }

    @DialectTest
    void textRulesNeedATextAttribute(TestTarget target) {
        refused(target, DataType.integer(), a -> a.len(1, 2), "len applies to text");
        refused(target, DataType.integer(), a -> a.isEmail(), "isEmail applies to text");
    }

    @DialectTest
    void numberRulesNeedANumberAttribute(TestTarget target) {
        refused(target, DataType.string(20), a -> a.min(1), "min applies to numbers");
        refused(target, DataType.bool(), a -> a.max(1), "max applies to numbers");
    }

    private static void refused(TestTarget target, DataType type, Consumer<AttributeSpec> rules, String problem) {
        Junction db = target.open();
        assertThatThrownBy(() -> db.define("Buoy", m -> m.attribute("label", type, rules)))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Buoy").hasMessageContaining("'label'").hasMessageContaining(problem);
    }
}
