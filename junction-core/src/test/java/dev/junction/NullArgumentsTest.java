package dev.junction;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.association.Association;
import dev.junction.association.AssociationOptions;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.HasOne;
import dev.junction.association.Link;
import dev.junction.association.Linked;
import dev.junction.association.Through;
import dev.junction.association.With;
import dev.junction.query.Include;
import dev.junction.query.Loaded;
import dev.junction.query.Order;
import dev.junction.query.Page;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.schema.AttributeSpec;
import dev.junction.schema.DataType;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.ModelSpec;
import dev.junction.schema.Reference;
import dev.junction.schema.ReferentialAction;
import dev.junction.seed.SeedProgress;
import dev.junction.seed.Seeder;
import dev.junction.seed.UndoOptions;
import dev.junction.testing.DialectTest;
import dev.junction.testing.EveryKind;
import dev.junction.testing.EveryKind.Beach;
import dev.junction.testing.EveryKind.Profile;
import dev.junction.testing.EveryKind.Sandcastle;
import dev.junction.testing.EveryKind.Show;
import dev.junction.testing.EveryKind.User;
import dev.junction.testing.TestTarget;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * No public method of the public API lets a {@code NullPointerException} out on a null argument: every public
 * method and constructor of every public type in {@code dev.junction}, {@code .association}, {@code .query},
 * {@code .schema}, {@code .seed}, {@code .migration} and {@code .lifecycle} is called with null in each reference
 * parameter in turn (the others valid, on a synced database), and either works (null means "none" there) or fails
 * with a typed Junction error naming the parameter. Left out: what the JDK defines ({@code equals}, an enum's
 * {@code valueOf}, {@code Map} methods a {@link Row} inherits) and the callbacks the caller implements
 * ({@link SqlListener}, {@link TransactionWork}, {@link TransactionBody}, {@link SeedProgress}, {@link ConnectionWork},
 * {@link ConnectionBody}, {@link JsonCodec}).
 */
class NullArgumentsTest {
    private static final List<String> PACKAGES = List.of("dev/junction", "dev/junction/association",
            "dev/junction/query", "dev/junction/schema", "dev/junction/seed", "dev/junction/migration",
            "dev/junction/lifecycle");
    private static final Set<Class<?>> CALLBACKS = Set.of(SqlListener.class, TransactionWork.class,
            TransactionBody.class, SeedProgress.class, ConnectionWork.class, ConnectionBody.class, JsonCodec.class);

    enum Mood { CALM, STORMY }

    /** A synced database with one row of everything, every association kind, and a sample of every API type. */
    private static final class Probe {
        final Junction db;
        final Model<User> users;
        final BelongsToMany<User, Show> favorites;
        final HasOne<User, Profile> profile;
        final HasMany<Beach, Sandcastle> castles;
        final BelongsTo<Sandcastle, Beach> beach;
        final User alice;
        final Show dune;
        final Beach bondi;
        final Sandcastle keep;
        final Path folder;
        final Map<Class<?>, Object> receivers = new LinkedHashMap<>();

