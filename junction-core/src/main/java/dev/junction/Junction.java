package dev.junction;

import dev.junction.dialect.Dialect;
import dev.junction.internal.Arguments;
import dev.junction.internal.jdbc.Database;
import dev.junction.internal.model.ClassHook;
import dev.junction.internal.sql.RawStatements;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.ModelSpec;
import dev.junction.schema.SyncMode;
import dev.junction.schema.SyncReport;
import dev.junction.schema.internal.ClassModelReader;
import dev.junction.schema.internal.SchemaOperations;
import dev.junction.schema.SchemaCheck;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The entry point: one per database. Defines models, syncs their tables, runs transactions ({@link Transactions})
 * and raw SQL ({@link SqlAccess}). Thread-safe; open it once and share it, and close it when the application stops (it owns a
 * connection pool).
 *
 * <pre>{@code
 * try (Junction db = Junction.open("jdbc:h2:mem:shows")) {
 *     Model<User> users = db.define(User.class);     // record User(Long id, String username)
 *     db.sync();                                     // CREATE TABLE "Users" …
 *     User alice = users.create(new User(null, "alice"));
 * }
 * }</pre>
 */
public final class Junction implements Models, SqlAccess, Transactions, PrimaryReads, AutoCloseable {
    private static final AtomicInteger EMBEDDED = new AtomicInteger();

    static {
        dev.junction.internal.RuntimeAccess.register(db -> db.database);
    }

    private final Database database;
    private final SqlAccess rawSql;

    private Junction(JunctionConfig config) {
        this.database = new Database(config);
        this.rawSql = new RawStatements(database);
    }

    /** Opens a fresh in-memory H2 database (the embedded default; needs H2 on the classpath). */
    public static Junction open() {
        return open("jdbc:h2:mem:junction-" + EMBEDDED.incrementAndGet());
    }

    /** Opens the database at a JDBC URL (H2, SQLite, PostgreSQL, MariaDB or MySQL). */
    public static Junction open(String url) {
        return open(JunctionConfig.builder().url(url).build());
    }

    /** Opens the database at a JDBC URL with a user and password. */
    public static Junction open(String url, String user, String password) {
        return open(JunctionConfig.builder().url(url).user(user).password(password).build());
    }

    /**
     * Opens the database behind an application's {@code DataSource}, taking connections from it instead of opening a
     * pool of its own (Spring Boot's, an application server's). The dialect is read from the database's metadata.
     * {@link #close()} leaves the {@code DataSource} open: it belongs to the application.
     *
     * <pre>{@code
     * Junction db = Junction.open(dataSource);     // e.g. the HikariDataSource the application already has
     * }</pre>
     *
     * @throws ConnectionException if no connection can be taken from it
     */
    public static Junction open(javax.sql.DataSource dataSource) {
        return open(JunctionConfig.builder().dataSource(Arguments.given(dataSource, "Junction.open", "dataSource"))
                .build());
    }

    /**
     * Opens a database as configured. Fails with a {@link ConnectionException} if it cannot be reached or its
     * driver is missing.
     */
    public static Junction open(JunctionConfig config) {
        return new Junction(Arguments.given(config, "Junction.open", "config"));
    }

    /** Defines a model from a record or POJO with the defaults: table = plural of the class name. */
    public <T> Model<T> define(Class<T> type) {
        return define(type, spec -> { });
    }

    /**
     * Defines a model from a record or POJO, adjusted first by the class's own {@code static void init(ModelSpec)}
     * if it declares one (Sequelize's {@code Model.init} options — scopes, validators, hooks, {@code paranoid} — kept
     * in the model's file, which also serves {@link #defineAll}), then by {@code options}.
     *
     * <pre>{@code
     * Model<User> users = db.define(User.class, m -> m
     *         .attribute("username", a -> a.unique().notNull())
     *         .underscored(true));
     * }</pre>
     *
     * @throws DefinitionException naming model and attribute when the definition is wrong
     */
    public <T> Model<T> define(Class<T> type, Consumer<ModelSpec> options) {
        Arguments.declared(type, "Junction.define", "type");
        if (type == Row.class) {
            throw new DefinitionException("Define a model without a class by name: define(\"Name\", m -> …)");
        }
        Consumer<ModelSpec> adjust = options == null ? spec -> { } : options;
        return database.registry().define(type, type.getSimpleName(), ClassModelReader.properties(type), spec -> {
            ClassHook.init(type, spec);
            adjust.accept(spec);
        });
    }

