package dev.junction.schema;

import dev.junction.internal.Arguments;
import dev.junction.lifecycle.HookDeclaration;
import dev.junction.lifecycle.Hooks;
import dev.junction.lifecycle.ModelRule;
import dev.junction.query.Query;
import dev.junction.query.Where;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The options of a model definition, as Sequelize's {@code define(name, attributes, options)} takes them. Mutable;
 * handed to the customiser of {@code Junction.define}, then frozen into a {@link ModelDefinition}.
 *
 * <pre>{@code
 * Model<Row> tags = db.define("Tag", m -> m
 *         .attribute("name", DataType.string(40), a -> a.unique().notNull())
 *         .timestamps(false));
 * }</pre>
 *
 * <p>For a model backed by a class, attributes come from the record components or fields; {@code attribute(name, …)}
 * adjusts one of them, and {@code attribute(name, type, …)} adds a column the class does not hold.
 */
public final class ModelSpec {
    private String name;
    private String tableName;
    private boolean freezeTableName;
    private Boolean timestamps;
    private Boolean underscored;
    private String paranoid;
    private String version;
    private final Map<String, Declaration> declarations = new LinkedHashMap<>();
    private final List<String> duplicateNames = new ArrayList<>();
    private JoinIdentity joinIdentity;
    private final List<IndexDeclaration> indexes = new ArrayList<>();
    private final List<String> renamedFrom = new ArrayList<>();
    private final List<ModelRule> rules = new ArrayList<>();
    private final List<HookDeclaration> hooks = new ArrayList<>();
    private final ModelSpecScopes scopes = new ModelSpecScopes();

    /**
     * How the rows of a join model are told apart, as {@code belongsToMany} declares it.
     *
     * @param attributes the link's key attributes (foreign key, other key, then any scope attributes)
     * @param unique     whether a link may appear once only
     * @param uniqueKey  the name of the UNIQUE constraint over the link's attributes, or {@code null}
     * @param paranoid   whether links are soft-deleted (a nullable {@code deletedAt}), as {@code Through.paranoid()}
     */
    public record JoinIdentity(List<String> attributes, boolean unique, String uniqueKey, boolean paranoid) {
        public JoinIdentity {
            attributes = List.copyOf(Arguments.declared(attributes, "ModelSpec.JoinIdentity", "attributes"));
        }

        /** An identity whose links are deleted for real. */
        public JoinIdentity(List<String> attributes, boolean unique, String uniqueKey) {
            this(attributes, unique, uniqueKey, false);
        }

        /** An identity whose uniqueness, if any, has a generated name. */
        public JoinIdentity(List<String> attributes, boolean unique) {
            this(attributes, unique, null);
        }
    }

    /**
     * What the spec says about one attribute: a type (when declared with one) and the options to apply.
     *
     * @param type     the declared type, or {@code null} when the attribute is only adjusted
     * @param fallback the type to use when neither a property nor a declaration gives one, or {@code null}
     * @param options  the customisers, applied in order
     */
    public record Declaration(DataType type, DataType fallback, List<Consumer<AttributeSpec>> options) {
    }

    /**
     * A non-unique index as declared: its attributes, and its name or {@code null} for the default
     * ({@code <table>_<columns>} in snake_case, as Sequelize names it).
     *
     * @param name       the index name, or {@code null}
     * @param attributes the indexed attributes, in index order
     */
    public record IndexDeclaration(String name, List<String> attributes) {
        public IndexDeclaration {
            attributes = Arguments.listOrEmpty(attributes);
        }
    }

    public ModelSpec(String name) {
        this.name = Arguments.declared(name, "ModelSpec", "model name");
    }

    /** Renames the model (the class's simple name by default). */
    public ModelSpec name(String name) {
        this.name = Arguments.declared(name, "ModelSpec", "model name");
        return this;
    }

    /** Uses this table name verbatim instead of the plural of the model name. */
    public ModelSpec tableName(String tableName) {
        this.tableName = Arguments.declared(tableName, "ModelSpec", "table name");
        return this;
    }

