package dev.junction.internal.mapping;

import dev.junction.Row;
import dev.junction.schema.Attribute;
import java.util.List;

/** Maps {@link Row}s: every attribute is an entry, in column order. */
public final class RowMapper implements InstanceMapper<Row> {
    private final String[] names;

    public RowMapper(List<Attribute> attributes) {
        this.names = attributes.stream().map(Attribute::name).toArray(String[]::new);
    }

    @Override
    public Object[] toValues(Row row) {
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = row.get(names[i]);
        }
        return values;
    }

    @Override
    public Row fromValues(Object[] values) {
        return merge(new Row(), values);
    }

    @Override
    public Row merge(Row row, Object[] values) {
        for (int i = 0; i < names.length; i++) {
            row.put(names[i], values[i]);
        }
        return row;
    }
}
