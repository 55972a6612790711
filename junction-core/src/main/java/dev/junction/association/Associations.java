package dev.junction.association;

import dev.junction.Model;
import dev.junction.schema.AttributeSpec;
import java.util.function.Consumer;

/**
 * Where association options start, for static import:
 *
 * <pre>{@code
 * import static dev.junction.association.Associations.*;
 * users.belongsToMany(shows, as("Favorites").through("UserFavorites"));
 * shows.belongsToMany(users, through("UserFavorites"));
 * }</pre>
 */
public final class Associations {
    private Associations() {
    }

    /** Options with an alias (plural for to-many associations, singular for to-one). */
    public static AssociationOptions as(String alias) {
        return AssociationOptions.defaults().as(alias);
    }

    /** Options with an alias given as singular and plural. */
    public static AssociationOptions as(String singular, String plural) {
        return AssociationOptions.defaults().as(singular, plural);
    }

    /** Options with a join model by name. */
    public static AssociationOptions through(String joinModel) {
        return AssociationOptions.defaults().through(joinModel);
    }

    /** Options with a join model by class. */
    public static AssociationOptions through(Class<?> joinModel) {
        return AssociationOptions.defaults().through(joinModel);
    }

    /** Options with a defined join model. */
    public static AssociationOptions through(Model<?> joinModel) {
        return AssociationOptions.defaults().through(joinModel);
    }

    /** Options with a join model and its options. */
    public static AssociationOptions through(Through through) {
        return AssociationOptions.defaults().through(through);
    }

    /** Options with a foreign key name. */
    public static AssociationOptions foreignKey(String name) {
        return AssociationOptions.defaults().foreignKey(name);
    }

    /**
     * Options with a foreign key name and its attribute options, e.g. a NOT NULL key (which makes deleting the
     * referenced row cascade): {@code beaches.hasMany(sandcastles, foreignKey("BeachId", a -> a.notNull()))}.
     */
    public static AssociationOptions foreignKey(String name, Consumer<AttributeSpec> options) {
        return AssociationOptions.defaults().foreignKey(name, options);
    }

    /** Options with every default. */
    public static AssociationOptions defaults() {
        return AssociationOptions.defaults();
    }
}