    /**
     * Declares that the model's table was called {@code oldTable} before; may be given several times (the table's
     * history). Only the migration generator reads it, to write a rename instead of a drop and a create.
     */
    public ModelSpec renamedFrom(String oldTable) {
        renamedFrom.add(Arguments.declared(oldTable, "ModelSpec", "renamedFrom"));
        return this;
    }

    /** The table names declared by {@link #renamedFrom(String)}, oldest last as given. */
    public List<String> renamedFrom() { return List.copyOf(renamedFrom); }

    /** Uses the model name itself as the table name (Sequelize's {@code freezeTableName}). */
    public ModelSpec freezeTableName() {
        this.freezeTableName = true;
        return this;
    }

    /** Whether {@code createdAt}/{@code updatedAt} are kept (default: the database-wide setting, on). */
    public ModelSpec timestamps(boolean timestamps) {
        this.timestamps = timestamps;
        return this;
    }

    /**
     * Soft delete, as Sequelize's {@code paranoid: true}: the model gets a nullable {@code deletedAt} timestamp
     * (column {@code deleted_at} when underscored); {@code destroy} sets it instead of deleting the row, every read
     * skips rows that have it unless asked ({@code Query.withDeleted()}), and {@code restore} clears it. Needs
     * {@linkplain #timestamps(boolean) timestamps}. A record need not hold a {@code deletedAt} component.
     *
     * <pre>{@code
     * Model<Beach> beaches = db.define(Beach.class, m -> m.paranoid());
     * }</pre>
     */
    public ModelSpec paranoid() {
        return paranoid("deletedAt");
    }

    /** Like {@link #paranoid()}, with the timestamp named {@code attribute} (Sequelize's {@code deletedAt} option). */
    public ModelSpec paranoid(String attribute) {
        this.paranoid = Arguments.declared(attribute, "ModelSpec", "paranoid attribute");
        return this;
    }

    /** The soft-delete attribute's name, or {@code null} when the model is not paranoid. */
    public String paranoidAttribute() { return paranoid; }

    /**
     * Optimistic locking (Sequelize's {@code version: true}, JPA's {@code @Version}): a {@code version} counter, NOT
     * NULL, default 0 — the class's {@code Integer}/{@code Long} property if it has one, else a column. Every write of
     * an instance ({@code update}, {@code destroy}, {@code restore}, an association {@code set} of its owner) matches
     * the row by key and the version the instance carries, and adds one; a row written by someone else meanwhile is
     * a {@link dev.junction.StaleInstanceException}, and nothing is written. See the README, "Optimistic locking".
     */
    public ModelSpec version() {
        return version("version");
    }

    /** Like {@link #version()}, with the counter named {@code attribute} (Sequelize's {@code version: 'rev'}). */
    public ModelSpec version(String attribute) {
        this.version = Arguments.declared(attribute, "ModelSpec", "version attribute");
        return this;
    }

    /** The version attribute's name, or {@code null} without optimistic locking. */
    public String versionAttribute() { return version; }

    /**
     * Whether names are snake_case, as Sequelize's {@code underscored}: columns ({@code first_name},
     * {@code created_at}, {@code beach_id}) and, unless {@link #tableName} or {@link #freezeTableName} says otherwise,
     * the table ({@code SandcastleType → sandcastle_types}); default: the database-wide setting.
     */
    public ModelSpec underscored(boolean underscored) {
        this.underscored = underscored;
        return this;
    }

    /** Adds a typed attribute (or, on a class-backed model, a column the class does not hold). */
    public ModelSpec attribute(String name, DataType type) {
        return attribute(name, type, a -> { });
    }

    /** Adds a typed attribute and configures it; on a class-backed model it overrides the inferred type. */
    public ModelSpec attribute(String name, DataType type, Consumer<AttributeSpec> options) {
        Arguments.declared(type, "ModelSpec", "type");
        Declaration existing = declarations.get(name);
        if (existing != null && existing.type() != null) {
            duplicateNames.add(name);
        }
        List<Consumer<AttributeSpec>> all = new ArrayList<>(existing == null ? List.of() : existing.options());
        all.add(options);
        declarations.put(name, new Declaration(type, existing == null ? null : existing.fallback(), all));
        return this;
    }

