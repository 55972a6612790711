package dev.junction.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.Model;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Which Spring transactions Junction joins: those holding a connection of its own {@code DataSource} only. */
class SpringTransactionHookTest {
    record Note(Long id, String text) { }

    @Test
    void aTransactionOnAnotherDataSourceIsNotJoined() {
        DataSource ours = h2("hook-ours");
        DataSource other = h2("hook-other");
        try (Junction db = Junction.open(JunctionConfig.builder().dataSource(ours)
                .transactionHook(new SpringTransactionHook(ours)).build())) {
            Model<Note> notes = db.define(Note.class);
            db.sync();

            new TransactionTemplate(new DataSourceTransactionManager(other)).executeWithoutResult(status -> {
                notes.create(new Note(null, "in a transaction of its own"));
                status.setRollbackOnly();
            });
            new TransactionTemplate(new DataSourceTransactionManager(ours)).executeWithoutResult(status -> {
                notes.create(new Note(null, "in Spring's transaction"));
                status.setRollbackOnly();
            });

            assertThat(notes.findAll()).extracting(Note::text).containsExactly("in a transaction of its own");
        }
    }

    private static DataSource h2(String name) {
        return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }
}
