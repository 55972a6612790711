package dev.junction.schema;

import dev.junction.internal.Arguments;
import dev.junction.lifecycle.AttributeRule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What a model definition says about one attribute, before the model is built. Mutable; used only inside
 * {@link ModelSpec} customisers, then frozen into an {@link Attribute}.
 *
 * <pre>{@code
 * db.define(User.class, m -> m.attribute("username", a -> a.type(DataType.string(40)).unique().allowNull(false)));
 * }</pre>
 */
public final class AttributeSpec {
    private final String name;
    private DataType type;
    private String column;
    private boolean allowNull = true;
    private boolean primaryKey;
    private Boolean autoIncrement;
    private boolean unique;
    private String uniqueGroup;
    private Object defaultValue;
    private Supplier<?> defaultSupplier;
    private Reference reference;
    private final List<String> renamedFrom = new ArrayList<>();
    private final List<AttributeRule> rules = new ArrayList<>();

    /** Starts the spec of attribute {@code name}; the type may be set later or inferred from a Java property. */
    public AttributeSpec(String name, DataType type) {
        this.name = Arguments.declared(name, "AttributeSpec", "attribute name");
        this.type = type;
    }

    /** Sets the type (overriding the one inferred from a Java property). */
    public AttributeSpec type(DataType type) {
        this.type = Arguments.declared(type, "AttributeSpec", "type");
        return this;
    }

    /** Stores the attribute in this column instead of the default name. */
    public AttributeSpec column(String column) {
        this.column = Arguments.declared(column, "AttributeSpec", "column");
        return this;
    }

    /** Whether the column accepts NULL (default true; never for key parts). */
    public AttributeSpec allowNull(boolean allowNull) {
        this.allowNull = allowNull;
        return this;
    }

    /** Shorthand for {@code allowNull(false)}. */
    public AttributeSpec notNull() {
        return allowNull(false);
    }

    /** Makes the attribute (part of) the primary key. */
    public AttributeSpec primaryKey() {
        this.primaryKey = true;
        return this;
    }

    /** Whether the database generates the value (default: true for a lone integer key named {@code id}). */
    public AttributeSpec autoIncrement(boolean autoIncrement) {
        this.autoIncrement = autoIncrement;
        return this;
    }

    /** Makes the attribute unique on its own. */
    public AttributeSpec unique() {
        this.unique = true;
        return this;
    }

    /** Puts the attribute into the composite unique constraint {@code group} (Sequelize's {@code unique: 'name'}). */
    public AttributeSpec unique(String group) {
        this.uniqueGroup = Arguments.declared(group, "AttributeSpec", "unique group");
        return this;
    }

    /** A constant default: written into the table's DDL and used when a create leaves the value null. */
    public AttributeSpec defaultValue(Object value) {
        this.defaultValue = value;
        return this;
    }

    /** A computed default, used when a create leaves the value null (not written into the DDL). */
    public AttributeSpec defaultValue(Supplier<?> supplier) {
        this.defaultSupplier = supplier;
        return this;
    }

    /** Makes the attribute a foreign key to {@code model}'s {@code attribute}, with the given actions. */
    public AttributeSpec references(String model, String attribute, ReferentialAction onDelete,
                                    ReferentialAction onUpdate) {
        this.reference = new Reference(model, attribute, onDelete, onUpdate, true);
        return this;
    }

    /** Makes the attribute a foreign key to {@code model}'s {@code id}, SET NULL on delete, CASCADE on update. */
    public AttributeSpec references(String model) {
        return references(model, "id", ReferentialAction.SET_NULL, ReferentialAction.CASCADE);
    }

    /** Sets the reference as a whole ({@code null} removes it). */
    public AttributeSpec reference(Reference reference) {
        this.reference = reference;
        return this;
    }

    /** Validator: text that is not only whitespace (Sequelize's {@code notEmpty}). */
    public AttributeSpec notEmpty() {
        return validate(AttributeRule.notEmpty());
    }

    /** Validator: text of {@code min} to {@code max} characters, both inclusive. */
    public AttributeSpec len(int min, int max) {
        return validate(AttributeRule.len(min, max));
    }

