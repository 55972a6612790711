package dev.junction.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.spring.app.Accounts;
import dev.junction.spring.app.Premieres;
import dev.junction.spring.app.UserRepository;
import dev.junction.spring.app.models.Episode;
import dev.junction.spring.app.models.Show;
import dev.junction.spring.app.models.User;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The starter in a real Spring Boot application context ({@code app.TestApplication}), run once per database by the
 * subclasses, whose {@code @DisplayName} names the database in every test's name.
 */
@DisplayNameGeneration(DatabaseDisplayNames.class)
abstract class StarterTests {
    /** Keeps Boot from configuring JPA, whose transaction manager would replace {@code DataSourceTransactionManager}. */
    static final String WITHOUT_JPA = "spring.autoconfigure.exclude="
            + "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration,"
            + "org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration";

    @Autowired Junction db;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired Accounts accounts;
    @Autowired UserRepository repository;
    @Autowired Model<User> users;
    @Autowired Model<Show> shows;
    @Autowired DefinedModels defined;
    @Autowired Premieres premieres;
    @Autowired @Qualifier("user.favorites") BelongsToMany<User, Show> favorites;
    @Autowired @Qualifier("user.watchlist") BelongsToMany<User, Show> watchlist;
    @Autowired HasMany<Show, Episode> episodes;

    /** The kind of Spring transaction manager whose transactions the tests run in. */
    abstract Class<?> transactionManager();

    /** Whether the database refuses writes in a read-only transaction (H2 ignores Connection.setReadOnly). */
    abstract boolean enforcesReadOnly();

    /** A query for the id of the database session that runs it. */
    abstract String sessionIdQuery();

    @BeforeEach
    void emptyTables() {
        jdbc.update("DELETE FROM \"UserFavorites\"");
        jdbc.update("DELETE FROM \"UserWatchlist\"");
        jdbc.update("DELETE FROM \"Episodes\"");
        jdbc.update("DELETE FROM \"Users\"");
        jdbc.update("DELETE FROM \"Shows\"");
    }

    @Test
    void theTestsRunInTheTransactionsOfTheVariantsTransactionManager() {
        assertThat(transactions.getTransactionManager()).isInstanceOf(transactionManager());
    }

    @Test
    void aTransactionalMethodThatThrowsUndoesItsJunctionInsert() {
        accounts.register("alice");

        assertThatThrownBy(() -> accounts.registerThenFail("bob")).isInstanceOf(IllegalStateException.class);

        assertThat(usernames()).containsExactly("alice");
    }

    @Test
    void aJunctionTransactionInsideASpringOneJoinsItAndIsUndoneWithIt() {
        assertThatThrownBy(() -> accounts.registerInAJunctionTransactionThenFail("carol"))
                .isInstanceOf(IllegalStateException.class);

        assertThat(usernames()).isEmpty();
    }

    @Test
    void aFailedJunctionTransactionDoomsTheSpringOneEvenWhenCaught() {
        assertThatThrownBy(() -> accounts.registerCatchingAFailedJunctionTransaction("dave"))
                .isInstanceOf(UnexpectedRollbackException.class);

        assertThat(usernames()).isEmpty();
    }

    @Test
    void aReadOnlyTransactionRunsJunctionOnSpringsReadOnlyConnection() {
        accounts.register("erin");

        assertThat(accounts.countReadOnly()).isEqualTo(1);
        Throwable write = catchThrowable(() -> accounts.registerReadOnly("frank"));

        if (enforcesReadOnly()) {
            assertThat(write).as("the database refuses the write").isNotNull();
            assertThat(usernames()).containsExactly("erin");
        } else {
            assertThat(write).as("H2 ignores read-only, as it does for JdbcTemplate").isNull();
        }
        Boolean sameSession = transactions(true).execute(status -> db.scalar(Long.class, sessionIdQuery())
                .equals(jdbc.queryForObject(sessionIdQuery(), Long.class)));
        assertThat(sameSession).as("Junction and JdbcTemplate on one connection").isTrue();
    }

    @Test
    void transactionTemplateCommitsOrRollsBackJunctionWrites() {
        transactions.executeWithoutResult(status -> users.create(new User(null, "gina")));
        transactions.executeWithoutResult(status -> {
            users.create(new User(null, "hank"));
            status.setRollbackOnly();
        });

        assertThat(usernames()).containsExactly("gina");
    }

    @Test
    void aNestedRequiresNewCommitsWhileTheOuterTransactionRollsBack() {
        assertThatThrownBy(() -> accounts.registerAuditedThenFail("ivy")).isInstanceOf(IllegalStateException.class);

        assertThat(usernames()).containsExactly("ivy-audit");
    }

