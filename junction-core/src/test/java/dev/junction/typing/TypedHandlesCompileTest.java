package dev.junction.typing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Model;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the compiler refuses: an include of another model's association, beneath the wrong include, or an
 * association key of other models. Each snippet is compiled against Junction's classes by the JDK's compiler; the
 * well-typed snippet beside them compiles, so a refusal is the types' doing, not the harness's. (No database is
 * involved, so these run once, not per dialect.)
 */
class TypedHandlesCompileTest {
    private static final String PRELUDE = """
            import static dev.junction.association.Associations.*;
            import static dev.junction.query.Include.include;
            import dev.junction.*;
            import dev.junction.association.*;
            import dev.junction.query.*;
            import java.util.List;

            record User(Long id, String username) {
                static final BelongsToManyKey<User, Show> FAVORITES =
                        AssociationKey.belongsToMany(User.class, "Favorites", Show.class);
            }
            record Show(Long id, String title, Long NetworkId) {
                static final BelongsToKey<Show, Network> NETWORK =
                        AssociationKey.belongsTo(Show.class, "Network", Network.class);
            }
            record Network(Long id, String name) { }
            record Type(Long id, String name) { }
            record Tool(Long id, String name) { }

            class Snippet {
                void run(Junction db, Model<User> users, Model<Show> shows, Model<Type> types, Model<Tool> tools) {
                    BelongsToMany<User, Show> favorites = db.association(User.FAVORITES);
                    BelongsTo<Show, Network> network = db.association(Show.NETWORK);
                    BelongsToMany<Type, Tool> typeTools = types.belongsToMany("Tools", Tool.class);
            """;

    @TempDir
    Path out;

    @Test
    void wellTypedIncludesAndKeysCompileWithoutWarnings() {
        List<Diagnostic<? extends JavaFileObject>> found = compile("""
                users.findAll(include(favorites));
                users.findAll(Query.all(), include(favorites).include(include(network)), Include.all());
                users.findAll(Query.all(), include(favorites), Include.all().nested(), include(favorites));
                users.findOne(Query.all(), include(favorites));
                users.count(Where.all(), include(favorites).required());
                users.findByPk(1L, include(favorites));
                users.findAll(Query.all(), List.of(include(favorites), include(favorites), Include.all(),
                        include(favorites)));
                users.belongsToMany(shows, User.FAVORITES, through("UserFavorites"));
                BelongsToMany<User, Show> again = users.association(User.FAVORITES);
                """);
        assertThat(found).as(describe(found)).isEmpty();
    }

    @Test
    void anIncludeOfAnotherModelsAssociationDoesNotCompile() {
        assertRefused("users.findAll(include(typeTools));", "findAll");
        assertRefused("users.findAll(Query.all(), include(favorites), include(typeTools));", "findAll");
        assertRefused("users.count(Where.all(), include(network));", "count");
        assertRefused("shows.stream(Query.all(), include(favorites));", "stream");
    }

    @Test
    void aNestedIncludeOfAnAssociationNotOfTheTargetDoesNotCompile() {
        assertRefused("users.findAll(include(favorites).include(include(typeTools)));", "include");
        assertRefused("users.findAll(include(favorites).include(include(favorites)));", "include");
    }

    @Test
    void aKeyOfOtherModelsDoesNotCompile() {
        assertRefused("shows.association(User.FAVORITES);", "association");
        assertRefused("shows.belongsToMany(users, User.FAVORITES, through(\"UserFavorites\"));", "belongsToMany");
        assertRefused("users.belongsToMany(network.target(), User.FAVORITES, through(\"X\"));", "belongsToMany");
        assertRefused("BelongsTo<User, Show> wrong = db.association(User.FAVORITES);", "incompatible types");
    }

    private void assertRefused(String line, String naming) {
        List<Diagnostic<? extends JavaFileObject>> found = compile(line);
        List<String> errors = found.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(Locale.ROOT)).toList();
        assertThat(errors).as("compiling: " + line).hasSize(1);
        assertThat(errors.get(0)).as(line).contains(naming);
    }

    private List<Diagnostic<? extends JavaFileObject>> compile(String body) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("the JDK's compiler").isNotNull();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///Snippet.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return PRELUDE + body + "\n    }\n}\n";
            }
        };
        List<String> options = List.of("-classpath", junctionClasses(), "-d", out.toString(), "-proc:none",
                "-Xlint:all", "-Werror");
        compiler.getTask(null, null, diagnostics, options, null, List.of(source)).call();
        return diagnostics.getDiagnostics();
    }

    /** Where Junction's own classes were loaded from (target/classes), for the snippet's class path. */
    private static String junctionClasses() {
        try {
            return new File(Model.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(List<Diagnostic<? extends JavaFileObject>> found) {
        return found.stream().map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }
}