        Probe(TestTarget target) throws IOException {
            EveryKind world = new EveryKind(target);
            db = world.db;
            users = world.users;
            favorites = world.favorites;
            profile = world.profile;
            castles = world.castles;
            beach = world.beach;
            alice = world.alice;
            dune = world.dune;
            bondi = world.bondi;
            keep = world.keep;
            folder = Files.createTempDirectory("null-arguments");
            receivers.put(Junction.class, db);
            receivers.put(Models.class, db);
            receivers.put(JunctionConfig.class, JunctionConfig.builder().url("jdbc:h2:mem:probe").build());
            receivers.put(JunctionConfig.Builder.class, JunctionConfig.builder());
            receivers.put(dev.junction.TransactionOptions.Builder.class, dev.junction.TransactionOptions.builder());
            receivers.put(BulkOptions.class, BulkOptions.updateOnDuplicate("title"));
            receivers.put(Row.class, Row.of("title", "Dune"));
            receivers.put(Model.class, users);
            receivers.put(dev.junction.query.Aggregate.class, dev.junction.query.Aggregate.count("username"));
            receivers.put(dev.junction.query.GroupBy.class, dev.junction.query.GroupBy.groupBy("username"));
            receivers.put(Association.class, favorites);
            receivers.put(BelongsToMany.class, favorites);
            receivers.put(HasOne.class, profile);
            receivers.put(HasMany.class, castles);
            receivers.put(BelongsTo.class, beach);
            receivers.put(AssociationOptions.class, as("Probes"));
            receivers.put(Through.class, Through.of("Probes"));
            receivers.put(Include.class, Include.include(favorites));
            receivers.put(Loaded.class, users.findAll(Query.all(), Include.include(favorites)).get(0));
            receivers.put(Query.class, Query.all());
            receivers.put(Where.class, Where.eq("title", "Dune"));
            receivers.put(dev.junction.query.JsonPath.class, Where.json("meta", "seats"));
            receivers.put(AttributeSpec.class, new AttributeSpec("rating", DataType.integer()));
            receivers.put(ModelSpec.class, new ModelSpec("Probe"));
            receivers.put(dev.junction.schema.ModelScopes.class, dev.junction.schema.ModelScopes.none());
            receivers.put(dev.junction.lifecycle.ModelHooks.class, dev.junction.lifecycle.ModelHooks.none());
            receivers.put(dev.junction.lifecycle.Hooks.class, new dev.junction.lifecycle.Hooks<>());
            receivers.put(dev.junction.lifecycle.BulkUpdate.class,
                    new dev.junction.lifecycle.BulkUpdate(Map.of("title", "Dune"), Where.all()));
            receivers.put(dev.junction.lifecycle.AttributeRule.class, dev.junction.lifecycle.AttributeRule.notEmpty());
            receivers.put(dev.junction.lifecycle.ModelRule.class,
                    new dev.junction.lifecycle.ModelRule("probe", r -> true));
            receivers.put(DatabaseSchema.class, db.describe());
            receivers.put(DatabaseSchema.Table.class, db.describe().tables().get(0));
            receivers.put(dev.junction.schema.ModelDefinition.class, users.definition());
            receivers.put(Seeder.class, Seeder.of(db, folder));
            receivers.put(dev.junction.migration.Migrator.class, dev.junction.migration.Migrator.of(db, folder));
            receivers.put(dev.junction.migration.MigrationGenerator.class,
                    dev.junction.migration.MigrationGenerator.of(db, folder));
            receivers.put(dev.junction.migration.GenerateOptions.class, dev.junction.migration.GenerateOptions.defaults());
        }

        /** The sample to call a method of {@code type} (declared by {@code declaring}) on. */
        Object receiver(Class<?> type, Class<?> declaring) {
            if (receivers.containsKey(type)) return receivers.get(type);
            return receivers.values().stream().filter(declaring::isInstance).findFirst().orElse(null);
        }

