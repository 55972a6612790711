package dev.junction.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.DefinitionException;
import dev.junction.Model;
import dev.junction.UnknownAssociationException;
import dev.junction.association.Association;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.seed.Seeder;
import dev.junction.spring.app.models.Episode;
import dev.junction.spring.app.models.Show;
import dev.junction.spring.app.models.User;
import dev.junction.spring.keys.Author;
import dev.junction.spring.keys.Book;
import dev.junction.spring.scan.Tag;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.ResolvableType;

/**
 * What the auto-configuration makes of the {@code junction.*} properties and of the application's own beans, on H2,
 * without starting a whole application (the transaction tests do that: {@link StarterOnH2Test},
 * {@link StarterOnPostgresTest}).
 */
class JunctionAutoConfigurationTest {
    private static int databases;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, JunctionAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:autoconfig-" + ++databases + ";DB_CLOSE_DELAY=-1");

    @Test
    void thePropertiesConfigureJunction() {
        context.withPropertyValues("junction.timestamps=false", "junction.underscored=true",
                "junction.log-parameters=false", "junction.seeders-folder=db/seeds").run(app -> {
            Junction db = app.getBean(Junction.class);
            assertThat(db.config().timestamps()).isFalse();
            assertThat(db.config().underscored()).isTrue();
            assertThat(db.config().logParameters()).isFalse();
            assertThat(db.config().transactionHook()).isInstanceOf(SpringTransactionHook.class);
            assertThat(app.getBean(Seeder.class).folder()).isEqualTo(Path.of("db/seeds"));
        });
    }

    @Test
    void modelsPackageIsScannedAndSyncCreatesTheirTables() {
        context.withPropertyValues("junction.models-package=dev.junction.spring.scan", "junction.sync=create")
                .run(app -> {
                    Model<Tag> tags = app.<Model<Tag>>getBeanProvider(
                            ResolvableType.forClassWithGenerics(Model.class, Tag.class)).getObject();
                    tags.create(new Tag(null, "new"));
                    assertThat(tags.count()).isEqualTo(1);
                    assertThat(app.getBean(DefinedModels.class).classes()).containsExactly(Tag.class);
                    assertThat(app.getBeanNamesForType(Association.class)).as("Tag declares no key").isEmpty();
                });
    }

    @Test
    void eachAssociationKeyIsABeanOfItsHandleTypeNamedAfterItsField() {
        context.withPropertyValues("junction.models-package=dev.junction.spring.app.models").run(app -> {
            assertThat(app.getBeanNamesForType(handle(BelongsToMany.class, User.class, Show.class)))
                    .containsExactlyInAnyOrder("user.favorites", "user.watchlist");
            assertThat(app.getBeanNamesForType(handle(HasMany.class, Show.class, Episode.class)))
                    .containsExactly("show.episodes");
            assertThat(app.getBeanNamesForType(handle(BelongsToMany.class, Show.class, User.class))).isEmpty();
            assertThat(app.getBean("user.watchlist", BelongsToMany.class).as()).isEqualTo("Watchlist");
        });
    }

    @Test
    void aKeyDeclaredWithOpenModelsOrPrivatelyIsABeanAllTheSame() {
        context.withPropertyValues("junction.models-package=dev.junction.spring.keys").run(app -> {
            assertThat(app.getBeanNamesForType(handle(HasMany.class, Author.class, Book.class)))
                    .containsExactly("author.books");
            assertThat(app.getBeanNamesForType(handle(BelongsTo.class, Book.class, Author.class)))
                    .containsExactly("book.writtenBy");
            assertThat(app.getBean("book.writtenBy", BelongsTo.class).as()).isEqualTo("Author");
        });
    }

