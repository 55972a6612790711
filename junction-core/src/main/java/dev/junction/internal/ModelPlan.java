package dev.junction.internal;

import dev.junction.dialect.Dialect;
import dev.junction.dialect.ValueCodec;
import dev.junction.query.internal.WhereRenderer;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a model's operations need, worked out once when the model is defined: the codec of every attribute, the
 * quoted table and select list, where the key and timestamps are. Immutable and thread-safe.
 */
public final class ModelPlan {
    final ModelDefinition definition;
    final Dialect dialect;
    final List<Attribute> attributes;
    final ValueCodec[] codecs;
    final String quotedTable;
    final String selectList;
    final int[] keyIndexes;
    final int createdAtIndex;
    final int updatedAtIndex;
    final int generatedKeyIndex;
    final WhereRenderer where;
    private final Map<Attribute, ValueCodec> codecByAttribute = new IdentityHashMap<>();

    public ModelPlan(ModelDefinition definition, Dialect dialect) {
        this.definition = definition;
        this.dialect = dialect;
        this.attributes = definition.attributes();
        this.codecs = new ValueCodec[attributes.size()];
        StringBuilder select = new StringBuilder();
        int created = -1;
        int updated = -1;
        int generated = -1;
        for (int i = 0; i < attributes.size(); i++) {
            Attribute a = attributes.get(i);
            codecs[i] = dialect.codec(a.type());
            codecByAttribute.put(a, codecs[i]);
            if (i > 0) select.append(", ");
            select.append(dialect.quote(a.column()));
            if (a.role() == Attribute.Role.CREATED_AT) created = i;
            if (a.role() == Attribute.Role.UPDATED_AT) updated = i;
            if (a.autoIncrement()) generated = i;
        }
        this.selectList = select.toString();
        this.quotedTable = dialect.quote(definition.tableName());
        this.keyIndexes = definition.primaryKey().stream().mapToInt(attributes::indexOf).toArray();
        this.createdAtIndex = created;
        this.updatedAtIndex = updated;
        this.generatedKeyIndex = generated;
        this.where = new WhereRenderer(definition, dialect, this::codec, "");
    }

    /** The codec of one of this model's attributes. */
    public ValueCodec codec(Attribute attribute) {
        return codecByAttribute.get(attribute);
    }

    public ModelDefinition definition() {
        return definition;
    }
}