    /** Validator: a number of at least {@code min}. */
    public AttributeSpec min(Number min) {
        return validate(AttributeRule.min(min));
    }

    /** Validator: a number of at most {@code max}. */
    public AttributeSpec max(Number max) {
        return validate(AttributeRule.max(max));
    }

    /** Validator: a date or time at or after {@code min} (an {@code Instant} for an Instant attribute, …). */
    public AttributeSpec min(java.time.temporal.Temporal min) {
        return validate(AttributeRule.min(min));
    }

    /** Validator: a date or time at or before {@code max}, of the attribute's own type. */
    public AttributeSpec max(java.time.temporal.Temporal max) {
        return validate(AttributeRule.max(max));
    }

    /** Validator: text in which {@code regex} finds a match (Sequelize's {@code is}); a bad regex fails the define. */
    public AttributeSpec pattern(String regex) {
        return validate(AttributeRule.pattern(regex));
    }

    /** Validator: text in which {@code regex} finds a match. */
    public AttributeSpec pattern(Pattern regex) {
        return validate(AttributeRule.pattern(regex));
    }

    /** Validator: an email address. */
    public AttributeSpec isEmail() {
        return validate(AttributeRule.isEmail());
    }

    /** Validator: an absolute http, https or ftp URL. */
    public AttributeSpec isUrl() {
        return validate(AttributeRule.isUrl());
    }

    /** Validator: one of {@code values}, compared as text (an enum by its name). */
    public AttributeSpec isIn(Object... values) {
        return validate(AttributeRule.isIn(List.of(Arguments.declared(values, "AttributeSpec.isIn", "values"))));
    }

    /** Validator: a UUID in 8-4-4-4-12 hexadecimal form. */
    public AttributeSpec isUUID() {
        return validate(AttributeRule.isUUID());
    }

    /**
     * A custom validator called {@code rule}: {@code test} is true when the value is valid. As in Sequelize it also
     * gets {@code null} when the attribute allows null (built-in validators skip nulls); a test that throws fails.
     *
     * <pre>{@code
     * a -> a.validate("even", v -> ((Integer) v) % 2 == 0)
     * }</pre>
     */
    public AttributeSpec validate(String rule, Predicate<Object> test) {
        return validate(AttributeRule.of(rule, test));
    }

    /** Adds a validator; every validator of the attribute runs, and every failure is reported. */
    public AttributeSpec validate(AttributeRule rule) {
        rules.add(Arguments.declared(rule, "AttributeSpec.validate", "rule"));
        return this;
    }

    /** The validators, in declaration order. */
    public List<AttributeRule> rules() {
        return List.copyOf(rules);
    }

    /**
     * Declares that this attribute was called {@code oldName} before (an attribute name or a column); may be given
     * several times. Only the migration generator reads it, to write a rename instead of a drop and an add; it
     * changes nothing at run time.
     */
    public AttributeSpec renamedFrom(String oldName) {
        renamedFrom.add(Arguments.declared(oldName, "AttributeSpec", "renamedFrom"));
        return this;
    }

    /** The names this attribute had before, as {@link #renamedFrom(String)} declared them. */
    public List<String> renamedFrom() {
        return List.copyOf(renamedFrom);
    }

    public String name() {
        return name;
    }

    public DataType type() {
        return type;
    }

    /** The explicit column name, or {@code null} for the default. */
    public String column() {
        return column;
    }

    public boolean isAllowNull() {
        return allowNull;
    }

    public boolean isPrimaryKey() {
        return primaryKey;
    }

    /** The explicit auto-increment choice, or {@code null} when left to the default. */
    public Boolean autoIncrementChoice() {
        return autoIncrement;
    }

    public boolean isAutoIncrement() {
        return Boolean.TRUE.equals(autoIncrement);
    }

    public boolean isUnique() {
        return unique;
    }

    public String uniqueGroup() {
        return uniqueGroup;
    }

    public Object defaultValue() {
        return defaultValue;
    }

    public Supplier<?> defaultSupplier() {
        return defaultSupplier;
    }

    public Reference reference() {
        return reference;
    }

    /** Freezes this spec into an attribute stored in {@code column}. */
    public Attribute build(String column, boolean property, Attribute.Role role) {
        return new Attribute(this, column, property, role);
    }
}
