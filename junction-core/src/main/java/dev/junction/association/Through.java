package dev.junction.association;

import dev.junction.DefinitionException;
import dev.junction.Model;
import dev.junction.internal.Arguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The join model of a {@code belongsToMany}: a name (an implicit model is made if none exists), a model class, or
 * a defined model; whether a link is unique; a scope; timestamps; whether links are soft-deleted
 * ({@link #paranoid()}). Immutable.
 *
 * <pre>{@code
 * shows.belongsToMany(users, as("Viewers").through(Through.of("Viewings").unique(false)).foreignKey("show_id"));
 * posts.belongsToMany(tags, through(Through.of("ItemTags").scope("taggable", "post")).foreignKey("taggableId"));
 * }</pre>
 */
public final class Through {
    private final String name;
    private final Class<?> type;
    private final Model<?> model;
    private final boolean unique;
    private final Map<String, Object> scope;
    private final Boolean timestamps;
    private final String uniqueKey;
    private final boolean paranoid;

    private Through(String name, Class<?> type, Model<?> model, boolean unique, Map<String, Object> scope,
                    Boolean timestamps, String uniqueKey) {
        this(name, type, model, unique, scope, timestamps, uniqueKey, false);
    }

    private Through(String name, Class<?> type, Model<?> model, boolean unique, Map<String, Object> scope,
                    Boolean timestamps, String uniqueKey, boolean paranoid) {
        this.name = name;
        this.type = type;
        this.model = model;
        this.unique = unique;
        this.scope = Collections.unmodifiableMap(new LinkedHashMap<>(scope));
        this.timestamps = timestamps;
        this.uniqueKey = uniqueKey;
        this.paranoid = paranoid;
    }

    /** The join model called {@code name}: an existing model, or else an implicit one with that table name. */
    public static Through of(String name) {
        return new Through(Arguments.declared(name, "Through", "name"), null, null, true, Map.of(), null, null);
    }

    /** The join model made from {@code type} (defined now if it is not yet), e.g. a record with extra columns. */
    public static Through of(Class<?> type) {
        return new Through(null, Arguments.declared(type, "Through", "type"), null, true, Map.of(), null, null);
    }

    /** A join model already defined. */
    public static Through of(Model<?> model) {
        return new Through(null, null, Arguments.declared(model, "Through", "model"), true, Map.of(), null, null);
    }

    /**
     * Whether a (source, target) pair may be linked once only (default true: composite key or unique constraint).
     * With {@code false} the join model has a surrogate key and the same pair may be linked many times.
     */
    public Through unique(boolean unique) {
        return new Through(name, type, model, unique, scope, timestamps, uniqueKey, paranoid);
    }

    /**
     * Adds a scope value: written into every link this association makes, and required of every link it reads,
     * counts, replaces or removes — so several owners can share one join table without touching each other's rows.
     */
    public Through scope(String attribute, Object value) {
        Map<String, Object> all = new LinkedHashMap<>(scope);
        all.put(Arguments.declared(attribute, "Through", "attribute"), Arguments.declared(value, "Through", "value"));
        return new Through(name, type, model, unique, all, timestamps, uniqueKey, paranoid);
    }

    /** Whether an implicit join model keeps createdAt/updatedAt (default: the database-wide setting). */
    public Through timestamps(boolean timestamps) {
        return new Through(name, type, model, unique, scope, timestamps, uniqueKey, paranoid);
    }

    /**
     * Names the UNIQUE constraint over the pair (Sequelize's {@code uniqueKey} option), shortened to fit the
     * database's identifier limit as every generated name is. Only for unique links. A join model without a key of
     * its own keeps the pair as its primary key too, which MariaDB always calls {@code PRIMARY}; the named
     * constraint then stands beside it, so the name is in every database's catalog.
     *
     * <pre>{@code
     * users.belongsToMany(tasks, through(Through.of(userTasks).uniqueKey("user_task_pair")));
     * }</pre>
     */
    public Through uniqueKey(String name) {
        if (name == null || name.isBlank()) {
            throw new DefinitionException("Through " + this + ": uniqueKey needs a constraint name, got "
                    + (name == null ? "null" : "'" + name + "'"));
        }
        return new Through(this.name, type, model, unique, scope, timestamps, name, paranoid);
    }

    /**
     * Makes the implicit join model paranoid: its table gets a nullable {@code deletedAt} ({@code deleted_at} when
     * underscored); {@code remove} and {@code set} stamp it instead of deleting the link, {@code add} of a pair whose
     * link was soft-deleted revives that link, and every read of the association (get, count, has, include) skips
     * soft-deleted links unless {@code include(…).withDeleted()} asks for them. A join model is not paranoid unless
     * asked, even when both its models are (as in Sequelize). Only for a join model given by name — made from it, or
     * a model of that name defined with join values, which gets its deletedAt as it gets its key columns; a join
     * model given as a class or a model is paranoid exactly when its own definition says so.
     *
     * <pre>{@code
     * users.belongsToMany(tasks, through(Through.of("UserTasks").paranoid()));
     * }</pre>
     *
     * @throws DefinitionException when the join model is given as a class or a model
     */
    public Through paranoid() {
        if (name == null) {
            throw new DefinitionException("Through " + this + ": paranoid() is for a join model made from a name;"
                    + " a join model given as a class or a model is paranoid when its own definition says so");
        }
        return new Through(name, type, model, unique, scope, timestamps, uniqueKey, true);
    }

    /** Whether {@link #paranoid()} was asked for. */
    public boolean isParanoid() {
        return paranoid;
    }

    /** The name given to the pair's unique constraint, or {@code null} (a generated one). */
    public String uniqueKey() {
        return uniqueKey;
    }

    /** The join model's name, if given by name. */
    public String name() {
        return name;
    }

    /** The join model's class, if given by class. */
    public Class<?> type() {
        return type;
    }

    /** The join model, if given as a model. */
    public Model<?> model() {
        return model;
    }

    public boolean unique() {
        return unique;
    }

    public Map<String, Object> scope() {
        return scope;
    }

    /** The explicit timestamps choice, or {@code null}. */
    public Boolean timestamps() {
        return timestamps;
    }

    @Override
    public String toString() {
        return name != null ? name : type != null ? type.getSimpleName() : model.name();
    }
}
