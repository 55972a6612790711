package dev.junction.spring;

import dev.junction.JsonCodec;
import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.SqlListener;
import dev.junction.seed.Seeder;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configures Junction in a Spring Boot application: a {@link Junction} bean on the application's
 * {@code DataSource} (no pool of its own) whose work joins Spring's transactions; the scanned model classes defined
 * and registered as {@code Model<T>} beans, and their association keys as handle beans; a {@link Seeder}; Junction's exceptions translated into Spring's
 * {@code DataAccessException}s for {@code @Repository} beans; and, if {@code junction.sync} is set, the tables synced
 * once every bean is made. Each bean yields to one of the application's own.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnClass(Junction.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(JunctionProperties.class)
public class JunctionAutoConfiguration {

    /** Junction on the application's {@code DataSource}, joining Spring's transactions. */
    @Bean
    @ConditionalOnMissingBean
    public Junction junction(DataSource dataSource, JunctionProperties properties,
                             ObjectProvider<SqlListener> listener, ObjectProvider<JsonCodec> jsonCodec) {
        return Junction.open(JunctionConfig.builder()
                .dataSource(dataSource)
                .transactionHook(new SpringTransactionHook(dataSource))
                .timestamps(properties.isTimestamps())
                .underscored(properties.isUnderscored())
                .logParameters(properties.isLogParameters())
                .listener(listener.getIfUnique())
                .jsonCodec(jsonCodec.getIfUnique())
                .replicas(properties.getReplicas() == null ? java.util.List.of() : properties.getReplicas())
                .usePrimary(properties.isUsePrimary())
                .readYourWrites(properties.getReadYourWrites() == null ? Duration.ZERO : properties.getReadYourWrites())
                .build());
    }

    /** Scans for model classes and registers them (see {@link JunctionModelScan}). */
    @Bean
    static ModelBeanRegistrar junctionModelBeanRegistrar() {
        return new ModelBeanRegistrar();
    }

    /** Syncs the tables as {@code junction.sync} says, once every bean is made (so every model is defined). */
    @Bean
    SmartInitializingSingleton junctionStartupSync(Junction junction, ObjectProvider<DefinedModels> models,
                                                   JunctionProperties properties) {
        return () -> {
            models.getIfAvailable();
            if (properties.getSync() != null) junction.sync(properties.getSync());
        };
    }

    /** Applies and undoes the seed files of {@code junction.seeders-folder}. */
    @Bean
    @ConditionalOnMissingBean
    public Seeder junctionSeeder(Junction junction, JunctionProperties properties) {
        return Seeder.of(junction, Path.of(properties.getSeedersFolder()));
    }

    /** With {@code junction-jackson} on the class path: its module, which Spring Boot adds to its ObjectMapper. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.junction.jackson.JunctionModule")
    static class JacksonModuleConfiguration {
        @Bean
        @ConditionalOnMissingBean
        dev.junction.jackson.JunctionModule junctionJacksonModule() {
            return new dev.junction.jackson.JunctionModule();
        }
    }

    /** Junction's exceptions as Spring's, for {@code @Repository} beans. */
    @Bean
    @ConditionalOnMissingBean
    public JunctionExceptionTranslator junctionExceptionTranslator() {
        return new JunctionExceptionTranslator();
    }
}
