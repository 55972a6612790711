package dev.junction.query;

import dev.junction.association.Association;
import dev.junction.internal.Arguments;
import java.util.ArrayList;
import java.util.List;

/**
 * One branch of an include tree: an association to load with its parents, how to filter and order what it loads,
 * and what to load beneath it. Immutable; every method returns a new include.
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
    private final boolean required;
    private final List<String> throughAttributes;
    private final List<Order> order;
    private final List<Include<?, ?>> children;

    private Include(Association<S, T> association, Where where, Where throughWhere, boolean required,
                    List<String> throughAttributes, List<Order> order, List<Include<?, ?>> children) {
        this.association = Arguments.given(association, "Include.include", "association");
        this.where = where;
        this.throughWhere = throughWhere;
        this.required = required;
        this.throughAttributes = throughAttributes == null ? null : List.copyOf(throughAttributes);
        this.order = List.copyOf(order);
        this.children = List.copyOf(children);
    }

    /** Loads {@code association} with the parents: every target, all join attributes, nothing beneath. */
    public static <S, T> Include<S, T> include(Association<S, T> association) {
        return new Include<>(association, null, null, false, null, List.of(), List.of());
    }

    /** Loads only the targets matching {@code where}; with {@link #required()}, parents without one drop out. */
    public Include<S, T> where(Where targetWhere) {
        return new Include<>(association, targetWhere, throughWhere, required, throughAttributes, order, children);
    }

    /** Loads only the links whose join row matches {@code throughWhere} (belongsToMany only). */
    public Include<S, T> through(Where throughWhere) {
        return new Include<>(association, where, throughWhere, required, throughAttributes, order, children);
    }

    /** Parents with nothing to load here drop out of the result (and of its pages and counts). */
    public Include<S, T> required() {
        return new Include<>(association, where, throughWhere, true, throughAttributes, order, children);
    }

    /**
     * Which join attributes to load with each link (belongsToMany): only these, or none when called with no names
     * ({@code throughAttributes()}). Not called, every join attribute is loaded.
     */
    public Include<S, T> throughAttributes(String... names) {
        List<String> given = Arguments.each("Include.throughAttributes", "name",
                Arguments.given(names, "Include.throughAttributes", "names"));
        return new Include<>(association, where, throughWhere, required, given, order, children);
    }

    /** The order of what is loaded, per parent. */
    public Include<S, T> order(Order... terms) {
        List<Order> all = new ArrayList<>(order);
        all.addAll(Arguments.each("Include.order", "term", Arguments.given(terms, "Include.order", "terms")));
        return new Include<>(association, where, throughWhere, required, throughAttributes, all, children);
    }

    /** Loads more beneath each loaded target (associations of the target's model). */
    public Include<S, T> include(Include<?, ?>... nested) {
        List<Include<?, ?>> all = new ArrayList<>(children);
        all.addAll(Arguments.each("Include.include", "nested include",
                Arguments.given(nested, "Include.include", "nested")));
        return new Include<>(association, where, throughWhere, required, throughAttributes, order, all);
    }

    public Association<S, T> association() {
        return association;
    }

    /** The target filter, or {@code null}. */
    public Where where() {
        return where;
    }

    /** The join-row filter, or {@code null}. */
    public Where throughWhere() {
        return throughWhere;
    }

    public boolean isRequired() {
        return required;
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
