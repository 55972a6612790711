package dev.junction.scaleout;

import static dev.junction.scaleout.Library.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.testing.DialectTest;
import dev.junction.testing.EmulatedReplica;
import dev.junction.testing.TestTarget;

/** Replicas beside an application's pool ({@code Junction.open(dataSource)}, Spring Boot's way). */
class ReplicaOnApplicationPoolTest {
    @DialectTest
    void aReplicaUrlWithoutCredentialsTakesThePoolsUserAndPassword(TestTarget target) {
        JunctionConfig test = target.config().build();
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(test.url());
        hikari.setUsername(test.user());
        hikari.setPassword(test.password());
        try (HikariDataSource pool = new HikariDataSource(hikari);
             EmulatedReplica replica = Library.replica(target, "replica");
             Junction db = Junction.open(JunctionConfig.builder().dataSource(pool).replicas(replica.url()).build())) {
            Library library = Library.filled(db, "primary", 1);
            assertThat(texts(library.notes.findAll())).containsExactly("replica-1", "replica-2");
        }
    }

    @DialectTest
    void replicaDataSourcesAreTheApplicationsAndStayOpen(TestTarget target) {
        try (EmulatedReplica replica = Library.replica(target, "replica")) {
            JunctionConfig straight = replica.config().build();
            HikariConfig hikari = new HikariConfig();
            hikari.setJdbcUrl(straight.url());
            hikari.setUsername(straight.user());
            hikari.setPassword(straight.password());
            if (straight.url().startsWith("jdbc:sqlite:")) hikari.setReadOnly(true); // as opened: see EmulatedReplica
            try (HikariDataSource replicaPool = new HikariDataSource(hikari)) {
                Junction db = target.open(b -> b.replicaDataSources(replicaPool));
                Library library = Library.filled(db, "primary", 1);
                assertThat(texts(library.notes.findAll())).containsExactly("replica-1", "replica-2");
                db.close();
                assertThat(replicaPool.isClosed()).isFalse();
            }
        }
    }
}
