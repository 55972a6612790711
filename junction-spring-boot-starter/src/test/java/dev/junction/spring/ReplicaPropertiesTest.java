package dev.junction.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code junction.replicas}, {@code junction.read-your-writes} and {@code junction.use-primary}: the primary is the
 * application's H2 database, the replica an H2 file opened read-only holding another row, so a read shows where it
 * ran.
 */
class ReplicaPropertiesTest {
    private static int databases;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, JunctionAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:replicas-" + ++databases + ";DB_CLOSE_DELAY=-1");

    @Test
    void readsGoToTheReplicasTheApplicationNames(@TempDir Path folder) throws Exception {
        String replica = replica(folder);
        context.withPropertyValues("junction.replicas=" + replica, "junction.read-your-writes=5m").run(app -> {
            Junction db = app.getBean(Junction.class);
            assertThat(db.config().replicas().urls()).containsExactly(replica);
            assertThat(db.config().replicas().readYourWrites()).isEqualTo(Duration.ofMinutes(5));
            db.execute("CREATE TABLE notes (text VARCHAR(20))");
            db.execute("INSERT INTO notes VALUES ('primary')");
            assertThat(db.scalar(String.class, "SELECT text FROM notes")).isEqualTo("primary"); // read your writes
            Thread reader = new Thread(() -> assertThat(db.scalar(String.class, "SELECT text FROM notes"))
                    .isEqualTo("replica"));
            java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
            reader.setUncaughtExceptionHandler((t, e) -> failed.set(e));
            reader.start();
            reader.join(60_000);
            assertThat(reader.isAlive()).isFalse();
            assertThat(failed.get()).isNull();
        });
    }

    @Test
    void usePrimaryKeepsReadsOnThePrimary(@TempDir Path folder) throws Exception {
        String replica = replica(folder);
        context.withPropertyValues("junction.replicas=" + replica, "junction.use-primary=true").run(app -> {
            Junction db = app.getBean(Junction.class);
            assertThat(db.config().replicas().usePrimary()).isTrue();
            db.execute("CREATE TABLE notes (text VARCHAR(20))");
            db.execute("INSERT INTO notes VALUES ('primary')");
            assertThat(db.scalar(String.class, "SELECT text FROM notes")).isEqualTo("primary");
        });
    }

    @Test
    void withoutThePropertyThereAreNoReplicas() {
        context.run(app -> assertThat(app.getBean(Junction.class).config().replicas().any()).isFalse());
    }

    /** An H2 file database holding table notes with the row 'replica', as a read-only URL without credentials. */
    private static String replica(Path folder) throws Exception {
        String url = "jdbc:h2:file:" + Files.createDirectories(folder).resolve("replica");
        // Spring Boot's embedded H2 user, which Junction gives a replica URL that names none.
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (text VARCHAR(20))");
            s.execute("INSERT INTO notes VALUES ('replica')");
        }
        return url + ";ACCESS_MODE_DATA=r";
    }
}
