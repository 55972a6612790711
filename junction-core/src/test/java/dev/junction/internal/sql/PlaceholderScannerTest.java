package dev.junction.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.internal.sql.PlaceholderScanner.Flavour;
import dev.junction.internal.sql.PlaceholderScanner.Marker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where each flavour of SQL has parameter markers, and where the same characters are text. */
class PlaceholderScannerTest {
    private static List<String> markers(String sql, Flavour flavour) {
        return PlaceholderScanner.scan(sql, flavour).stream()
                .map(m -> m.name() == null ? "?" : ":" + m.name()).toList();
    }

    @Test
    void findsPositionalAndNamedMarkers() {
        assertThat(markers("SELECT * FROM t WHERE a = ? AND b IN (:ids) AND c = :c_2", Flavour.STANDARD))
                .containsExactly("?", ":ids", ":c_2");
        Marker marker = PlaceholderScanner.scan("x = :name)", Flavour.STANDARD).get(0);
        assertThat(List.of(marker.start(), marker.end())).containsExactly(4, 9);
    }

    @Test
    void literalsIdentifiersAndCommentsHoldNoMarkers() {
        String sql = "SELECT ':a ?', 'it''s :b', \"c:d?\", `e:f` -- :g ?\n, /* :h ? */ :real";
        assertThat(markers(sql, Flavour.STANDARD)).containsExactly(":real");
        assertThat(markers(sql, Flavour.MARIADB)).containsExactly(":real");
    }

    @Test
    void postgresCastsDollarQuotesEscapedStringsAndNestedCommentsAreText() {
        String sql = "SELECT :a::int, $$ :b ? $$, $q$ :c $q$, E'\\' :d', /* /* :e */ :f */ ??, :g";
        assertThat(markers(sql, Flavour.POSTGRES)).containsExactly(":a", ":g");
    }

    @Test
    void mariaDbBackslashEscapesHashCommentsAndArithmeticDashes() {
        assertThat(markers("SELECT 'a\\' :x', 1 # :y\n, 1--1 + :z, @v := 1", Flavour.MARIADB))
                .containsExactly(":z");
        assertThat(markers("SELECT 'a\\' :x'", Flavour.STANDARD)).containsExactly(":x");
    }

    @Test
    void postgresDollarTagsMayHoldDigitsButAPositionalParameterIsNoTag() {
        assertThat(markers("SELECT $t1$ :x ? $t1$, $_2$ :y $_2$, :real", Flavour.POSTGRES)).containsExactly(":real");
        assertThat(markers("SELECT $1, :real", Flavour.POSTGRES)).containsExactly(":real");
    }

    @Test
    void mariaDbDoubleQuotesAreStringsWithBackslashEscapes() {
        assertThat(markers("SELECT \"it\\\" :x\", :real", Flavour.MARIADB)).containsExactly(":real");
        assertThat(markers("SELECT \"a\\\" :x, :real", Flavour.STANDARD)).containsExactly(":x", ":real");
    }

    @Test
    void unterminatedTextRunsToTheEnd() {
        assertThat(markers("SELECT ':a", Flavour.STANDARD)).isEmpty();
        assertThat(markers("SELECT 1 /* :a", Flavour.STANDARD)).isEmpty();
        assertThat(markers("SELECT a: b, :", Flavour.STANDARD)).isEmpty();
    }
}
