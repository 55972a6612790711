package dev.junction.schema;

import dev.junction.lifecycle.AttributeRule;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One attribute of a model, as defined: its name, column, type and constraints. Immutable and thread-safe; built by
 * {@link AttributeSpec} when a model is defined.
 */
public final class Attribute {

    /**
     * What role the attribute plays beyond holding a value: a timestamp Junction keeps, or the {@code VERSION}
     * counter of optimistic locking ({@link ModelSpec#version()}).
     */
    public enum Role { PLAIN, CREATED_AT, UPDATED_AT, DELETED_AT, VERSION }

    private final String name;
    private final String column;
    private final DataType type;
    private final boolean allowNull;
    private final boolean primaryKey;
    private final boolean autoIncrement;
    private final boolean unique;
    private final String uniqueGroup;
    private final Object defaultValue;
    private final Supplier<?> defaultSupplier;
    private final Reference reference;
    private final boolean property;
    private final Role role;
    private final List<String> renamedFrom;
    private final List<AttributeRule> rules;

    Attribute(AttributeSpec spec, String column, boolean property, Role role) {
        this.name = spec.name();
        this.column = column;
        this.type = spec.type();
        this.primaryKey = spec.isPrimaryKey();
        this.allowNull = !primaryKey && spec.isAllowNull();
        this.autoIncrement = spec.isAutoIncrement();
        this.unique = spec.isUnique();
        this.uniqueGroup = spec.uniqueGroup();
        this.defaultValue = spec.defaultValue();
        this.defaultSupplier = spec.defaultSupplier();
        this.reference = spec.reference();
        this.property = property;
        this.role = role;
        this.renamedFrom = spec.renamedFrom();
        this.rules = spec.rules();
    }

    /** The attribute's name, as used in queries and rows ({@code "firstName"}). */
    public String name() {
        return name;
    }

    /** The column that stores it ({@code "firstName"}, or {@code "first_name"} when underscored). */
    public String column() {
        return column;
    }

    public DataType type() {
        return type;
    }

    /** False for NOT NULL columns (always false for key parts). */
    public boolean allowNull() {
        return allowNull;
    }

    public boolean primaryKey() {
        return primaryKey;
    }

    /** True when the database generates the value (an identity or auto-increment key). */
    public boolean autoIncrement() {
        return autoIncrement;
    }

    /** True when the attribute alone is unique. */
    public boolean unique() {
        return unique;
    }

    /** The name of the composite unique constraint this attribute belongs to, or {@code null}. */
    public String uniqueGroup() {
        return uniqueGroup;
    }

    /** The constant default, written into the DDL and used when a create gives no value; may be {@code null}. */
    public Object defaultValue() {
        return defaultValue;
    }

    /** A computed default (e.g. {@code UUID::randomUUID}), used when a create gives no value; may be {@code null}. */
    public Supplier<?> defaultSupplier() {
        return defaultSupplier;
    }

    /** True when the attribute has any default. */
    public boolean hasDefault() {
        return defaultValue != null || defaultSupplier != null;
    }

    /** The foreign key this attribute holds, or {@code null}. */
    public Reference reference() {
        return reference;
    }

    /** True when the model's Java class has a property for this attribute; false for column-only attributes. */
    public boolean isProperty() {
        return property;
    }

    public Role role() {
        return role;
    }

    /** The names (attribute names or columns) this attribute had before; read by the migration generator only. */
    public List<String> renamedFrom() {
        return renamedFrom;
    }

    /** The validators of non-null values, in declaration order; not part of equality (they change no schema). */
    public List<AttributeRule> rules() {
        return rules;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attribute a && a.name.equals(name) && a.column.equals(column) && a.type.equals(type)
                && a.allowNull == allowNull && a.primaryKey == primaryKey && a.autoIncrement == autoIncrement
                && a.unique == unique && Objects.equals(a.uniqueGroup, uniqueGroup)
                && Objects.equals(a.reference, reference) && a.property == property && a.role == role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, column, type);
    }

    @Override
    public String toString() {
        return name + " " + type + (primaryKey ? " PK" : "") + (allowNull ? "" : " NOT NULL");
    }
}
