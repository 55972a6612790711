package dev.junction.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.junction.bench.hibernate.HFavorite;
import dev.junction.bench.hibernate.HShow;
import dev.junction.bench.hibernate.HUser;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Hibernate 7 set up as its documentation recommends for speed: JDBC batching with ordered inserts and updates,
 * batch fetching as the fallback for collections, no second-level cache, a pool that hands out connections with
 * auto-commit already off (and Hibernate told so, so it neither toggles it nor fetches a connection early), and the
 * schema left alone (it maps Junction's tables). The workloads add join fetches and stateless sessions where those
 * are the fast path.
 */
public final class HibernateSide implements AutoCloseable {
    /** Statements per JDBC batch: the documentation's advice is 10–50. */
    static final int BATCH_SIZE = 50;

    private final HikariDataSource pool;
    private final SessionFactory factory;

    private HibernateSide(HikariDataSource pool, SessionFactory factory) {
        this.pool = pool;
        this.factory = factory;
    }

    public static HibernateSide open(BenchDatabase.Place place) {
        HikariDataSource pool = Pools.hikari(place, "hibernate", false);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                .applySetting(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, true)
                .applySetting(AvailableSettings.GLOBALLY_QUOTED_IDENTIFIERS, true)
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .applySetting(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 32)
                .applySetting(AvailableSettings.USE_SECOND_LEVEL_CACHE, false)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.SHOW_SQL, false)
                .build();
        SessionFactory factory = new MetadataSources(registry)
                .addAnnotatedClasses(HUser.class, HShow.class, HFavorite.class)
                .buildMetadata().buildSessionFactory();
        return new HibernateSide(pool, factory);
    }

    public SessionFactory factory() {
        return factory;
    }

    @Override
    public void close() {
        factory.close();
        pool.close();
    }
}
