package dev.junction.reliability;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.BulkOptions;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.schema.DataType;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rows whose values together exceed what one statement may carry: MariaDB refuses a client packet larger than its
 * {@code max_allowed_packet} (16 MiB here) by dropping the connection, so Junction splits multi-row INSERTs by
 * size as well as by parameter count, and refuses a single row that cannot fit before writing anything. The texts
 * are sized from the server's limit (the same sizes elsewhere), each three eighths of it: two fit in a statement,
 * four do not.
 */
class StatementSizeTest {
    private static final long DEFAULT_PACKET = 16L << 20;

    private static Model<Row> documents(Junction db) {
        Model<Row> documents = db.define("Document", m -> m.attribute("name", DataType.string(40), a -> a.unique())
                .attribute("body", DataType.text()).timestamps(false));
        db.sync();
        return documents;
    }

    /** The server's max_allowed_packet on MariaDB; 16 MiB, its default, elsewhere. */
    private static long packet(TestTarget target) throws SQLException {
        if (target.backend() != Backend.MARIADB) return DEFAULT_PACKET;
        try (Connection c = target.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT @@max_allowed_packet")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Row> rows(int count, int length, char fill) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(Row.of("name", "doc" + i, "body", (char) ('a' + i) + String.valueOf(fill).repeat(length - 1)));
        }
        return rows;
    }

    private static List<String> bodies(Model<Row> documents) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String body = documents.findOne(eq("name", "doc" + i)).orElseThrow().getString("body");
            bodies.add(body.charAt(0) + ":" + body.length() + ":" + body.charAt(body.length() - 1));
        }
        return bodies;
    }

    @DialectTest
    void fourTextsOfThreeEighthsOfAStatementAreInsertedAndUpserted(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Row> documents = documents(db);
        int length = (int) (packet(target) * 3 / 8);

        documents.bulkCreate(rows(4, length, 'x'));
        assertThat(bodies(documents)).containsExactly("a:" + length + ":x", "b:" + length + ":x",
                "c:" + length + ":x", "d:" + length + ":x");
        documents.bulkCreate(rows(4, length - 1, 'y'), BulkOptions.updateOnDuplicate("body"));

        assertThat(bodies(documents)).containsExactly("a:" + (length - 1) + ":y", "b:" + (length - 1) + ":y",
                "c:" + (length - 1) + ":y", "d:" + (length - 1) + ":y");
        assertThat(documents.count()).isEqualTo(4);
        assertThat(db.poolStats().active()).isZero();
    }

    /** Only MariaDB limits a statement's size below what a row may hold. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("mariaDb")
    void aRowLargerThanAStatementIsRefusedBeforeAnythingIsWritten(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Row> documents = documents(db);
        List<Row> rows = new ArrayList<>(rows(1, 10, 'x'));
        rows.addAll(rows(2, (int) packet(target) + 1024, 'z').subList(1, 2));

        Throwable thrown = catchThrowable(() -> documents.bulkCreate(rows));
        Throwable alone = catchThrowable(() -> documents.create(rows.get(1)));

        assertThat(List.of(thrown, alone)).allSatisfy(e -> assertThat(e)
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.attribute()).isEqualTo("body"))
                .hasMessageContaining("Document").hasMessageContaining("max_allowed_packet"));
        assertThat(documents.count()).isZero();
        assertThat(db.poolStats().active()).isZero();
        assertThat(db.poolStats().total()).as("no connection was lost").isGreaterThan(0);
    }

    static Stream<TestTarget> mariaDb() {
        return Stream.of(new TestTarget(Backend.MARIADB));
    }
}
