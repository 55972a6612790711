package dev.junction.internal.model;

import dev.junction.JsonCodec;
import dev.junction.Row;
import dev.junction.dialect.Dialect;
import dev.junction.internal.mapping.ConstructorMapper;
import dev.junction.internal.mapping.InstanceMapper;
import dev.junction.internal.mapping.PojoMapper;
import dev.junction.internal.mapping.RecordMapper;
import dev.junction.internal.mapping.RowMapper;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.internal.ClassModelReader;
import dev.junction.schema.internal.JavaProperty;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.List;

/**
 * Where a model's current {@link ModelState} lives. Every handle of the model (typed, Row view, transaction-bound)
 * reads through the same slot, so a definition amended by an association is seen by all of them. Models are
 * amended while associations are declared, at start-up; reads are a volatile load.
 */
public final class ModelSlot {
    private volatile ModelState state;

    ModelSlot(ModelDefinition definition, Dialect dialect, JsonCodec json) {
        install(definition, dialect, json);
    }

    ModelState state() {
        return state;
    }

    /** The current definition. */
    public ModelDefinition definition() {
        return state.plan().definition();
    }

    /** The current plan. */
    public ModelPlan plan() {
        return state.plan();
    }

    /** Replaces the state with one built from {@code definition}. */
    void install(ModelDefinition definition, Dialect dialect, JsonCodec json) {
        ModelPlan plan = new ModelPlan(definition, dialect, json);
        Class<?> type = definition.javaType();
        RowMapper rows = new RowMapper(definition.attributes());
        InstanceMapper<?> typed = type == Row.class ? rows : typedMapper(type, definition.attributes());
        state = new ModelState(plan, typed, rows, new InstanceValues(plan, type == Row.class),
                new InstanceValues(plan, true));
    }

    /** A record's mapper, a constructor-built class's (a Kotlin data class), or a POJO's. */
    private static <T> InstanceMapper<T> typedMapper(Class<T> type, List<Attribute> attributes) {
        if (type.isRecord()) return new RecordMapper<>(type, attributes);
        Constructor<?> constructor = ClassModelReader.propertyConstructor(type);
        if (constructor == null) return new PojoMapper<>(type, attributes);
        List<Field> fields = ClassModelReader.properties(type).stream().map(JavaProperty::field).toList();
        return new ConstructorMapper<>(type, constructor, fields, attributes);
    }
}
