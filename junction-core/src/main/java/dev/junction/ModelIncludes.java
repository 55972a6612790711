package dev.junction;

import dev.junction.query.Include;
import dev.junction.query.Loaded;
import dev.junction.query.Page;
import dev.junction.query.Query;
import dev.junction.query.Where;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The side of a {@link Model} that reads rows with their associations included: one query for the rows, then one per
 * include level (keys chunked below the bind-parameter limit), never one per row.
 *
 * <p>One, two or three includes are checked by the compiler: each must be an include of an association of this
 * model (its source {@code ? super T}), so {@code users.findAll(include(castleTypeTools))} does not compile, while
 * {@link Include#all(dev.junction.association.Association.Kind...) Include.all()} fits every model. (A typed Java
 * varargs parameter would make every call site warn of a generic array, so the forms are spelt out.) More includes,
 * or includes made at run time, go in a {@link List}, checked when the query runs: an include of another model's
 * association is a {@link ValidationException} naming it.
 *
 * <pre>{@code
 * for (Loaded<User> user : users.findAll(Query.all().limit(20), include(favorites), include(profile))) {
 *     List<Show> shows = user.get(favorites);
 * }
 * users.findAll(Query.all(), List.of(include(favorites), include(profile), include(watched), include(following)));
 * }</pre>
 *
 * @param <T> the model's instances
 */
public interface ModelIncludes<T> {

    /**
     * The rows the query selects, each with its includes loaded: one query for the rows, then one per include
     * level. Limit and offset page these rows, whatever is included. A null list means none.
     */
    List<Loaded<T>> findAll(Query query, List<? extends Include<?, ?>> includes);

    /** {@link #findAll(Query, List)} with one include, checked by the compiler to be of this model. */
    default List<Loaded<T>> findAll(Query query, Include<? super T, ?> include) {
        return findAll(query, Arrays.asList(include));
    }

    /** {@link #findAll(Query, List)} with two includes, checked by the compiler to be of this model. */
    default List<Loaded<T>> findAll(Query query, Include<? super T, ?> first, Include<? super T, ?> second) {
        return findAll(query, Arrays.asList(first, second));
    }

    /** {@link #findAll(Query, List)} with three includes, checked by the compiler to be of this model. */
    default List<Loaded<T>> findAll(Query query, Include<? super T, ?> first, Include<? super T, ?> second,
                                    Include<? super T, ?> third) {
        return findAll(query, Arrays.asList(first, second, third));
    }

    /** Every row, with its include loaded. */
    default List<Loaded<T>> findAll(Include<? super T, ?> include) {
        return findAll(Query.all(), Arrays.asList(include));
    }

    /** Every row, with its two includes loaded. */
    default List<Loaded<T>> findAll(Include<? super T, ?> first, Include<? super T, ?> second) {
        return findAll(Query.all(), Arrays.asList(first, second));
    }

    /** Every row, with its three includes loaded. */
    default List<Loaded<T>> findAll(Include<? super T, ?> first, Include<? super T, ?> second,
                                    Include<? super T, ?> third) {
        return findAll(Query.all(), Arrays.asList(first, second, third));
    }

