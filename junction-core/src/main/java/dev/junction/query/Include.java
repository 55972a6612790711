package dev.junction.query;

import dev.junction.ValidationException;
import dev.junction.association.Association;
import dev.junction.association.Association.Kind;
import dev.junction.internal.Arguments;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One branch of an include tree: an association to load with its parents, how to filter and order what it loads,
 * and what to load beneath it — or, made by {@link #all(Kind...)}, every association of the model it is included
 * from. Immutable; every method returns a new include. Typed by the association: an include of {@code S}'s
 * association goes to a {@code Model<S>} (or beneath an include loading {@code S}), as the compiler checks.
 *
 * <pre>{@code
 * import static dev.junction.query.Include.include;
 * List<Loaded<User>> page = users.findAll(Query.all().order(Order.asc("username")).limit(20),
 *         include(favorites).where(like("title", "D%")).through(gt("rating", 3)).include(include(cast)));
 * }</pre>
 *
 * @param <S> the parent type
 * @param <T> the type loaded
 */
public final class Include<S, T> {
    private final Association<S, T> association;
    private final Where where;
    private final Where throughWhere;
    /** As given: {@code null} until {@link #required(boolean)} is called, then the include is what it says. */
    private final Boolean required;
    private final List<String> throughAttributes;
    private final List<Order> order;
    private final List<Include<?, ?>> children;
    /** For {@link #all(Kind...)}: the kinds of association it stands for; {@code null} for one association. */
    private final Set<Kind> allKinds;
    private final boolean nested;
    /** {@link #withDeleted()}: soft-deleted rows are loaded too. */
    private final boolean withDeleted;
    /** {@link #countOnly()}: only how many targets each parent has is loaded. */
    private final boolean countOnly;

    private Include(Association<S, T> association, Where where, Where throughWhere, Boolean required,
                    List<String> throughAttributes, List<Order> order, List<Include<?, ?>> children,
                    Set<Kind> allKinds, boolean nested, boolean withDeleted, boolean countOnly) {
        this.association = association;
        this.where = where;
        this.throughWhere = throughWhere;
        this.required = required;
        this.throughAttributes = throughAttributes == null ? null : List.copyOf(throughAttributes);
        this.order = List.copyOf(order);
        this.children = List.copyOf(children);
        this.allKinds = allKinds == null ? null : Set.copyOf(allKinds);
        this.nested = nested;
        this.withDeleted = withDeleted;
        this.countOnly = countOnly;
    }

    /** Loads {@code association} with the parents: every target, all join attributes, nothing beneath. */
    public static <S, T> Include<S, T> include(Association<S, T> association) {
        return new Include<>(Arguments.given(association, "Include.include", "association"), null, null, null, null,
                List.of(), List.of(), null, false, false, false);
    }

    /**
     * Every association of the model it is included from (Sequelize's {@code include: [{ all: true }]}), or only
     * those of the given kinds, one level deep, each loaded as {@code include(association)} would; with
     * {@link #nested()}, the associations of what they load too. An association also included explicitly beside it
     * is loaded as that include says.
     *
     * <pre>{@code
     * Loaded<Show> dune = shows.findByPk(id, Include.all()).orElseThrow();   // dune.get(network), dune.get(fans)…
     * users.findAll(Include.all(Kind.BELONGS_TO_MANY).nested());
     * }</pre>
     */
    public static Include<Object, Object> all(Kind... kinds) {
        List<Kind> given = Arguments.each("Include.all", "kind", Arguments.given(kinds, "Include.all", "kinds"));
        Set<Kind> chosen = given.isEmpty() ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(given);
        return new Include<Object, Object>(null, null, null, null, null, List.of(), List.of(), chosen, false, false,
                false);
    }

    /**
     * For {@link #all(Kind...)}: also loads every association of each model loaded, level by level, except an
     * association back to a model already loaded above (so a cycle stops, and a self-association is followed once).
     */
    public Include<S, T> nested() {
        if (allKinds == null) {
            throw new ValidationException(null, null, "include(" + association.as() + ").nested(): only Include.all()"
                    + " can be nested; say what to load beneath an include with .include(…)");
        }
        return new Include<>(association, where, throughWhere, required, throughAttributes, order, children,
                allKinds, true, withDeleted, countOnly);
    }

    /**
     * Loads only the targets matching {@code where}, and makes the include {@linkplain #required(boolean)
     * required} (parents without a match drop out) unless {@code required(false)} says otherwise — as in Sequelize.
     */
    public Include<S, T> where(Where targetWhere) {
        refuseOnAll("where(…)");
        return new Include<>(association, targetWhere, throughWhere, required, throughAttributes, order, children,
                null, false, withDeleted, countOnly);
    }

    /**
     * Loads only the links whose join row matches {@code throughWhere} (belongsToMany only). Unlike
     * {@link #where(Where)} it keeps the parents without a match (as Sequelize's {@code through: { where }} does).
     */
    public Include<S, T> through(Where throughWhere) {
        refuseOnAll("through(…)");
        return new Include<>(association, where, throughWhere, required, throughAttributes, order, children,
                null, false, withDeleted, countOnly);
    }

    /** Parents with nothing to load here drop out of the result (and of its pages and counts). */
    public Include<S, T> required() {
        return required(true);
    }

    /**
     * {@code true}: parents with nothing to load here drop out of the result (and of its pages and counts).
     * {@code false}: every parent stays, with what matched — possibly nothing — even when {@link #where(Where)}
     * filters. Not called, an include is required exactly when it has a {@code where}.
     */
    public Include<S, T> required(boolean required) {
        return new Include<>(association, where, throughWhere, required, throughAttributes, order, children,
                allKinds, nested, withDeleted, countOnly);
    }

    /**
     * Which join attributes to load with each link (belongsToMany): only these, or none when called with no names
     * ({@code throughAttributes()}). Not called, every join attribute is loaded.
     */
    public Include<S, T> throughAttributes(String... names) {
        refuseOnAll("throughAttributes(…)");
        List<String> given = Arguments.each("Include.throughAttributes", "name",
                Arguments.given(names, "Include.throughAttributes", "names"));
        return new Include<>(association, where, throughWhere, required, given, order, children, null, false,
                withDeleted, countOnly);
    }

    /** The order of what is loaded, per parent. */
    public Include<S, T> order(Order... terms) {
        refuseOnAll("order(…)");
        List<Order> all = new ArrayList<>(order);
        all.addAll(Arguments.each("Include.order", "term", Arguments.given(terms, "Include.order", "terms")));
        return new Include<>(association, where, throughWhere, required, throughAttributes, all, children,
                null, false, withDeleted, countOnly);
    }

    /**
     * Loads more beneath each loaded target: includes of associations of the target's model, checked by the compiler
     * ({@code include(favorites).include(include(network))} needs {@code network} to be an association of the
     * shows {@code favorites} loads). Includes made at run time go in {@link #withIncludes(List)}.
     */
    @SafeVarargs
    public final Include<S, T> include(Include<? super T, ?>... nested) {
        refuseOnAll("include(…)");
        List<Include<?, ?>> all = new ArrayList<>(children);
        all.addAll(Arguments.each("Include.include", "nested include",
                Arguments.given(nested, "Include.include", "nested")));
        return new Include<>(association, where, throughWhere, required, throughAttributes, order, all,
                null, false, withDeleted, countOnly);
    }

    /**
     * This include with {@code nested} beneath it instead of what it had — every other option kept as given (how
     * {@link #all(Kind...)} is written out beside explicit includes). For include trees made at run time: each is
     * checked to be of the target's model when the query runs, not by the compiler.
     */
    public Include<S, T> withIncludes(List<? extends Include<?, ?>> nested) {
        refuseOnAll("withIncludes(…)");
        List<Include<?, ?>> all = Arguments.each("Include.withIncludes", "nested include",
                Arguments.given(nested, "Include.withIncludes", "nested"));
        return new Include<>(association, where, throughWhere, required, throughAttributes, order, all, null, false,
                withDeleted, countOnly);
    }

    private void refuseOnAll(String call) {
        if (allKinds != null) {
            throw new ValidationException(null, null, "Include.all()." + call + ": Include.all() stands for"
                    + " associations of different models, so it takes only nested() and required(…); give " + call
                    + " to an explicit include(association) beside it, which then replaces that association");
        }
    }

    /** The association to load; {@code null} for {@link #all(Kind...)}. */
    public Association<S, T> association() {
        return association;
    }

    /**
     * Loads soft-deleted rows too: targets of a paranoid model (Sequelize's {@code paranoid: false} on an include) and
     * links of a paranoid join model; on {@link #all(Kind...)}, for every association it stands for. Nothing changes
     * for other models.
     *
     * <pre>{@code
     * beaches.findAll(Query.all(), include(sandcastles).withDeleted());
     * }</pre>
     */
    public Include<S, T> withDeleted() {
        return new Include<>(association, where, throughWhere, required, throughAttributes, order, children,
                allKinds, nested, true, countOnly);
    }

    /**
     * Loads only how many targets each parent has — one {@code SELECT key, COUNT(*) … GROUP BY key} per level, no
     * target read — to read with {@link Loaded#count(Association)}. For to-many associations (hasMany,
     * belongsToMany); filters ({@link #where(Where)}, {@link #through(Where)}), the target's default scope and soft
     * delete apply as they do to {@code count(source)}. Nothing can be included beneath it, and order is refused.
     *
     * <pre>{@code
     * for (Loaded<Show> show : shows.findAll(Query.all(), include(fans).countOnly())) {
     *     long howMany = show.count(fans);
     * }
     * }</pre>
     */
    public Include<S, T> countOnly() {
        refuseOnAll("countOnly()");
        return new Include<>(association, where, throughWhere, required, throughAttributes, order, children,
                null, false, withDeleted, true);
    }

    /** {@code include(association).countOnly()}: how many targets each parent has, and nothing else. */
    public static <S, T> Include<S, T> count(Association<S, T> association) {
        return include(association).countOnly();
    }

    /** Whether only the count of targets is loaded ({@link #countOnly()}). */
    public boolean isCountOnly() {
        return countOnly;
    }

    /** Whether soft-deleted targets and links are loaded too ({@link #withDeleted()}). */
    public boolean isWithDeleted() {
        return withDeleted;
    }

    /** Whether this include is {@link #all(Kind...)}. */
    public boolean isAll() {
        return allKinds != null;
    }

    /** For {@link #all(Kind...)}: the kinds of association it loads; empty otherwise. */
    public Set<Kind> allKinds() {
        return allKinds == null ? Set.of() : allKinds;
    }

    /** For {@link #all(Kind...)}: whether it follows the associations of what it loads. */
    public boolean isNested() {
        return nested;
    }

    /** The target filter, or {@code null}. */
    public Where where() {
        return where;
    }

    /** The join-row filter, or {@code null}. */
    public Where throughWhere() {
        return throughWhere;
    }

    /** Whether parents without a match drop out: as given by {@link #required(boolean)}, else whether it has a where. */
    public boolean isRequired() {
        return required != null ? required : where != null;
    }

    /**
     * The join attributes to load: {@code null} for all, empty for none. (Not named {@code throughAttributes()}:
     * that call, without names, asks for none.)
     */
    public List<String> throughAttributeNames() {
        return throughAttributes;
    }

    public List<Order> order() {
        return order;
    }

    public List<Include<?, ?>> children() {
        return children;
    }
}
