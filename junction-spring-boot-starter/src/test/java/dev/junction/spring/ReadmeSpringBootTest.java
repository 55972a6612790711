package dev.junction.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.BelongsToMany;
import dev.junction.spring.app.models.Show;
import dev.junction.spring.app.models.User;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.dao.PersistenceExceptionTranslationAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The README's "Spring Boot" section: its dependency is this module, its properties are the starter's and start an
 * application (on H2 instead of the snippet's PostgreSQL server), its service, copied here as written, works, and so
 * does its service given association handles ({@link Watching}, the snippet's very text).
 */
class ReadmeSpringBootTest {
    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theDependencySnippetNamesThisModule() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(block("xml").get(0)).contains("<groupId>dev.junction</groupId>")
                .contains("<artifactId>junction-spring-boot-starter</artifactId>");
        assertThat(pom).contains("<artifactId>junction-spring-boot-starter</artifactId>");
    }

    @Test
    void thePropertiesSnippetConfiguresTheStarter() throws IOException {
        Properties snippet = new Properties();
        snippet.load(new StringReader(block("properties").get(0)));
        List<String> values = new ArrayList<>();
        snippet.forEach((key, value) -> {
            String name = (String) key;
            if (name.startsWith("spring.datasource.")) return;   // the server of the snippet: H2 here
            values.add(name + "=" + (name.equals("junction.models-package") ? "dev.junction.spring.app.models"
                    : value));
        });
        assertThat(values).hasSize(6);

        runner().withPropertyValues(values.toArray(String[]::new)).run(app -> {
            JunctionProperties properties = app.getBean(JunctionProperties.class);
            assertThat(properties.getSync()).isEqualTo(dev.junction.schema.SyncMode.CREATE);
            assertThat(properties.getSeedersFolder()).isEqualTo(snippet.getProperty("junction.seeders-folder"));
            assertThat(app.getBean(DefinedModels.class).classes()).contains(User.class);
            assertThat(app.getBean(Junction.class).describe().tables()).isNotEmpty();
        });
    }

    @Test
    void theServiceSnippetWritesWithJunctionAndJdbcTemplateInOneTransaction() {
        runner().withPropertyValues("junction.models-package=dev.junction.spring.app.models", "junction.sync=create")
                .withBean(Accounts.class).run(app -> {
                    Accounts accounts = app.getBean(Accounts.class);
                    Model<User> users = app.getBean(DefinedModels.class).model(User.class);

                    assertThat(accounts.register("alice").username()).isEqualTo("ALICE");
                    assertThatThrownBy(() -> accounts.register("alice")).as("'ALICE' twice")
                            .isInstanceOf(DuplicateKeyException.class);
                    assertThat(users.findAll()).extracting(User::username).containsExactly("ALICE");
                });
    }

    @Test
    void theAssociationHandlesSnippetIsWatchingAsWritten() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/junction/spring/Watching.java"));

        assertThat(block("java")).hasSize(2);
        assertThat(block("java").get(1)).isEqualTo(source.substring(source.indexOf("\n@Service") + 1));
    }

    @Test
    void theAssociationHandlesSnippetMovesAShowFromTheWatchlistToTheFavoritesInOneTransaction() {
        runner().withPropertyValues("junction.models-package=dev.junction.spring.app.models", "junction.sync=create")
                .withBean(Watching.class).run(app -> {
                    Watching watching = app.getBean(Watching.class);
                    DefinedModels models = app.getBean(DefinedModels.class);
                    BelongsToMany<User, Show> favorites = models.association(User.FAVORITES);
                    BelongsToMany<User, Show> watchlist = models.association(User.WATCHLIST);
                    User ada = models.model(User.class).create(new User(null, "ada"));
                    Show dune = models.model(Show.class).create(new Show(null, "Dune"));
                    watchlist.add(ada, dune);

                    watching.watched(ada, dune);

                    assertThat(watchlist.get(ada)).isEmpty();
                    assertThat(favorites.get(ada)).extracting(Show::title).containsExactly("Dune");

                    Show unsaved = new Show(null, "Tenet");
                    watchlist.add(ada, dune);
                    assertThatThrownBy(() -> watching.watched(ada, unsaved)).as("an unsaved show")
                            .isInstanceOf(dev.junction.ValidationException.class).hasMessageContaining("not saved");
                    assertThat(watchlist.get(ada)).as("the removal rolled back").extracting(Show::title)
                            .containsExactly("Dune");
                });
    }

    private static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
                        TransactionAutoConfiguration.class, PersistenceExceptionTranslationAutoConfiguration.class,
                        JunctionAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:readme-" + System.nanoTime());
    }

    /** The code blocks of a language in the README's "Spring Boot" section. */
    private static List<String> block(String language) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("\n## Spring Boot\n");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        List<String> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(section);
        while (m.find()) {
            if (m.group(1).equals(language)) blocks.add(m.group(2));
        }
        return blocks;
    }

    // The README's service, as written there.
    @Service
    static class Accounts {
        private final Model<User> users;
        private final JdbcTemplate jdbc;

        Accounts(Model<User> users, JdbcTemplate jdbc) {
            this.users = users;
            this.jdbc = jdbc;
        }

        @Transactional
        User register(String username) {
            User user = users.create(new User(null, username));          // on the transaction's connection
            jdbc.update("UPDATE \"Users\" SET \"username\" = upper(\"username\") WHERE \"id\" = ?", user.id());
            return users.findByPk(user.id()).orElseThrow();               // sees JdbcTemplate's write
        }                                                                 // an exception rolls both back
    }
}