    /**
     * Defines a model with no class: its instances are {@link Row}s. Without a declared key it gets an
     * auto-increment {@code id}, as in Sequelize.
     *
     * <pre>{@code
     * Model<Row> tags = db.define("Tag", m -> m.attribute("name", DataType.string(40), a -> a.unique()));
     * }</pre>
     */
    public Model<Row> define(String name, Consumer<ModelSpec> options) {
        return database.registry().define(Row.class, Arguments.declared(name, "Junction.define", "name"), List.of(),
                options == null ? spec -> { } : options);
    }

    /**
     * Defines every class as a model, then runs each class's {@code static void associate(Models models)} hook, so
     * that each model declares its own associations in its own file — Sequelize's {@code models/} folder pattern.
     *
     * <pre>{@code
     * record User(Long id, String username) {
     *     static void associate(Models models) {
     *         models.model(User.class).belongsToMany(models.model(Show.class), as("Favorites").through("UserFavorites"));
     *     }
     * }
     * db.defineAll(User.class, Show.class);
     * }</pre>
     *
     * <p>The hooks may declare the sides of one join model in any order; once they have all run, a join model whose
     * keys still need a partner is a {@link DefinitionException} naming its declarations.
     */
    public void defineAll(Class<?>... types) {
        Arguments.declared(types, "Junction.defineAll", "types");
        for (Class<?> type : types) {
            define(type);
        }
        for (Class<?> type : types) {
            ClassHook.associate(type, this);
        }
        database.associations().complete();
    }

    /**
     * Any model, by model name or table name, seen as {@link Row}s — join models included. For tools, seeds and
     * generic code; application code normally keeps the typed handle from {@code define}. A join model still waiting
     * for a partner's declaration is resolved first ({@link DefinitionException} if it cannot be).
     *
     * @throws UnknownModelException listing the models that exist
     */
    @Override
    public Model<Row> model(String nameOrTable) {
        database.associations().completeJoinModel(Arguments.given(nameOrTable, "Junction.model", "nameOrTable"));
        return database.registry().rows(nameOrTable);
    }

    /** The typed handle of the model defined from {@code type}. */
    @Override
    public <T> Model<T> model(Class<T> type) {
        Model<T> model = database.registry().typed(Arguments.given(type, "Junction.model", "type"));
        database.associations().completeJoinModel(model.name());
        return model;
    }

    /**
     * Every model's definition, in the order they were defined (an unmodifiable snapshot). Join models still waiting
     * for a partner's declaration are resolved first.
     *
     * @throws DefinitionException naming the declarations of a join model whose keys cannot be resolved
     */
    public List<ModelDefinition> definitions() {
        database.associations().complete();
        return database.registry().definitions();
    }

    /** Creates the tables that are missing, in foreign-key order. */
    public SyncReport sync() {
        return sync(SyncMode.CREATE);
    }

    /**
     * Syncs the tables as {@code mode} says: create missing, force (drop and recreate — the seed files whose rows it
     * dropped are pending again, as after {@link #drop()}), or alter (add only).
     */
    public SyncReport sync(SyncMode mode) {
        return new SchemaOperations(this, database).sync(mode);
    }

    /**
     * Drops every model's table (referrers first; other tables are left alone). Loses their data — and with it the
     * records of the applied seed files that inserted rows into them, which are pending again (seed files of other
     * applications on the same database, into other tables, stay applied).
     */
    public SyncReport drop() {
        return new SchemaOperations(this, database).drop();
    }

    /**
     * Compares the models with the live database and lists every difference (changing nothing): missing or extra
     * tables and columns, primary keys, unique constraints, foreign keys (referenced table and column, actions),
     * types by family and size, nullability, indexes. Tables no model uses count as extra, except the ledgers of seeds
     * and migrations: Junction's, Sequelize's {@code SequelizeMeta} and Flyway's {@code flyway_schema_history}.
     * {@code db.check().matches()} is what a CI job asserts.
     */
    public SchemaCheck check() {
        return new SchemaOperations(this, database).check();
    }

    /**
     * Describes the live schema: tables, columns, keys, unique constraints, foreign keys and their actions, and
     * non-unique indexes (not those a database makes for a foreign key on its own).
     */
    public DatabaseSchema describe() {
        return new SchemaOperations(this, database).describe();
    }