    @Test
    void twoKeysOfOneHandleTypeAreAmbiguousByTypeAndFoundByQualifier() {
        ApplicationContextRunner models = context.withPropertyValues(
                "junction.models-package=dev.junction.spring.app.models");
        models.withBean(WantsFavorites.class).run(app -> {
            assertThat(app).hasFailed();
            assertThat(app.getStartupFailure()).rootCause().isInstanceOf(NoUniqueBeanDefinitionException.class)
                    .hasMessageContaining("user.favorites").hasMessageContaining("user.watchlist");
        });
        models.withBean(WantsWatchlist.class).run(app ->
                assertThat(app.getBean(WantsWatchlist.class).watchlist.as()).isEqualTo("Watchlist"));
    }

    @Test
    void aKeyNoHookDeclaresStopsTheStartNamingTheModelAndAlias() {
        context.withPropertyValues("junction.models-package=dev.junction.spring.undeclared").run(app -> {
            assertThat(app).hasFailed();
            assertThat(NestedExceptionUtils.getMostSpecificCause(app.getStartupFailure()))
                    .isInstanceOf(UnknownAssociationException.class).hasMessageContaining("Note")
                    .hasMessageContaining("Replies");
        });
    }

    @Test
    void twoKeysOfOneBeanNameStopTheStartNamingBoth() {
        context.withPropertyValues("junction.models-package=dev.junction.spring.clash").run(app -> {
            assertThat(app).hasFailed();
            assertThat(NestedExceptionUtils.getMostSpecificCause(app.getStartupFailure()))
                    .isInstanceOf(DefinitionException.class)
                    .hasMessageContaining("dev.junction.spring.clash.two.Pen.REFILLS")
                    .hasMessageContaining("'pen.refills' is taken");
        });
    }

    @Test
    void junctionModelScanNamesThePackagesToo() {
        context.withUserConfiguration(ScanningApplication.class).withPropertyValues("junction.sync=alter")
                .run(app -> assertThat(app.getBean(DefinedModels.class).classes()).containsExactly(Tag.class));
    }

    @Test
    void withoutSyncNoTableIsCreated() {
        context.withPropertyValues("junction.models-package=dev.junction.spring.scan").run(app -> {
            Junction db = app.getBean(Junction.class);
            assertThat(db.definitions()).extracting(d -> d.name()).containsExactly("Tag");
            assertThat(db.describe().tables()).isEmpty();
        });
    }

    @Test
    void anSqlListenerBeanHearsJunctionsStatements() {
        java.util.List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        context.withBean(dev.junction.SqlListener.class, () -> (sql, params, nanos) -> heard.add(sql)).run(app -> {
            app.getBean(Junction.class).execute("CREATE TABLE \"Heard\" (\"id\" INT)");
            assertThat(heard).containsExactly("CREATE TABLE \"Heard\" (\"id\" INT)");
        });
    }

    @Test
    void theApplicationsOwnJunctionWins() {
        context.withUserConfiguration(OwnJunction.class).run(app ->
                assertThat(app.getBean(Junction.class).config().url()).startsWith("jdbc:h2:mem:own"));
    }

    @Test
    void withoutADataSourceThereIsNoJunction() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JunctionAutoConfiguration.class))
                .run(app -> assertThat(app).doesNotHaveBean(Junction.class));
    }

    private static ResolvableType handle(Class<?> kind, Class<?> source, Class<?> target) {
        return ResolvableType.forClassWithGenerics(kind, source, target);
    }

    static class WantsFavorites {
        WantsFavorites(BelongsToMany<User, Show> favorites) {
        }
    }

    static class WantsWatchlist {
        final BelongsToMany<User, Show> watchlist;

        WantsWatchlist(@Qualifier("user.watchlist") BelongsToMany<User, Show> watchlist) {
            this.watchlist = watchlist;
        }
    }

    @Configuration
    @JunctionModelScan(basePackageClasses = Tag.class)
    static class ScanningApplication {
    }

    @Configuration
    static class OwnJunction {
        @Bean
        Junction junction() {
            return Junction.open("jdbc:h2:mem:own");
        }
    }
}
