package dev.junction.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Row;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/**
 * Each database's own ways of writing text hold no parameter markers: PostgreSQL's dollar quotes (a tag may hold
 * digits) and its {@code ??}, the JDBC spelling of a {@code ?} operator; MariaDB's {@code "…"} strings with backslash
 * escapes; elsewhere {@code "…"} is a quoted identifier, where a backslash is a plain character.
 */
class RawDialectTextTest {
    @DialectTest
    void markersInTheDatabasesOwnQuotingAreText(TestTarget target) {
        Junction db = target.open();
        switch (target.backend()) {
            case POSTGRESQL -> {
                assertThat(db.scalar(String.class, "SELECT $t1$ :x ? $t1$ || :y", Map.of("y", "!")))
                        .isEqualTo(" :x ? !");
                assertThat(db.scalar(String.class, "SELECT $t1$ ? $t1$ || ?", "!")).isEqualTo(" ? !");
            }
            case MARIADB -> {
                List<Row> rows = db.query("SELECT \"it\\\" :x\" AS v, :y AS w", Map.of("y", 1));
                assertThat(rows).hasSize(1);
                assertThat(rows.get(0).get("v")).isEqualTo("it\" :x");
            }
            default -> {
                List<Row> rows = db.query("SELECT :y AS \"v\\\", :z AS \"w\"", Map.of("y", 1, "z", 2));
                assertThat(rows).hasSize(1);
                assertThat(((Number) rows.get(0).get("v\\")).intValue()).isEqualTo(1);
                assertThat(((Number) rows.get(0).get("w")).intValue()).isEqualTo(2);
            }
        }
    }

    @DialectTest
    void postgresQuestionMarkOperatorsAreWrittenDoubled(TestTarget target) {
        Junction db = target.open();
        if (target.backend() != Backend.POSTGRESQL) {
            // Only PostgreSQL has ? operators: elsewhere every ? is a marker.
            assertThat(db.scalar(Integer.class, "SELECT CAST(? AS INTEGER) + CAST(? AS INTEGER) AS s", 3, 4))
                    .isEqualTo(7);
            return;
        }
        assertThat(db.scalar(Boolean.class, "SELECT CAST(:doc AS jsonb) ?? :key",
                Map.of("doc", "{\"a\": 1}", "key", "a"))).isTrue();
        assertThat(db.scalar(Boolean.class, "SELECT CAST(? AS jsonb) ??| array['b', 'a']", "{\"a\": 1}")).isTrue();
        assertThat(db.scalar(Boolean.class, "SELECT CAST(? AS jsonb) ??& array['b', 'a']", "{\"a\": 1}")).isFalse();
    }
}
