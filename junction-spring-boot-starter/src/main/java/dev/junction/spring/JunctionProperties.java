package dev.junction.spring;

import dev.junction.schema.SyncMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code junction.*} properties of a Spring Boot application. The database itself is Spring's
 * ({@code spring.datasource.*}): Junction runs on the application's {@code DataSource}.
 *
 * <pre>
 * junction.models-package=com.example.models
 * junction.timestamps=true
 * junction.underscored=false
 * junction.log-parameters=true
 * junction.seeders-folder=seeders
 * junction.sync=create        # create | alter | force; unset (the default): no sync, migrations make the schema
 * junction.replicas=jdbc:postgresql://replica1/shows,jdbc:postgresql://replica2/shows
 * junction.read-your-writes=2s # after a write, that thread reads the primary for this long; unset: off
 * junction.use-primary=false   # true: reads stay on the primary (read-only transactions still use a replica)
 * </pre>
 */
@ConfigurationProperties("junction")
public class JunctionProperties {
    /**
     * Packages scanned for model classes (those declaring a static associate or init hook); default: those of
     * JunctionModelScan, else the application's own.
     */
    private List<String> modelsPackage = new ArrayList<>();
    /** Whether models keep createdAt/updatedAt unless they say otherwise. */
    private boolean timestamps = true;
    /** Whether models use snake_case tables and columns unless they say otherwise. */
    private boolean underscored;
    /** Whether bound values appear in the SQL log. */
    private boolean logParameters = true;
    /** The folder of the Seeder bean's seed files. */
    private String seedersFolder = "seeders";
    /** How to sync the models' tables at start-up (create, alter, force); unset: no sync, migrations make the schema. */
    private SyncMode sync;
    /** Read replicas' JDBC URLs; reads outside transactions go to them (see JunctionConfig.Builder.replicas). */
    private List<String> replicas = new ArrayList<>();
    /** After a write, how long that thread's reads stay on the primary; unset: off. */
    private Duration readYourWrites;
    /** Whether reads outside transactions stay on the primary although replicas are configured. */
    private boolean usePrimary;

    /**
     * The packages scanned for model classes: classes declaring a static {@code associate(Models)} or
     * {@code init(ModelSpec)} hook. Empty (the default): those of {@code @JunctionModelScan}, else the application's
     * own package (that of {@code @SpringBootApplication}).
     */
    public List<String> getModelsPackage() {
        return modelsPackage;
    }

    public void setModelsPackage(List<String> modelsPackage) {
        this.modelsPackage = modelsPackage;
    }

    /** Whether models keep createdAt/updatedAt unless they say otherwise (default true). */
    public boolean isTimestamps() {
        return timestamps;
    }

    public void setTimestamps(boolean timestamps) {
        this.timestamps = timestamps;
    }

    /** Whether models use snake_case tables and columns unless they say otherwise (default false). */
    public boolean isUnderscored() {
        return underscored;
    }

    public void setUnderscored(boolean underscored) {
        this.underscored = underscored;
    }

    /** Whether bound values appear in the SQL log (default true). */
    public boolean isLogParameters() {
        return logParameters;
    }

    public void setLogParameters(boolean logParameters) {
        this.logParameters = logParameters;
    }

    /** The folder of the {@code Seeder} bean's seed files (default {@code seeders}). */
    public String getSeedersFolder() {
        return seedersFolder;
    }

    public void setSeedersFolder(String seedersFolder) {
        this.seedersFolder = seedersFolder;
    }

    /**
     * How to sync the models' tables when the application starts: {@code create}, {@code alter} or {@code force}
     * (drops every model's table: tests only). Unset by default: the schema is the migrations' to make.
     */
    public SyncMode getSync() {
        return sync;
    }

    public void setSync(SyncMode sync) {
        this.sync = sync;
    }

    /**
     * JDBC URLs of read replicas of the {@code spring.datasource} database: reads outside transactions go to them in
     * turn, read-only transactions to one of them, everything else to the primary. Each gets a HikariCP pool with
     * the primary pool's user and password unless its URL carries its own. Empty (the default): no replicas.
     */
    public List<String> getReplicas() {
        return replicas;
    }

    public void setReplicas(List<String> replicas) {
        this.replicas = replicas;
    }

    /** After a write, how long that thread's reads stay on the primary (unset, the default: off). */
    public Duration getReadYourWrites() {
        return readYourWrites;
    }

    public void setReadYourWrites(Duration readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    /** Whether reads outside transactions stay on the primary although replicas are configured (default false). */
    public boolean isUsePrimary() {
        return usePrimary;
    }

    public void setUsePrimary(boolean usePrimary) {
        this.usePrimary = usePrimary;
    }
}