    /** Configures an attribute the model's class already has (its type is inferred from the property). */
    public ModelSpec attribute(String name, Consumer<AttributeSpec> options) {
        Declaration existing = declarations.get(name);
        List<Consumer<AttributeSpec>> all = new ArrayList<>(existing == null ? List.of() : existing.options());
        all.add(options);
        declarations.put(name, new Declaration(existing == null ? null : existing.type(),
                existing == null ? null : existing.fallback(), all));
        return this;
    }

    /**
     * Configures an attribute that the class or an earlier declaration may already give, else adds it with
     * {@code fallbackType}. Associations use this for foreign keys: a class's own {@code BeachId} property is
     * used as it is, and a class without one gets a column.
     */
    public ModelSpec attributeOrAdd(String name, DataType fallbackType, Consumer<AttributeSpec> options) {
        Declaration existing = declarations.get(name);
        List<Consumer<AttributeSpec>> all = new ArrayList<>(existing == null ? List.of() : existing.options());
        all.add(options);
        declarations.put(name, new Declaration(existing == null ? null : existing.type(),
                Arguments.declared(fallbackType, "ModelSpec", "fallbackType"), all));
        return this;
    }

    /**
     * Marks this model as a join model identified by {@code attributes}. Unique links: those attributes become the
     * composite primary key when the model has no key of its own, else a composite unique constraint. Non-unique
     * links: the model keeps its own key, or gets a surrogate auto-increment {@code id}. Set by
     * {@code belongsToMany}; rarely called directly.
     */
    public ModelSpec joinIdentity(List<String> attributes, boolean unique) {
        return joinIdentity(attributes, unique, null);
    }

    /**
     * As {@link #joinIdentity(List, boolean)}, with the UNIQUE constraint over the attributes named
     * {@code uniqueKey} (fitted to the database's identifier limit); where the attributes are the primary key, the
     * named constraint is added beside it.
     */
    public ModelSpec joinIdentity(List<String> attributes, boolean unique, String uniqueKey) {
        return joinIdentity(attributes, unique, uniqueKey, false);
    }

    /**
     * As {@link #joinIdentity(List, boolean, String)}; with {@code paranoid}, the join model gets a nullable
     * {@code deletedAt} and its links are soft-deleted ({@code Through.paranoid()}).
     */
    public ModelSpec joinIdentity(List<String> attributes, boolean unique, String uniqueKey, boolean paranoid) {
        this.joinIdentity = new JoinIdentity(Arguments.declared(attributes, "ModelSpec.joinIdentity", "attributes"),
                unique, uniqueKey, paranoid);
        return this;
    }

    /**
     * Adds a non-unique index over {@code attributes} (attribute names, in index order), named as Sequelize names
     * one: {@code <table>_<columns>} in snake_case ({@code Beaches} on {@code UserId, name} →
     * {@code beaches__user_id_name}), shortened with a stable hash beyond the database's identifier limit.
     * {@code sync} creates it; unique indexes are {@link AttributeSpec#unique()} and {@code unique(group)}.
     *
     * <pre>{@code
     * db.define("Beach", m -> m.attribute("town", DataType.string(40)).attribute("name", DataType.string(40))
     *         .index("town", "name"));
     * }</pre>
     */
    public ModelSpec index(String... attributes) {
        Arguments.declared(attributes, "ModelSpec.index", "attributes");
        indexes.add(new IndexDeclaration(null, List.of(each(attributes))));
        return this;
    }

    /** Adds a non-unique index called {@code name} over {@code attributes} (attribute names, in index order). */
    public ModelSpec index(String name, List<String> attributes) {
        Arguments.declared(name, "ModelSpec.index", "name");
        Arguments.declared(attributes, "ModelSpec.index", "attributes");
        indexes.add(new IndexDeclaration(name, List.of(each(attributes.toArray(String[]::new)))));
        return this;
    }

    private static String[] each(String[] attributes) {
        for (String attribute : attributes) Arguments.declared(attribute, "ModelSpec.index", "attributes");
        return attributes;
    }

