package dev.junction.schema.internal;

import dev.junction.DefinitionException;
import dev.junction.annotation.Column;
import dev.junction.annotation.Id;
import dev.junction.dialect.Dialect;
import dev.junction.internal.mapping.ValueLimits;
import dev.junction.schema.Attribute;
import dev.junction.schema.AttributeSpec;
import dev.junction.schema.DataType;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.ModelDefinition.UniqueKey;
import dev.junction.schema.ModelSpec;
import dev.junction.schema.ModelSpec.Declaration;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns a {@link ModelSpec} (plus the properties of the model's class) into an immutable {@link ModelDefinition},
 * applying Sequelize's defaults and checking everything that can be checked before the database is touched.
 */
public final class ModelDefinitionBuilder {
    public static final String CREATED_AT = "createdAt";
    public static final String UPDATED_AT = "updatedAt";
    public static final String DELETED_AT = "deletedAt";

    private final ModelSpec spec;
    private final Class<?> javaType;
    private final List<JavaProperty> properties;
    private final boolean classBacked;
    private final Dialect dialect;
    private final int identifierLimit;
    private final String where;
    private final boolean timestamps;
    private final boolean underscored;
    /** The soft-delete attribute's name, or {@code null} for a model that is not paranoid. */
    private final String deletedAt;

    /**
     * @param properties       the class's properties; empty for a model without a class
     * @param classBacked      whether instances are of a user class (else {@code Row})
     * @param defaultTimestamps the database-wide timestamps setting
     * @param defaultUnderscored the database-wide underscored setting
     * @param dialect          the database's dialect, whose rules identifiers and defaults must meet
     */
    public ModelDefinitionBuilder(ModelSpec spec, Class<?> javaType, List<JavaProperty> properties,
                                  boolean classBacked, boolean defaultTimestamps, boolean defaultUnderscored,
                                  Dialect dialect) {
        this.spec = spec;
        this.javaType = javaType;
        this.properties = properties;
        this.classBacked = classBacked;
        this.dialect = dialect;
        this.identifierLimit = dialect.identifierLimit();
        this.where = "Model " + spec.name();
        dev.junction.annotation.Timestamps stamped = javaType.getAnnotation(dev.junction.annotation.Timestamps.class);
        dev.junction.annotation.Underscored snake = javaType.getAnnotation(dev.junction.annotation.Underscored.class);
        this.timestamps = spec.timestamps() != null ? spec.timestamps()
                : stamped != null ? stamped.value() : defaultTimestamps;
        this.underscored = spec.underscored() != null ? spec.underscored()
                : snake != null ? snake.value() : defaultUnderscored;
        dev.junction.annotation.Paranoid paranoid = javaType.getAnnotation(dev.junction.annotation.Paranoid.class);
        this.deletedAt = spec.paranoidAttribute() != null ? spec.paranoidAttribute()
                : paranoid != null ? paranoid.value()
                : spec.joinIdentity() != null && spec.joinIdentity().paranoid() ? DELETED_AT : null;
    }

    /** Builds and validates the definition. */
    public ModelDefinition build() {
        Identifiers.check(spec.name(), Integer.MAX_VALUE, "Model name");
        if (!spec.duplicateNames().isEmpty()) {
            throw new DefinitionException(where + " declares attribute '" + spec.duplicateNames().get(0) + "' twice");
        }
        String table = tableName();
        Identifiers.check(table, dialect, where + ", table name");

        if (classBacked) ConstraintAnnotations.checkClass(where, javaType);
        List<AttributeSpec> specs = new ArrayList<>();
        Set<String> propertyNames = new HashSet<>();
        Map<String, Boolean> primitive = new HashMap<>();
        for (JavaProperty p : properties) {
            propertyNames.add(p.name());
            primitive.put(p.name(), p.type().isPrimitive());
            specs.add(fromProperty(p));
        }
        for (Map.Entry<String, Declaration> e : spec.declarations().entrySet()) {
            if (propertyNames.contains(e.getKey())) {
                continue;
            }
            DataType declaredType = e.getValue().type() != null ? e.getValue().type() : e.getValue().fallback();
            if (declaredType == null) {
                throw new DefinitionException(classBacked
                        ? where + " has no property '" + e.getKey() + "' (" + javaType.getSimpleName()
                        + " declares " + propertyNames + "); to add a column the class does not hold, give its type"
                        : where + ": attribute '" + e.getKey() + "' needs a type");
            }
            AttributeSpec a = new AttributeSpec(e.getKey(), declaredType);
            e.getValue().options().forEach(o -> o.accept(a));
            specs.add(a);
        }

        Map<String, Attribute.Role> roles = new HashMap<>();
        addKeyIfMissing(specs, propertyNames);
        if (timestamps) {
            addTimestamp(specs, CREATED_AT, roles);
            addTimestamp(specs, UPDATED_AT, roles);
        }
        if (deletedAt != null) {
            addDeletedAt(specs, roles);
        }
        String version = VersionAttribute.name(where, spec, properties);
        if (version != null) VersionAttribute.add(where, version, specs, roles);
        decideAutoIncrement(specs, primitive);

        List<Attribute> attributes = new ArrayList<>();
        Set<String> columns = new HashSet<>();
        for (AttributeSpec s : specs) {
            Identifiers.check(s.name(), Integer.MAX_VALUE, where + ", attribute name");
            String column = s.column() != null ? s.column() : underscored ? Naming.underscore(s.name()) : s.name();
            Identifiers.check(column, dialect, where + ", column of attribute '" + s.name() + "'");
            if (!columns.add(column.toLowerCase(java.util.Locale.ROOT))) {
                throw new DefinitionException(where + ": attribute '" + s.name() + "' uses column '" + column
                        + "', which another attribute already uses");
            }
            JsonProperties.check(where, s);
            checkDefault(s);
            checkRules(s);
            boolean property = !classBacked || propertyNames.contains(s.name());
            attributes.add(s.build(column, property, roles.getOrDefault(s.name(), Attribute.Role.PLAIN)));
        }
        List<Attribute> key = attributes.stream().filter(Attribute::primaryKey).toList();
        List<UniqueKey> uniqueKeys = uniqueKeys(table, attributes);
        List<ModelSpec.IndexDeclaration> declared = new ArrayList<>(IndexDefinitions.annotatedOn(javaType));
        declared.addAll(spec.indexes());
        List<ModelDefinition.Index> indexes = new IndexDefinitions(spec.name(), table, dialect)
                .resolve(declared, attributes, uniqueKeys);
        return new ModelDefinition(spec.name(), table, javaType, attributes, key, uniqueKeys, indexes, timestamps,
                underscored, spec.renamedFrom(), spec.rules(), ModelHookDeclarations.resolve(spec, javaType),
                spec.scopes());
    }

    private String tableName() {
        if (spec.tableName() != null) {
            return spec.tableName();
        }
        dev.junction.annotation.Table annotation = javaType.getAnnotation(dev.junction.annotation.Table.class);
        if (annotation != null) {
            return annotation.value();
        }
        return spec.isFreezeTableName() ? spec.name() : Naming.tableName(spec.name(), underscored);
    }

    private AttributeSpec fromProperty(JavaProperty p) {
        DataType inferred = JsonProperties.inferred(p, DataType.forJavaType(p.type()));
        Declaration declaration = spec.declarations().get(p.name());
        DataType type = declaration != null && declaration.type() != null ? declaration.type() : inferred;
        if (type == null) {
            throw new DefinitionException(where + ": attribute '" + p.name() + "' has type "
                    + p.type().getSimpleName() + ", which Junction cannot store (supported: String, Integer, Long,"
                    + " Double, BigDecimal, Boolean, Instant, OffsetDateTime, LocalDateTime, LocalDate, UUID, byte[],"
                    + " enums; Map, List and @Json properties as JSON)");
        }
        AttributeSpec a = new AttributeSpec(p.name(), type);
        applyAnnotations(p, a);
        ConstraintAnnotations.apply(where, p, a);
        if (p.type().isPrimitive()) {
            a.notNull();
        }
        if (declaration != null) {
            for (Consumer<AttributeSpec> option : declaration.options()) {
                option.accept(a);
            }
        }
        JsonProperties.bindToProperty(p, a);
        // Checked last: @Column(text = true) and a.type(…) may have changed the type the property was given.
        if (a.type().javaType() != MethodType.methodType(p.type()).wrap().returnType()) {
            throw new DefinitionException(where + ": attribute '" + p.name() + "' is declared " + a.type()
                    + " (" + a.type().javaType().getSimpleName() + ") but the property is "
                    + p.type().getSimpleName());
        }
        if (declaration != null && declaration.fallback() != null && declaration.type() == null
                && declaration.fallback().kind() != a.type().kind()) {
            throw new DefinitionException(where + ": property '" + p.name() + "' is " + p.type().getSimpleName()
                    + " but must be " + declaration.fallback().javaType().getSimpleName() + " to match the key it"
                    + " refers to");
        }
        return a;
    }

    private void applyAnnotations(JavaProperty p, AttributeSpec a) {
        Column c = p.column();
        if (c != null) {
            if (!c.name().isEmpty()) a.column(c.name());
            if (!c.allowNull()) a.notNull();
            if (c.unique()) a.unique();
            if (!c.uniqueGroup().isEmpty()) a.unique(c.uniqueGroup());
            if (c.text()) a.type(DataType.text());
            else if (c.length() > 0 && a.type().kind() == DataType.Kind.STRING) a.type(DataType.string(c.length()));
            else if (c.length() > 0 && a.type().kind() == DataType.Kind.BINARY) a.type(DataType.binary(c.length()));
            if (a.type().kind() == DataType.Kind.DECIMAL && (c.precision() > 0 || c.scale() >= 0)) {
                a.type(DataType.decimal(c.precision() > 0 ? c.precision() : 38, c.scale() >= 0 ? c.scale() : 2));
            }
        }
        Id id = p.id();
        if (id != null) {
            a.primaryKey();
            if (id.generated() != Id.Generated.DEFAULT) {
                a.autoIncrement(id.generated() == Id.Generated.YES);
            }
        }
    }

    private void addKeyIfMissing(List<AttributeSpec> specs, Set<String> propertyNames) {
        boolean declared = specs.stream().anyMatch(AttributeSpec::isPrimaryKey);
        AttributeSpec id = specs.stream().filter(s -> s.name().equals("id")).findFirst().orElse(null);
        if (!declared && id != null) {
            id.primaryKey();
            declared = true;
        }
        ModelSpec.JoinIdentity join = spec.joinIdentity();
        if (join != null) {
            applyJoinIdentity(specs, join, declared);
            return;
        }
        if (declared) {
            return;
        }
        if (classBacked) {
            throw new DefinitionException(where + " has no primary key: add a property named 'id' (Long or Integer"
                    + " for a generated key), or mark the key with @Id or attribute(name, a -> a.primaryKey())");
        }
        // Sequelize adds an auto-increment INTEGER id to a model that declares no key.
        specs.add(0, new AttributeSpec("id", DataType.integer()).primaryKey());
    }

    /** A join model: the link's attributes become its key or a unique constraint, or it gets a surrogate id. */
    private void applyJoinIdentity(List<AttributeSpec> specs, ModelSpec.JoinIdentity join, boolean declaredKey) {
        List<AttributeSpec> members = new ArrayList<>();
        for (String name : join.attributes()) {
            members.add(specs.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(
                    () -> new DefinitionException(where + ": join attribute '" + name + "' is not defined")));
        }
        if (join.unique() && join.uniqueKey() != null) {
            members.forEach(m -> m.unique(join.uniqueKey()));
        }
        if (join.unique() && !declaredKey) {
            members.forEach(AttributeSpec::primaryKey);
        } else if (join.unique() && join.uniqueKey() == null) {
            String group = String.join("_", join.attributes());
            members.forEach(m -> m.unique(group));
        } else if (!declaredKey && !join.unique()) {
            specs.add(0, new AttributeSpec("id", DataType.integer()).primaryKey());
        }
    }

    private void addTimestamp(List<AttributeSpec> specs, String name, Map<String, Attribute.Role> roles) {
        Attribute.Role role = name.equals(CREATED_AT) ? Attribute.Role.CREATED_AT : Attribute.Role.UPDATED_AT;
        roles.put(name, role);
        for (AttributeSpec s : specs) {
            if (s.name().equals(name)) {
                DataType.Kind kind = s.type().kind();
                if (kind != DataType.Kind.INSTANT && kind != DataType.Kind.OFFSET_DATE_TIME
                        && kind != DataType.Kind.LOCAL_DATE_TIME) {
                    throw new DefinitionException(where + ": timestamp attribute '" + name + "' must be an Instant,"
                            + " OffsetDateTime or LocalDateTime, not " + s.type());
                }
                s.notNull();
                return;
            }
        }
        specs.add(new AttributeSpec(name, DataType.instant()).notNull());
    }

    /**
     * A paranoid model's nullable soft-delete timestamp: the class's own property if it has one (a temporal type),
     * else a column. Sequelize ignores {@code paranoid} without timestamps; Junction says so instead.
     */
    private void addDeletedAt(List<AttributeSpec> specs, Map<String, Attribute.Role> roles) {
        if (!timestamps) {
            throw new DefinitionException(where + " is paranoid but keeps no timestamps: soft delete needs them (as"
                    + " in Sequelize); drop timestamps(false) or paranoid()");
        }
        if (roles.containsKey(deletedAt)) {
            throw new DefinitionException(where + ": the soft-delete attribute cannot be '" + deletedAt
                    + "', which is already a timestamp");
        }
        roles.put(deletedAt, Attribute.Role.DELETED_AT);
        for (AttributeSpec s : specs) {
            if (s.name().equals(deletedAt)) {
                DataType.Kind kind = s.type().kind();
                if (kind != DataType.Kind.INSTANT && kind != DataType.Kind.OFFSET_DATE_TIME
                        && kind != DataType.Kind.LOCAL_DATE_TIME) {
                    throw new DefinitionException(where + ": soft-delete attribute '" + deletedAt + "' must be an"
                            + " Instant, OffsetDateTime or LocalDateTime, not " + s.type());
                }
                if (!s.isAllowNull() || s.isPrimaryKey()) {
                    throw new DefinitionException(where + ": soft-delete attribute '" + deletedAt + "' must allow"
                            + " null (a row that is not deleted has none)");
                }
                return;
            }
        }
        specs.add(new AttributeSpec(deletedAt, DataType.instant()));
    }

    private void decideAutoIncrement(List<AttributeSpec> specs, Map<String, Boolean> primitive) {
        List<AttributeSpec> key = specs.stream().filter(AttributeSpec::isPrimaryKey).toList();
        for (AttributeSpec s : specs) {
            Boolean choice = s.autoIncrementChoice();
            boolean lone = key.size() == 1 && s.isPrimaryKey();
            boolean auto = choice != null ? choice : lone && s.type().isInteger() && s.name().equals("id");
            if (auto && !lone) {
                throw new DefinitionException(where + ": attribute '" + s.name() + "' cannot auto-increment; only a"
                        + " single-column primary key can");
            }
            if (auto && !s.type().isInteger()) {
                throw new DefinitionException(where + ": attribute '" + s.name() + "' cannot auto-increment: it is "
                        + s.type() + ", not an integer");
            }
            if (auto && Boolean.TRUE.equals(primitive.get(s.name()))) {
                throw new DefinitionException(where + ": generated key '" + s.name() + "' must be a boxed type"
                        + " (Long or Integer) so that an unsaved instance can hold null");
            }
            s.autoIncrement(auto);
        }
    }

    private void checkDefault(AttributeSpec s) {
        Object value = s.defaultValue();
        if (value != null && !s.type().javaType().isInstance(value)) {
            throw new DefinitionException(where + ": default value of attribute '" + s.name() + "' is a "
                    + value.getClass().getSimpleName() + ", but the attribute is " + s.type());
        }
        if (value instanceof Double d && !Double.isFinite(d)) {
            throw new DefinitionException(where + ": default value of attribute '" + s.name() + "' is " + d
                    + "; a default must be a finite number (MariaDB and SQLite store no NaN or infinity)");
        }
        String unstorable = value instanceof String text ? ValueLimits.textProblem(text) : null;
        if (unstorable != null) {
            throw new DefinitionException(where + ": default value of attribute '" + s.name() + "' " + unstorable);
        }
    }

    private void checkRules(AttributeSpec s) {
        for (dev.junction.lifecycle.AttributeRule rule : s.rules()) {
            String problem = rule.problemWith(s.type());
            if (problem != null) {
                throw new DefinitionException(where + ": validator of attribute '" + s.name() + "': " + problem);
            }
        }
    }

    private List<UniqueKey> uniqueKeys(String table, List<Attribute> attributes) {
        List<UniqueKey> keys = new ArrayList<>();
        Map<String, List<Attribute>> groups = new LinkedHashMap<>();
        for (Attribute a : attributes) {
            if (a.unique() && !(a.primaryKey() && attributes.stream().filter(Attribute::primaryKey).count() == 1)) {
                keys.add(new UniqueKey(Naming.fit(table + "_" + a.column() + "_key", identifierLimit), List.of(a)));
            }
            if (a.uniqueGroup() != null) {
                groups.computeIfAbsent(a.uniqueGroup(), g -> new ArrayList<>()).add(a);
            }
        }
        ModelSpec.JoinIdentity join = spec.joinIdentity();
        String named = join == null ? null : join.uniqueKey();
        String pair = join == null || !join.unique() ? null : String.join("_", join.attributes());
        groups.forEach((group, members) -> keys.add(new UniqueKey(Naming.fit(group.equals(named) ? group
                : table + "_" + group + "_key", identifierLimit), members,
                group.equals(named) || group.equals(pair))));
        return keys;
    }
}