        /** The sample of a parameter: by its type, its type variable on this receiver, or its name. */
        Object argument(Parameter parameter, Object receiver) {
            String name = parameter.getName();
            Class<?> type = parameter.getType();
            if (parameter.getParameterizedType() instanceof TypeVariable<?> variable) {
                return typeVariable(variable.getName(), receiver);
            }
            if (type == int.class) return 1;
            if (type == long.class) return 1L;
            if (type == boolean.class || type == Boolean.class) return true;
            if (type.isArray()) return array(type.getComponentType(), name);
            if (type == String.class) return string(name);
            if (type == Object.class) return switch (name) {
                case "target" -> receiver == beach ? bondi : receiver == profile ? new Profile(null, "bio") : dune;
                case "key" -> alice.id();
                default -> "x";
            };
            if (type == Class.class) return name.equals("enumType") ? Mood.class : Show.class;
            if (type.isEnum()) return type.getEnumConstants()[0];
            if (List.class.isAssignableFrom(type) || Collection.class == type || Set.class == type) {
                return name.equals("attributes") || name.equals("names") ? List.of("title") : List.of();
            }
            if (Map.class == type) return new LinkedHashMap<>();
            if (type == Number.class) return 1;
            if (type == java.time.temporal.Temporal.class) return java.time.LocalDate.of(2026, 1, 1);
            if (type == java.util.regex.Pattern.class) return java.util.regex.Pattern.compile("x");
            if (type == Path.class) return folder;
            if (type == Duration.class) return Duration.ofSeconds(5);
            if (type == Instant.class) return Instant.now();
            if (type == Model.class) return db.model(Show.class);
            if (type == Row.class) return new Row();
            if (type == Query.class) return Query.all();
            if (type == Where.class) return Where.all();
            if (type == Order.class) return Order.asc("title");
            if (type == Include.class) return Include.include(favorites);
            if (type == dev.junction.query.Aggregate.class) return dev.junction.query.Aggregate.count();
            if (type == dev.junction.query.GroupBy.class) return dev.junction.query.GroupBy.groupBy();
            if (type == DataType.class) return DataType.string();
            if (type == Through.class) return Through.of("Probes");
            if (dev.junction.association.AssociationKey.class.isAssignableFrom(type)) return key(type);
            if (type == AttributeSpec.class) return new AttributeSpec("rating", DataType.integer());
            if (type == Reference.class) {
                return new Reference("Show", "id", ReferentialAction.CASCADE, ReferentialAction.CASCADE, true);
            }
            if (type == UndoOptions.class) return UndoOptions.refuse();
            if (type == dev.junction.TransactionOptions.class) return dev.junction.TransactionOptions.defaults();
            if (type == dev.junction.PoolSettings.class) return dev.junction.PoolSettings.DEFAULTS;
            if (type == dev.junction.ReplicaSettings.class) return dev.junction.ReplicaSettings.NONE;
            if (type == Transaction.class) return null;
            if (type == java.sql.SQLException.class) return new java.sql.SQLException("probe", "23505");
            if (type == Throwable.class) return new RuntimeException("probe");
            if (receivers.containsKey(type)) return receivers.get(type);
            if (type.isInterface()) return nothingDoing(type);
            throw new IllegalStateException("no sample for a parameter of type " + type.getName() + " (" + name + ")");
        }

        /** A key of the kind asked for, on the world's users and shows (only the favourites are declared). */
        private Object key(Class<?> type) {
            if (type == dev.junction.association.BelongsToKey.class) {
                return dev.junction.association.AssociationKey.belongsTo(User.class, "Probe", Show.class);
            }
            if (type == dev.junction.association.HasOneKey.class) {
                return dev.junction.association.AssociationKey.hasOne(User.class, "Probe", Show.class);
            }
            if (type == dev.junction.association.HasManyKey.class) {
                return dev.junction.association.AssociationKey.hasMany(User.class, "Probes", Show.class);
            }
            return dev.junction.association.AssociationKey.belongsToMany(User.class, "Favorites", Show.class);
        }

        private Object typeVariable(String variable, Object receiver) {
            if (receiver == users) return new User(null, "zed");
            if (receiver == favorites || receiver == profile) {
                if (variable.equals("S")) return alice;
                return receiver == profile ? new Profile(null, "bio") : new Show(null, "X");
            }
            if (receiver == castles) return variable.equals("S") ? bondi : new Sandcastle(null, "Moat");
            if (receiver == beach) return variable.equals("S") ? keep : new Beach(null, "Manly");
            return "x";
        }

        private Object array(Class<?> component, String name) {
            if (component == Object.class) return switch (name) {
                case "targets" -> new Object[] {dune};
                case "key" -> new Object[] {alice.id()};
                case "namesAndValues" -> new Object[] {"title", "Dune"};
                default -> new Object[] {"x"};
            };
            if (component == String.class) return new String[] {"title"};
            if (component == Where.class) return new Where[] {Where.all()};
            if (component == Order.class) return new Order[] {Order.asc("title")};
            return java.lang.reflect.Array.newInstance(component, 0);
        }

        private static String string(String name) {
            return switch (name) {
                case "as" -> "Favorites";
                case "url" -> "jdbc:h2:mem:probe";
                case "model" -> "Show";
                default -> "title";
            };
        }

