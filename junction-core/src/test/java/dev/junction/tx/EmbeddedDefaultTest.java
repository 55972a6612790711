package dev.junction.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.dialect.H2Dialect;
import dev.junction.tx.Ledger.Entry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** {@code Junction.open()} with no URL: an embedded in-memory H2 database of its own, gone when closed. */
class EmbeddedDefaultTest {

    @Test
    void openWithoutUrlGivesAnInMemoryH2Database() {
        try (Junction db = Junction.open()) {
            assertThat(db.dialect()).isInstanceOf(H2Dialect.class);
            assertThat(db.config().url()).startsWith("jdbc:h2:mem:");
            Model<Entry> entries = db.define(Entry.class);
            db.sync();
            entries.create(new Entry("rent"));
            assertThat(entries.count()).isEqualTo(1);
        }
    }

    @Test
    void eachOpenGivesAnIndependentDatabase() {
        try (Junction first = Junction.open(); Junction second = Junction.open()) {
            assertThat(first.config().url()).isNotEqualTo(second.config().url());
            Model<Entry> inFirst = first.define(Entry.class);
            first.sync();
            Model<Entry> inSecond = second.define(Entry.class);
            second.sync();
            inFirst.create(new Entry("rent"));
            inFirst.create(new Entry("food"));
            inSecond.create(new Entry("rent"));
            assertThat(inFirst.count()).isEqualTo(2);
            assertThat(inSecond.count()).isEqualTo(1);
        }
    }

    @Test
    void closeDropsTheDatabase() throws SQLException {
        Junction db = Junction.open();
        String url = db.config().url();
        Model<Entry> entries = db.define(Entry.class);
        db.sync();
        entries.create(new Entry("rent"));
        try (Connection stillThere = DriverManager.getConnection(url + ";IFEXISTS=TRUE")) {
            assertThat(stillThere.isValid(1)).isTrue();
        }
        db.close();
        assertThat(db.poolStats().total()).isZero();
        assertThatThrownBy(() -> DriverManager.getConnection(url + ";IFEXISTS=TRUE").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("not found");
    }
}