    /** The first row the query selects, with its includes loaded. */
    default Optional<Loaded<T>> findOne(Query query, List<? extends Include<?, ?>> includes) {
        if (query == null) throw new ValidationException(null, null, "query must not be null");
        List<Loaded<T>> found = findAll(query.limit(1), includes);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** {@link #findOne(Query, List)} with one include, checked by the compiler to be of this model. */
    default Optional<Loaded<T>> findOne(Query query, Include<? super T, ?> include) {
        return findOne(query, Arrays.asList(include));
    }

    /** {@link #findOne(Query, List)} with two includes, checked by the compiler to be of this model. */
    default Optional<Loaded<T>> findOne(Query query, Include<? super T, ?> first, Include<? super T, ?> second) {
        return findOne(query, Arrays.asList(first, second));
    }

    /** {@link #findOne(Query, List)} with three includes, checked by the compiler to be of this model. */
    default Optional<Loaded<T>> findOne(Query query, Include<? super T, ?> first, Include<? super T, ?> second,
                                        Include<? super T, ?> third) {
        return findOne(query, Arrays.asList(first, second, third));
    }

    /**
     * How many rows match the filter and have what the required includes demand — those with a {@code where}, unless
     * {@code required(false)}, and those marked {@code required()} — never inflated by what they would load.
     */
    long count(Where where, List<? extends Include<?, ?>> includes);

    /** {@link #count(Where, List)} with one include, checked by the compiler to be of this model. */
    default long count(Where where, Include<? super T, ?> include) {
        return count(where, Arrays.asList(include));
    }

    /** {@link #count(Where, List)} with two includes, checked by the compiler to be of this model. */
    default long count(Where where, Include<? super T, ?> first, Include<? super T, ?> second) {
        return count(where, Arrays.asList(first, second));
    }

    /** {@link #count(Where, List)} with three includes, checked by the compiler to be of this model. */
    default long count(Where where, Include<? super T, ?> first, Include<? super T, ?> second,
            Include<? super T, ?> third) {
        return count(where, Arrays.asList(first, second, third));
    }

    /**
     * Like {@link #count(Where, List)} for the query's filter (its order and page are ignored); with
     * {@link Query#withDeleted()}, soft-deleted rows of a paranoid model count too.
     */
    long count(Query query, List<? extends Include<?, ?>> includes);

    /** {@link #count(Query, List)} with one include, checked by the compiler to be of this model. */
    default long count(Query query, Include<? super T, ?> include) {
        return count(query, Arrays.asList(include));
    }

    /** {@link #count(Query, List)} with two includes, checked by the compiler to be of this model. */
    default long count(Query query, Include<? super T, ?> first, Include<? super T, ?> second) {
        return count(query, Arrays.asList(first, second));
    }

    /** {@link #count(Query, List)} with three includes, checked by the compiler to be of this model. */
    default long count(Query query, Include<? super T, ?> first, Include<? super T, ?> second,
            Include<? super T, ?> third) {
        return count(query, Arrays.asList(first, second, third));
    }

    /** How many rows the query's filter matches (see {@link #count(Query, List)}). */
    default long count(Query query) {
        return count(query, List.of());
    }

    /** A page of rows, and how many rows there are in all for the same filter. */
    default Page<T> findAndCountAll(Query query) {
        return findAndCountAll(query, List.of());
    }

    /** A page of rows with their includes, and how many rows there are in all for the same filter. */
    default Page<T> findAndCountAll(Query query, List<? extends Include<?, ?>> includes) {
        if (query == null) throw new ValidationException(null, null, "query must not be null");
        return new Page<>(findAll(query, includes), count(query, includes));
    }

    /** {@link #findAndCountAll(Query, List)} with one include, checked by the compiler to be of this model. */
    default Page<T> findAndCountAll(Query query, Include<? super T, ?> include) {
        return findAndCountAll(query, Arrays.asList(include));
    }

    /** {@link #findAndCountAll(Query, List)} with two includes, checked by the compiler to be of this model. */
    default Page<T> findAndCountAll(Query query, Include<? super T, ?> first, Include<? super T, ?> second) {
        return findAndCountAll(query, Arrays.asList(first, second));
    }

    /** {@link #findAndCountAll(Query, List)} with three includes, checked by the compiler to be of this model. */
    default Page<T> findAndCountAll(Query query, Include<? super T, ?> first, Include<? super T, ?> second,
            Include<? super T, ?> third) {
        return findAndCountAll(query, Arrays.asList(first, second, third));
    }

    /**
     * Like {@link Model#stream(Query)}, each batch of rows arriving with its includes loaded (one query per include
     * level and batch). The include queries run on the stream's own connection — on MariaDB, whose driver cannot
     * query beside a stream without reading all of it, outside a transaction, on a second one taken with the first
     * when the stream opens (so a pool of one connection cannot stream with includes there, and says so at once).
     */
    Stream<Loaded<T>> stream(Query query, List<? extends Include<?, ?>> includes);

    /** {@link #stream(Query, List)} with one include, checked by the compiler to be of this model. */
    default Stream<Loaded<T>> stream(Query query, Include<? super T, ?> include) {
        return stream(query, Arrays.asList(include));
    }

    /** {@link #stream(Query, List)} with two includes, checked by the compiler to be of this model. */
    default Stream<Loaded<T>> stream(Query query, Include<? super T, ?> first, Include<? super T, ?> second) {
        return stream(query, Arrays.asList(first, second));
    }

    /** {@link #stream(Query, List)} with three includes, checked by the compiler to be of this model. */
    default Stream<Loaded<T>> stream(Query query, Include<? super T, ?> first, Include<? super T, ?> second,
            Include<? super T, ?> third) {
        return stream(query, Arrays.asList(first, second, third));
    }

    /** The instances in hand as {@link Loaded}, with nothing included. */
    default List<Loaded<T>> load(List<T> instances) {
        return load(instances, List.of());
    }

    /** Loads includes for instances already in hand, one query per include level for all of them. */
    List<Loaded<T>> load(List<T> instances, List<? extends Include<?, ?>> includes);

    /** {@link #load(List, List)} with one include, checked by the compiler to be of this model. */
    default List<Loaded<T>> load(List<T> instances, Include<? super T, ?> include) {
        return load(instances, Arrays.asList(include));
    }

    /** {@link #load(List, List)} with two includes, checked by the compiler to be of this model. */
    default List<Loaded<T>> load(List<T> instances, Include<? super T, ?> first, Include<? super T, ?> second) {
        return load(instances, Arrays.asList(first, second));
    }

    /** {@link #load(List, List)} with three includes, checked by the compiler to be of this model. */
    default List<Loaded<T>> load(List<T> instances, Include<? super T, ?> first, Include<? super T, ?> second,
            Include<? super T, ?> third) {
        return load(instances, Arrays.asList(first, second, third));
    }
}