    @Test
    void aRequiresNewCalledFromAJoinedJunctionTransactionRunsOnItsOwnConnection() {
        assertThatThrownBy(() -> accounts.registerAuditedInAJunctionTransactionThenFail("ivo"))
                .isInstanceOf(IllegalStateException.class);

        assertThat(usernames()).containsExactly("ivo-audit");
    }

    @Test
    void jdbcTemplateAndJunctionInOneTransactionSeeEachOthersWrites() {
        long[] seen = accounts.registerWithJdbcAndJunction("jack", "kate", false);
        assertThat(seen).containsExactly(1, 2);
        assertThat(usernames()).containsExactly("jack", "kate");

        assertThatThrownBy(() -> accounts.registerWithJdbcAndJunction("liam", "mia", true))
                .isInstanceOf(IllegalStateException.class);
        assertThat(usernames()).containsExactly("jack", "kate");
    }

    @Test
    void junctionUsesSpringsPoolAndOpensNoneOfItsOwn() {
        assertThat(db.config().dataSource()).isSameAs(dataSource);
        assertThat(dataSource).isInstanceOf(HikariDataSource.class);
        HikariDataSource hikari = (HikariDataSource) dataSource;
        users.create(new User(null, "nina"));

        assertThat(db.poolStats().total()).isEqualTo(hikari.getHikariPoolMXBean().getTotalConnections())
                .isPositive();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("junction-"));
    }

    @Test
    void junctionExceptionsLeaveRepositoriesAsSpringDataAccessExceptions() {
        User olga = repository.create("olga");

        assertThatThrownBy(() -> repository.create("olga")).isInstanceOf(DuplicateKeyException.class)
                .hasCauseInstanceOf(dev.junction.UniqueConstraintException.class);
        assertThatThrownBy(() -> repository.rename(olga.id() + 1000, "nobody"))
                .isInstanceOf(EmptyResultDataAccessException.class)
                .hasCauseInstanceOf(dev.junction.NotFoundException.class);
        assertThatThrownBy(() -> users.create(new User(null, "olga"))).as("outside a @Repository: Junction's own")
                .isInstanceOf(dev.junction.UniqueConstraintException.class)
                .isNotInstanceOf(DataAccessException.class);
    }

    @Test
    void scannedModelsAreInjectableByTypeWithTheirAssociations() {
        assertThat(defined.classes()).containsExactly(Episode.class, Show.class, User.class);
        assertThat(users.name()).isEqualTo("User");
        assertThat(shows.name()).isEqualTo("Show");
        User pia = users.create(new User(null, "pia"));
        Show dune = shows.create(new Show(null, "Dune"));
        BelongsToMany<User, Show> favorites = users.belongsToMany("Favorites", Show.class);

        favorites.add(pia, dune);

        assertThat(favorites.get(pia)).extracting(Show::title).containsExactly("Dune");
    }

    @Test
    void associationKeysAreInjectableHandlesTypedByTheKeyAndToldApartByName() {
        assertThat(favorites.as()).isEqualTo("Favorites");
        assertThat(watchlist.as()).isEqualTo("Watchlist");
        assertThat(episodes.as()).isEqualTo("Episodes");
        assertThat(favorites.source()).isSameAs(users);
        assertThat(episodes.target().name()).isEqualTo("Episode");
    }

    @Test
    void injectedAssociationHandlesWriteInsideATransactionalMethod() {
        User rey = premieres.premiere("rey", "Andor", false);

        assertThat(favorites.get(rey)).extracting(Show::title).containsExactly("Andor");
        assertThat(watchlist.get(rey)).extracting(Show::title).containsExactly("Andor 2");
        Show andor = favorites.get(rey).get(0);
        assertThat(episodes.get(andor)).extracting(Episode::title).containsExactly("Pilot");
    }

    @Test
    void injectedAssociationHandlesRollBackWithTheTransactionalMethod() {
        assertThatThrownBy(() -> premieres.premiere("sol", "Loki", true)).isInstanceOf(IllegalStateException.class);

        assertThat(usernames()).isEmpty();
        assertThat(shows.count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"Episodes\"", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"UserFavorites\"", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"UserWatchlist\"", Long.class)).isZero();
    }

    private List<String> usernames() {
        return db.query("SELECT " + db.dialect().quote("username") + " FROM " + db.dialect().quote("Users")
                + " ORDER BY 1").stream().map(row -> (String) row.get("username")).toList();
    }

    private TransactionTemplate transactions(boolean readOnly) {
        TransactionTemplate template = new TransactionTemplate(transactions.getTransactionManager());
        template.setReadOnly(readOnly);
        return template;
    }
}
