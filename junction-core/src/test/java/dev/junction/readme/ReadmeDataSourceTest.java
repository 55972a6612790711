package dev.junction.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.Model;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;

/** The README's {@code Junction.open(DataSource)} example ("Connections and logging"), on every database. */
class ReadmeDataSourceTest {
    record Note(Long id, String text) { }

    @DialectTest
    void theDataSourceExample(TestTarget target) throws Exception {
        JunctionConfig test = target.config().build();
        HikariConfig hikariConfig = new HikariConfig();
        hikariConfig.setJdbcUrl(test.url());
        hikariConfig.setUsername(test.user());
        hikariConfig.setPassword(test.password());

        HikariDataSource pool = new HikariDataSource(hikariConfig);   // the application's pool
        Junction db = Junction.open(pool);                             // or JunctionConfig.builder().dataSource(pool)
        Model<Note> notes = db.define(Note.class);
        db.sync();
        notes.create(new Note(null, "kept"));
        assertThat(db.poolStats().total()).isEqualTo(pool.getHikariPoolMXBean().getTotalConnections());
        db.close();                                                    // pool stays open: it is the application's

        try (pool; var connection = pool.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM " + db.dialect().quote("Notes"))) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }
}