        /** An implementation of a callback interface that does nothing and returns nothing. */
        private static Object nothingDoing(Class<?> type) {
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                Class<?> returns = method.getReturnType();
                if (returns == boolean.class) return false;
                if (returns == long.class || returns == int.class) return 0;
                return null;
            });
        }
    }

    @DialectTest
    void noPublicMethodLetsANullPointerExceptionOutOnANullArgument(TestTarget target) throws Exception {
        Probe probe = new Probe(target);
        List<String> escaped = new ArrayList<>();
        int calls = 0;
        for (Class<?> type : publicTypes()) {
            for (Executable executable : executables(type)) {
                Parameter[] parameters = executable.getParameters();
                boolean instance = executable instanceof Method m && !Modifier.isStatic(m.getModifiers());
                Object receiver = instance ? probe.receiver(type, ((Method) executable).getDeclaringClass()) : null;
                if (instance && receiver == null) {
                    escaped.add("no receiver to call " + describe(executable) + " on: add one to Probe");
                    continue;
                }
                for (int p = 0; p < parameters.length; p++) {
                    if (parameters[p].getType().isPrimitive()) continue;
                    Object[] arguments = new Object[parameters.length];
                    for (int i = 0; i < parameters.length; i++) {
                        arguments[i] = i == p ? null : probe.argument(parameters[i], receiver);
                    }
                    calls++;
                    Throwable thrown = call(executable, receiver, arguments);
                    if (thrown != null && !(thrown instanceof JunctionException)) {
                        escaped.add(describe(executable) + " with null " + parameters[p].getName() + ": " + thrown);
                    }
                }
            }
        }
        assertThat(calls).isGreaterThan(250);
        assertThat(escaped).isEmpty();
    }

    /** Runs the call; returns what it threw, or null. Whatever it returned that holds resources is closed. */
    private static Throwable call(Executable executable, Object receiver, Object[] arguments) {
        try {
            Object result = executable instanceof Method m ? m.invoke(receiver, arguments)
                    : ((Constructor<?>) executable).newInstance(arguments);
            if (result instanceof Stream<?> stream) stream.close();
            if (result instanceof Junction opened && opened != receiver) opened.close();
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            return new AssertionError("could not call " + describe(executable), e);
        }
    }

    /** The public methods and constructors to call: those of Junction's own with at least one reference parameter. */
    private static List<Executable> executables(Class<?> type) {
        List<Executable> all = new ArrayList<>();
        if (!Modifier.isAbstract(type.getModifiers())) all.addAll(List.of(type.getConstructors()));
        for (Method m : type.getMethods()) {
            if (m.getDeclaringClass().getName().startsWith("java.")) continue;
            if (m.getName().equals("equals") || type.isEnum() && m.getName().equals("valueOf")) continue;
            if (m.isSynthetic() || m.isBridge()) continue;
            all.add(m);
        }
        all.removeIf(e -> Stream.of(e.getParameterTypes()).allMatch(Class::isPrimitive));
        all.sort((a, b) -> describe(a).compareTo(describe(b)));
        return all;
    }

    /** Every public type of the API packages (nested ones included), callbacks the caller implements left out. */
    private static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Junction.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : PACKAGES) {
            try (Stream<Path> files = Files.list(classes.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String simple = file.getFileName().toString().replace(".class", "");
                    if (simple.matches(".*\\$\\d+.*") || simple.equals("package-info")) continue;
                    Class<?> type = Class.forName(pkg.replace('/', '.') + "." + simple);
                    if (Modifier.isPublic(type.getModifiers()) && !CALLBACKS.contains(type)) types.add(type);
                }
            }
        }
        return types;
    }

    private static String describe(Executable e) {
        return e.getDeclaringClass().getSimpleName() + "." + (e instanceof Constructor<?> ? "<init>" : e.getName())
                + Stream.of(e.getParameterTypes()).map(Class::getSimpleName).toList();
    }

    /** Keeps the unused imports of types the probe samples by class honest. */
    @SuppressWarnings("unused")
    private static final List<Class<?>> SAMPLED = List.of(Link.class, Linked.class, With.class, Page.class);
}