    /**
     * Runs {@code work} in a transaction: committed when it returns, rolled back when it throws (the exception is
     * passed on). Operations inside join it; a nested call joins the outer transaction. A nested call that throws
     * dooms the whole transaction: if the outer body catches the exception and returns, everything is rolled back
     * and a {@link JunctionException} caused by the nested failure is thrown instead of committing half the work.
     * {@link #transaction(TransactionOptions, TransactionWork)} runs a nested call under a savepoint instead
     * ({@link Propagation#NESTED}), or in a transaction of its own, with an isolation level or read-only.
     *
     * <pre>{@code
     * User bob = db.transaction(tx -> users.create(new User(null, "bob")));
     * }</pre>
     */
    public <R, X extends Exception> R transaction(TransactionWork<R, X> work) throws X {
        Arguments.given(work, "Junction.transaction", "work");
        return database.scope().transaction(work);
    }

    /** Like {@link #transaction(TransactionWork)}, for a body that returns nothing. */
    public <X extends Exception> void useTransaction(TransactionBody<X> body) throws X {
        Arguments.given(body, "Junction.useTransaction", "body");
        database.scope().transaction(tx -> {
            body.run(tx);
            return null;
        });
    }

    /**
     * Starts a transaction its owner ends with {@link Transaction#commit()} or {@link Transaction#rollback()};
     * operations join it through {@link Model#in(Transaction)}.
     */
    public Transaction begin() {
        return database.scope().begin();
    }

    @Override
    public <R, X extends Exception> R transaction(TransactionOptions options, TransactionWork<R, X> work) throws X {
        Arguments.given(options, "Junction.transaction", "options");
        Arguments.given(work, "Junction.transaction", "work");
        return database.scope().transaction(options, work);
    }

    @Override
    public Transaction begin(TransactionOptions options) {
        return database.scope().begin(Arguments.given(options, "Junction.begin", "options"));
    }

    // Raw SQL (see SqlAccess): the work is done by internal.sql.RawStatements.

    @Override
    public <R> List<R> query(Class<R> type, String sql, Object... params) {
        return rawSql.query(type, sql, params);
    }

    @Override
    public <R> List<R> query(Class<R> type, String sql, Map<String, ?> params) {
        return rawSql.query(type, sql, params);
    }

    @Override
    public List<Row> query(String sql, Object... params) {
        return rawSql.query(sql, params);
    }

    @Override
    public List<Row> query(String sql, Map<String, ?> params) {
        return rawSql.query(sql, params);
    }

    @Override
    public <R> Optional<R> queryOne(Class<R> type, String sql, Object... params) {
        return rawSql.queryOne(type, sql, params);
    }

    @Override
    public <R> Optional<R> queryOne(Class<R> type, String sql, Map<String, ?> params) {
        return rawSql.queryOne(type, sql, params);
    }

    @Override
    public <V> V scalar(Class<V> type, String sql, Object... params) {
        return rawSql.scalar(type, sql, params);
    }

    @Override
    public <V> V scalar(Class<V> type, String sql, Map<String, ?> params) {
        return rawSql.scalar(type, sql, params);
    }

    @Override
    public int execute(String sql, Object... params) {
        return rawSql.execute(sql, params);
    }

    @Override
    public int execute(String sql, Map<String, ?> params) {
        return rawSql.execute(sql, params);
    }

    @Override
    public <R> R withConnection(ConnectionWork<R> work) {
        return rawSql.withConnection(work);
    }

    @Override
    public void useConnection(ConnectionBody work) {
        rawSql.useConnection(work);
    }

    @Override
    public SqlAccess in(Transaction tx) {
        return rawSql.in(tx);
    }

    /** The dialect of this database. */
    public Dialect dialect() {
        return database.dialect();
    }

    /** The configuration this database was opened with. */
    public JunctionConfig config() {
        return database.config();
    }

    @Override
    public <R> R usePrimary(Supplier<R> work) {
        return database.scope().onPrimary(Arguments.given(work, "Junction.usePrimary", "work"));
    }

    /**
     * Each read replica's pool counts right now, in the configured order ({@link JunctionConfig.Builder#replicas});
     * empty without replicas. All zero once closed, and for an application's {@code DataSource} that is not HikariCP.
     */
    public List<PoolStats> replicaPoolStats() {
        return database.replicaPoolStats();
    }

    /**
     * How many pooled connections are in use and idle right now, for monitoring — the read replicas' pools counted
     * in ({@link #replicaPoolStats()} has each). After every operation and transaction has ended, {@code active} is
     * back to zero. Opened on a {@code DataSource}, these are its pool's counts when it is a HikariCP pool, else zero.
     */
    public PoolStats poolStats() {
        return database.poolStats();
    }

    /**
     * Closes the connection pool, and the read replicas' (an in-memory H2 database is dropped with it). Opened on a {@code DataSource}, only
     * stops handing out its connections: the {@code DataSource} stays open for the application.
     */
    @Override
    public void close() {
        database.close();
    }
}
