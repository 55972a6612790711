package dev.junction.query;

import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.in;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.BulkOptions;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.schema.DataType;
import dev.junction.schema.SyncMode;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.util.List;

/**
 * Text that differs only in trailing spaces is different text, on every database: in unique keys, in WHERE and in
 * upserts (MariaDB's PAD SPACE collations would make {@code 'admin '} equal {@code 'admin'}; Junction's tables use a
 * NO PAD one).
 */
class TrailingSpacesTest {

    /** User(id, username unique, email unique, age), as in the report. */
    private static Model<Row> users(Junction db) {
        Model<Row> users = db.define("User", m -> m
                .attribute("username", DataType.string(40), a -> a.unique().notNull())
                .attribute("email", DataType.string(80), a -> a.unique())
                .attribute("age", DataType.integer()));
        db.sync();
        return users;
    }

    @DialectTest
    void textsDifferingInTrailingSpacesAreDistinctUniqueValues(TestTarget target) {
        Model<Row> users = users(target.open());
        users.create(Row.of("username", "admin", "email", "admin@example.com"));

        users.create(Row.of("username", "admin ", "email", "admin@example.com "));
        users.create(Row.of("username", "admin  ", "email", "admin@example.com  "));

        assertThat(users.findAll(Query.all().order(Order.asc("username")))).extracting(r -> r.getString("username"))
                .containsExactly("admin", "admin ", "admin  ");
    }

    @DialectTest
    void eqAndInMatchTrailingSpacesExactly(TestTarget target) {
        Model<Row> users = users(target.open());
        users.create(Row.of("username", "admin", "age", 40));
        users.create(Row.of("username", "guest ", "age", 20));

        assertThat(users.findAll(eq("username", "admin "))).isEmpty();
        assertThat(users.findAll(eq("username", "guest"))).isEmpty();
        assertThat(users.count(in("username", List.of("admin  ", "guest")))).isZero();
        assertThat(users.findOne(eq("username", "guest ")).orElseThrow().getInteger("age")).isEqualTo(20);
        assertThat(users.update(java.util.Map.of("age", 41), eq("username", "admin "))).isZero();
        assertThat(users.findOne(eq("username", "admin")).orElseThrow().getInteger("age")).isEqualTo(40);
    }

    @DialectTest
    void anUpsertOfPaddedTextInsertsANewRowInsteadOfUpdating(TestTarget target) {
        Model<Row> users = users(target.open());
        users.create(Row.of("username", "admin", "email", "admin@example.com", "age", 40));

        users.bulkCreate(List.of(Row.of("username", "admin  ", "email", "intruder@example.com", "age", 1)),
                BulkOptions.updateOnDuplicate("email", "age").conflictOn("username"));

        Row admin = users.findOne(eq("username", "admin")).orElseThrow();
        assertThat(admin.getString("email")).isEqualTo("admin@example.com");
        assertThat(admin.getInteger("age")).isEqualTo(40);
        assertThat(users.findOne(eq("username", "admin  ")).orElseThrow().getString("email"))
                .isEqualTo("intruder@example.com");
    }

    /** A table made by hand, on MariaDB in its PAD SPACE {@code utf8mb4_bin}. */
    @DialectTest
    void alterSyncReportsTextColumnsWhoseCollationIgnoresTrailingSpaces(TestTarget target) throws Exception {
        Junction db = target.open();
        RawSql raw = new RawSql(target, db);
        raw.script(raw.sql("CREATE TABLE {Users} ({id} INTEGER PRIMARY KEY, {username} VARCHAR(40) NOT NULL)")
                + (target.backend() == Backend.MARIADB ? " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin" : ""));
        db.define("User", m -> m.attribute("username", DataType.string(40), a -> a.notNull())
                .attribute("email", DataType.string(80)).timestamps(false));

        List<String> warnings = db.sync(SyncMode.ALTER).warnings();

        if (target.backend() == Backend.MARIADB) {
            assertThat(warnings).containsExactly(
                    "Users.username: collation utf8mb4_bin ignores trailing spaces ('a ' equals 'a') in comparisons"
                            + " and unique keys; left as it is",
                    "Users.email: collation utf8mb4_bin ignores trailing spaces ('a ' equals 'a') in comparisons"
                            + " and unique keys; left as it is");
        } else {
            assertThat(warnings).isEmpty();
        }
        assertThat(db.sync(SyncMode.ALTER).statements()).isEmpty();
    }
}