    /**
     * Adds a validator over several attributes (Sequelize's model-level {@code validate}): {@code test} gets the
     * instance's values by attribute name (on an update, the values being written) and is true when they are valid.
     *
     * <pre>{@code
     * m -> m.validate("endsAfterStarts", v -> v.get("ends") == null
     *         || ((Instant) v.get("ends")).isAfter((Instant) v.get("starts")))
     * }</pre>
     */
    public ModelSpec validate(String name, Predicate<Map<String, Object>> test) {
        rules.add(new ModelRule(name, test));
        return this;
    }

    /**
     * Filters every read of the model with {@code where} (Sequelize's {@code defaultScope}): find, count, stream,
     * bulk update and destroy, includes of it and association reads of it. {@code Model.scoped(…)} reads with named
     * scopes instead, {@code Model.unscoped()} with none.
     *
     * <pre>{@code
     * db.define(Beach.class, m -> m.defaultScope(eq("open", true)).scope("sandy", Query.where(eq("sand", true))));
     * }</pre>
     */
    public ModelSpec defaultScope(Where where) {
        scopes.defaultScope(name, Query.where(Arguments.declared(where, "ModelSpec.defaultScope", "where")));
        return this;
    }

    /**
     * Like {@link #defaultScope(Where)}, with an order and page too: reads that give none of their own use the
     * scope's (a query's own order comes after the scope's).
     */
    public ModelSpec defaultScope(Query query) {
        scopes.defaultScope(name, Arguments.declared(query, "ModelSpec.defaultScope", "query"));
        return this;
    }

    /**
     * Declares a named scope, which {@code Model.scoped(name, …)} applies instead of the default scope. A name may be
     * declared once; {@code "defaultScope"} names the default scope.
     */
    public ModelSpec scope(String name, Query query) {
        scopes.named(this.name, name, Arguments.declared(query, "ModelSpec.scope", "query"));
        return this;
    }

    /** Declares a named scope that filters with {@code where} (see {@link #scope(String, Query)}). */
    public ModelSpec scope(String name, Where where) {
        return scope(name, Query.where(Arguments.declared(where, "ModelSpec.scope", "where")));
    }

    /** The scopes declared so far. */
    public ModelScopes scopes() { return scopes.build(); }

    /** The model-wide validators, in declaration order. */
    public List<ModelRule> rules() { return List.copyOf(rules); }

    /**
     * Declares lifecycle hooks (Sequelize's {@code hooks} option), typed by the model's class — {@code Row.class}
     * for a model defined by name. They run after the class's own static hook methods; see {@link Hooks}.
     *
     * <pre>{@code
     * db.define(Show.class, m -> m.hooks(Show.class, h -> h
     *         .beforeCreate(show -> new Show(show.id(), show.title().strip()))
     *         .afterDestroy(show -> audit.add("gone: " + show.title()))));
     * }</pre>
     *
     * A {@code type} other than the model's class is a {@link dev.junction.DefinitionException} when the model is
     * defined; a null hook is a {@link dev.junction.ValidationException}.
     */
    public <T> ModelSpec hooks(Class<T> type, Consumer<Hooks<T>> declare) {
        Arguments.declared(type, "ModelSpec.hooks", "type");
        Arguments.declared(declare, "ModelSpec.hooks", "declare");
        Hooks<T> declared = new Hooks<>();
        declare.accept(declared);
        hooks.add(new HookDeclaration(type, declared.declared()));
        return this;
    }

    /** The hooks declared with {@link #hooks}, in declaration order. */
    public List<HookDeclaration> hooks() { return List.copyOf(hooks); }

    /** The indexes declared with {@link #index}, in declaration order. */
    public List<IndexDeclaration> indexes() { return indexes; }

    /** The join identity, or {@code null} for an ordinary model. */
    public JoinIdentity joinIdentity() { return joinIdentity; }

    public String name() { return name; }

    /** The explicit table name, or {@code null}. */
    public String tableName() { return tableName; }

    public boolean isFreezeTableName() { return freezeTableName; }

    /** The explicit timestamps choice, or {@code null}. */
    public Boolean timestamps() { return timestamps; }

    /** The explicit underscored choice, or {@code null}. */
    public Boolean underscored() { return underscored; }

    /** What the spec says per attribute, in declaration order. */
    public Map<String, Declaration> declarations() { return declarations; }

    /** Names declared more than once with a type (a definition error). */
    public List<String> duplicateNames() { return duplicateNames; }
}
