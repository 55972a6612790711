package dev.junction.association;

import dev.junction.Model;
import dev.junction.internal.Arguments;
import dev.junction.schema.AttributeSpec;
import dev.junction.schema.ReferentialAction;
import java.util.function.Consumer;

/**
 * The options of an association, as Sequelize's association options object: alias, join model, key names and
 * definitions, referential actions. Immutable; start from a static factory of {@link Associations} and chain.
 *
 * <pre>{@code
 * import static dev.junction.association.Associations.*;
 * users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
 * shows.belongsToMany(users, through("UserFavorites").foreignKey("show_id"));
 * sandcastles.belongsTo(beaches, as("Home").onDelete(ReferentialAction.CASCADE));
 * }</pre>
 */
public final class AssociationOptions {
    private static final AssociationOptions NONE = new AssociationOptions(null, null, null, null, null, null, null,
            null, null, null, null, null);

    private final String as;
    private final String asSingular;
    private final Through through;
    private final String foreignKey;
    private final Consumer<AttributeSpec> foreignKeyOptions;
    private final String otherKey;
    private final Consumer<AttributeSpec> otherKeyOptions;
    private final String sourceKey;
    private final String targetKey;
    private final ReferentialAction onDelete;
    private final ReferentialAction onUpdate;
    private final Boolean constraints;

    private AssociationOptions(String as, String asSingular, Through through, String foreignKey,
                               Consumer<AttributeSpec> foreignKeyOptions, String otherKey,
                               Consumer<AttributeSpec> otherKeyOptions, String sourceKey, String targetKey,
                               ReferentialAction onDelete, ReferentialAction onUpdate, Boolean constraints) {
        this.as = as;
        this.asSingular = asSingular;
        this.through = through;
        this.foreignKey = foreignKey;
        this.foreignKeyOptions = foreignKeyOptions;
        this.otherKey = otherKey;
        this.otherKeyOptions = otherKeyOptions;
        this.sourceKey = sourceKey;
        this.targetKey = targetKey;
        this.onDelete = onDelete;
        this.onUpdate = onUpdate;
        this.constraints = constraints;
    }

    /** No options: every default. Start chains from {@link Associations}. */
    public static AssociationOptions defaults() {
        return NONE;
    }

    /** Sets the alias (plural for to-many associations, singular for to-one). */
    public AssociationOptions as(String alias) {
        return copy(declared(alias, "alias"), null, through, foreignKey, foreignKeyOptions, otherKey,
                otherKeyOptions);
    }

    /** Sets the alias as singular and plural ({@code as("Person", "People")}). */
    public AssociationOptions as(String singular, String plural) {
        return copy(declared(plural, "plural"), declared(singular, "singular"), through,
                foreignKey, foreignKeyOptions, otherKey, otherKeyOptions);
    }

    /** Sets the join model by name. */
    public AssociationOptions through(String joinModel) {
        return through(Through.of(joinModel));
    }

    /** Sets the join model by class. */
    public AssociationOptions through(Class<?> joinModel) {
        return through(Through.of(joinModel));
    }

    /** Sets a defined join model. */
    public AssociationOptions through(Model<?> joinModel) {
        return through(Through.of(joinModel));
    }

    /** Sets the join model and its options. */
    public AssociationOptions through(Through through) {
        return copy(as, asSingular, declared(through, "through"), foreignKey, foreignKeyOptions,
                otherKey, otherKeyOptions);
    }

    /** Names the foreign key (for belongsToMany, the join model's key to the source). */
    public AssociationOptions foreignKey(String name) {
        return foreignKey(name, null);
    }

    /** Names and configures the foreign key ({@code a -> a.notNull()}, a type …). */
    public AssociationOptions foreignKey(String name, Consumer<AttributeSpec> options) {
        return copy(as, asSingular, through, declared(name, "foreignKey"), options, otherKey,
                otherKeyOptions);
    }

    /** Names the other key (the target side of a belongsToMany link). */
    public AssociationOptions otherKey(String name) {
        return otherKey(name, null);
    }

    /** Names and configures the other key. */
    public AssociationOptions otherKey(String name, Consumer<AttributeSpec> options) {
        return copy(as, asSingular, through, foreignKey, foreignKeyOptions, declared(name, "otherKey"),
                options);
    }

    /** The source attribute the link refers to (default: the source's primary key); must be unique. */
    public AssociationOptions sourceKey(String attribute) {
        return new AssociationOptions(as, asSingular, through, foreignKey, foreignKeyOptions, otherKey,
                otherKeyOptions, attribute, targetKey, onDelete, onUpdate, constraints);
    }

    /** The target attribute the link refers to (default: the target's primary key); must be unique. */
    public AssociationOptions targetKey(String attribute) {
        return new AssociationOptions(as, asSingular, through, foreignKey, foreignKeyOptions, otherKey,
                otherKeyOptions, sourceKey, attribute, onDelete, onUpdate, constraints);
    }

    /** What the foreign key does when the referenced row is deleted. */
    public AssociationOptions onDelete(ReferentialAction action) {
        return new AssociationOptions(as, asSingular, through, foreignKey, foreignKeyOptions, otherKey,
                otherKeyOptions, sourceKey, targetKey, action, onUpdate, constraints);
    }

    /** What the foreign key does when the referenced key changes. */
    public AssociationOptions onUpdate(ReferentialAction action) {
        return new AssociationOptions(as, asSingular, through, foreignKey, foreignKeyOptions, otherKey,
                otherKeyOptions, sourceKey, targetKey, onDelete, action, constraints);
    }

    /** With {@code false}, no FOREIGN KEY constraint is created: the database will not check or cascade links. */
    public AssociationOptions constraints(boolean constraints) {
        return new AssociationOptions(as, asSingular, through, foreignKey, foreignKeyOptions, otherKey,
                otherKeyOptions, sourceKey, targetKey, onDelete, onUpdate, constraints);
    }

    private AssociationOptions copy(String as, String asSingular, Through through, String foreignKey,
                                    Consumer<AttributeSpec> foreignKeyOptions, String otherKey,
                                    Consumer<AttributeSpec> otherKeyOptions) {
        return new AssociationOptions(as, asSingular, through, foreignKey, foreignKeyOptions, otherKey,
                otherKeyOptions, sourceKey, targetKey, onDelete, onUpdate, constraints);
    }

    /** The alias (plural for to-many), or {@code null}. */
    public String as() {
        return as;
    }

    /** The explicit singular alias, or {@code null}. */
    public String asSingular() {
        return asSingular;
    }

    /** The join model, or {@code null}. */
    public Through through() {
        return through;
    }

    public String foreignKey() {
        return foreignKey;
    }

    public Consumer<AttributeSpec> foreignKeyOptions() {
        return foreignKeyOptions;
    }

    public String otherKey() {
        return otherKey;
    }

    public Consumer<AttributeSpec> otherKeyOptions() {
        return otherKeyOptions;
    }

    public String sourceKey() {
        return sourceKey;
    }

    public String targetKey() {
        return targetKey;
    }

    public ReferentialAction onDelete() {
        return onDelete;
    }

    public ReferentialAction onUpdate() {
        return onUpdate;
    }

    /** The explicit constraints choice, or {@code null} (default true). */
    public Boolean constraints() {
        return constraints;
    }

    /** {@code value}, or a {@link dev.junction.DefinitionException} naming the option. */
    private static <V> V declared(V value, String option) {
        return Arguments.declared(value, "AssociationOptions", option);
    }
}
