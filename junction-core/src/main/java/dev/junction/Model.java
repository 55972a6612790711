package dev.junction;

import dev.junction.association.AssociationSource;
import dev.junction.association.With;
import dev.junction.query.Include;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.schema.ModelDefinition;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A defined model: the handle for creating, finding, updating and deleting its rows. Obtained from
 * {@link Junction#define} or {@link Junction#model(String)}. Thread-safe; results are typed instances of
 * {@code T} — records built, POJOs filled, or {@link Row}s for models without a class.
 *
 * <p>Every method runs in the caller's transaction when there is one (the managed transaction of this thread, or
 * the one given to {@link #in(Transaction)}), else on a connection of its own; a method that needs more than one
 * statement runs them in one transaction.
 *
 * <pre>{@code
 * Model<User> users = db.define(User.class);
 * User alice = users.create(new User(null, "alice"));
 * Optional<User> found = users.findByPk(alice.id());
 * List<User> as = users.findAll(Query.where(like("username", "a%")).order(Order.asc("username")));
 * }</pre>
 *
 * @param <T> the instance type
 */
public interface Model<T> extends AssociationSource<T>, ModelIncludes<T>, ModelUpdates<T>, ModelAggregates<T> {

    /** The model's name ({@code "User"}). */
    String name();

    /** The full definition: table, attributes, keys. */
    ModelDefinition definition();

    /** The class instances are made of ({@code Row} for models without a class). */
    Class<T> type();

    /**
     * Inserts {@code instance} and returns it as stored: with its generated key, defaults and timestamps (a new
     * record, or the same POJO or Row, updated). Required attributes that are null fail with a
     * {@link ValidationException} before anything is written.
     */
    T create(T instance);

    /**
     * Inserts {@code instance} together with new rows of its associations, in one transaction (the caller's, or its
     * own) — Sequelize's {@code create(values, { include })}: belongsTo targets first, then the row, then hasOne and
     * hasMany targets referring to it, then belongsToMany targets and their link rows with their join values. Many
     * targets of one association are one bulk insert. If any part fails, nothing is written. Returns the row as
     * stored with the created targets readable through each association, as after an include.
     *
     * <pre>{@code
     * Loaded<User> alice = users.create(new User(null, "alice"),
     *         With.of(favorites, Link.of(new Show(null, "Dune"), Map.of("rating", 5)), new Show(null, "Arrival")));
     * alice.get(favorites);     // [Show[id=1, title=Dune], Show[id=2, title=Arrival]]
     * alice.linked(favorites);  // with their join rows: rating 5 for Dune
     * }</pre>
     */
    Loaded<T> create(T instance, With<?>... with);

    /**
     * Inserts many instances in as few statements as the database's parameter limit allows (multi-row
     * {@code VALUES}, at most 1,000 rows each), in one transaction, with defaults and timestamps filled and every
     * instance validated before anything is written. Returns them as stored, with generated keys — on all four
     * databases: {@code RETURNING} on PostgreSQL, SQLite and MariaDB, JDBC generated keys on H2 (and on MySQL,
     * whose driver must then report the key of every row). On PostgreSQL, 50 rows or more into a plain table go
     * in one {@code COPY … FROM STDIN} instead (keys the database would assign drawn from the key's sequence first,
     * where no trigger could change them); errors and rollback are the same either way.
     * Works the same on any model by name, join models without a class included:
     *
     * <pre>{@code
     * db.model("UserFavorites").bulkCreate(List.of(Row.of("UserId", 1, "ShowId", 2)));
     * }</pre>
     */
    List<T> bulkCreate(List<T> instances);

    /**
     * Like {@link #bulkCreate(List)}, with a row that collides with an existing one on the conflict target (by
     * default the key, or a join model's link identity — see {@link BulkOptions}) skipped
     * ({@link BulkOptions#ignoreDuplicates()}) or used to update that row
     * ({@link BulkOptions#updateOnDuplicate(String...)}). Race-safe: the database decides under its own locks, with
     * {@code ON CONFLICT} on PostgreSQL and SQLite, {@code MERGE} on H2 and {@code ON DUPLICATE KEY UPDATE} on
     * MariaDB/MySQL — which reacts to a collision on <em>any</em> unique key of the table, not only the target.
     * Rows of one call that collide with each other count as duplicates too (the first is kept, or later ones
     * update it). Every row is validated before anything is written; all of it is one transaction.
     *
     * <p>Generated keys come back on all four databases: rows that cannot collide (no value on the target) are
     * inserted as by {@link #bulkCreate(List)}; the others have their keys read back by one {@code SELECT} per
     * statement on the target — for a row that was skipped or updated, the key of the row already there. The
     * other values of a skipped row's instance are the ones given, not the stored ones.
     *
     * @throws ValidationException when an instance is invalid, or the options name an attribute the model does
     *                             not have, a conflict target that is not its key or a unique key, or an update of
     *                             the target itself
     */
    List<T> bulkCreate(List<T> instances, BulkOptions options);

    /** The row with this primary key (one value per key attribute, in key order), if any. */
    Optional<T> findByPk(Object... key);

    /** The first row matching the query, if any. */
    Optional<T> findOne(Query query);

    /** The first row matching the filter, if any. */
    default Optional<T> findOne(Where where) {
        return findOne(Query.where(where));
    }

    /**
     * The first row matching {@code where}, or {@code defaults} created when there is none; {@code created()} says
     * which. The attributes the where sets with {@code eq} (alone or in an {@code and}) fill those the defaults
     * leave null; a default contradicting one is a {@link ValidationException}. Race-safe as Sequelize's: when
     * concurrent calls all find nothing and create, one creates and the others, refused by the unique key, find its
     * row — <em>provided a unique key (or the primary key) covers what the where names</em>; without one, two rows
     * can be created. Runs in one transaction (the caller's, or its own); create hooks run when it creates.
     *
     * <pre>{@code
     * FoundOrCreated<User> r = users.findOrCreate(Where.eq("username", "alice"), new User(null, null, "a@x.org"));
     * }</pre>
     */
    FoundOrCreated<T> findOrCreate(Where where, T defaults);

    /** Every row. */
    default List<T> findAll() {
        return findAll(Query.all());
    }

    /** The rows the query selects, in its order and page. */
    List<T> findAll(Query query);

    /** The rows matching the filter. */
    default List<T> findAll(Where where) {
        return findAll(Query.where(where));
    }

    /**
     * The row with this primary key, with its include loaded (one query for the row, one per include level). For
     * models with a single-attribute key; find a row of a composite key with {@link #findOne(Query, List)}.
     *
     * <pre>{@code
     * Optional<Loaded<User>> alice = users.findByPk(1, include(favorites));
     * }</pre>
     */
    default Optional<Loaded<T>> findByPk(Object key, Include<? super T, ?> include) {
        return findByPkWith(key, Arrays.asList(include));
    }

    /** {@link #findByPk(Object, Include)} with two includes. */
    default Optional<Loaded<T>> findByPk(Object key, Include<? super T, ?> first, Include<? super T, ?> second) {
        return findByPkWith(key, Arrays.asList(first, second));
    }

    /** {@link #findByPk(Object, Include)} with three includes. */
    default Optional<Loaded<T>> findByPk(Object key, Include<? super T, ?> first, Include<? super T, ?> second,
                                         Include<? super T, ?> third) {
        return findByPkWith(key, Arrays.asList(first, second, third));
    }

    private Optional<Loaded<T>> findByPkWith(Object key, List<Include<? super T, ?>> includes) {
        if (includes.get(0) == null) {
            // findByPk(a, null) means a two-part key with a null part, which findByPk(Object...) refuses by name.
            findByPk(new Object[] {key, null});
            throw new ValidationException(name(), null, "findByPk: include must not be null");
        }
        List<dev.junction.schema.Attribute> primaryKey = definition().primaryKey();
        if (primaryKey.size() != 1) {
            throw new ValidationException(name(), null, "Model " + name() + " has a key of " + primaryKey.size()
                    + " attributes; find one of its rows with findOne(Query.where(…), includes)");
        }
        String attribute = primaryKey.get(0).name();
        if (key == null) {
            throw new ValidationException(name(), attribute, "Key " + name() + "." + attribute + " cannot be null");
        }
        return findOne(Query.where(Where.eq(attribute, key)), includes);
    }

    /**
     * The rows the query selects as a lazy stream with bounded memory: rows are fetched a batch at a time and the
     * stream holds a connection until it is read to the end or closed — use try-with-resources, so that a stream
     * left part-read (a {@code limit}, {@code findFirst()}, an exception) gives its connection back too; or
     * {@link #forEach(Query, Consumer)} and {@link #withStream}, which close it for you. (A stream dropped unclosed
     * gives its connection back only when the garbage collector finds it, with a warning naming where it was opened.)
     *
     * <pre>{@code
     * try (Stream<User> all = users.stream(Query.all())) {
     *     all.forEach(this::export);
     * }
     * }</pre>
     */
    java.util.stream.Stream<T> stream(Query query);

    /**
     * Hands each row the query selects to {@code action}, streamed as {@link #stream(Query)} does, and gives the
     * connection back however it ends.
     */
    default void forEach(Query query, Consumer<? super T> action) {
        required(action, "action");
        try (Stream<T> rows = stream(query)) {
            rows.forEach(action);
        }
    }

    /** Like {@link #forEach(Query, Consumer)}, each row with its includes loaded. */
    default void forEach(Query query, List<? extends Include<?, ?>> includes,
                         Consumer<? super Loaded<T>> action) {
        required(action, "action");
        try (Stream<Loaded<T>> rows = stream(query, required(includes, "includes"))) {
            rows.forEach(action);
        }
    }

    /**
     * Applies {@code reader} to the stream of the query's rows and closes the stream when it returns — the form for
     * operations that stop early, which never read a stream to its end:
     *
     * <pre>{@code
     * Optional<User> adult = users.withStream(Query.all(), rows -> rows.filter(u -> u.age() >= 18).findFirst());
     * }</pre>
     *
     * The result must not be a lazy view of the stream, which is closed by then.
     */
    default <R> R withStream(Query query, Function<? super Stream<T>, R> reader) {
        required(reader, "reader");
        try (Stream<T> rows = stream(query)) {
            return reader.apply(rows);
        }
    }

    /** {@code value}, which a caller must give. */
    private static <V> V required(V value, String name) {
        if (value == null) throw new ValidationException(null, null, name + " must not be null");
        return value;
    }

    /** How many rows there are. */
    default long count() {
        return count(Where.all());
    }

    /** How many rows match the filter. */
    long count(Where where);

    /**
     * This model, with every operation running in {@code tx}, which must come from the same {@link Junction}
     * (another one's is a {@link JunctionException}, as is a transaction that has ended).
     */
    Model<T> in(Transaction tx);

    /**
     * This model with its hooks switched off: creates, updates and destroys through the returned handle (and through
     * its {@link #in(Transaction)}) run none of the model's hooks, as Sequelize's {@code hooks: false}.
     */
    Model<T> withoutHooks();

    /**
     * This model, reading with the named scopes ({@link dev.junction.schema.ModelSpec#scope}) instead of the default
     * scope, as Sequelize's {@code scope(…)}: their filters AND-ed, their orders joined, the last limit and offset
     * given winning. {@code "defaultScope"} names the default scope, to keep it. The scopes apply to every read of the
     * handle — find, count, stream, bulk update and destroy — and combine with {@link #in(Transaction)}. With no
     * names, as Sequelize's {@code scope()}, the handle reads with no scope, like {@link #unscoped()}; called on a
     * scoped handle, the new names replace the old ones.
     *
     * <pre>{@code
     * List<User> found = users.scoped("active", "adults").findAll(Query.all().order(Order.asc("name")));
     * }</pre>
     *
     * @throws UnknownScopeException when the model declares no scope of one of the names
     */
    Model<T> scoped(String... names);

    /** This model reading with no scope at all, not even the default one (Sequelize's {@code unscoped()}). */
    Model<T> unscoped();
}
