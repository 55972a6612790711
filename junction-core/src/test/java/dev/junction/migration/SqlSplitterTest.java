package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.migration.internal.run.SqlSplitter;
import dev.junction.migration.internal.run.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting a migration file at the semicolons that end statements, and only at those. */
class SqlSplitterTest {
    private static List<String> split(String text) {
        return SqlSplitter.split("m.up.sql", text).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void statementsEndAtSemicolons() {
        assertThat(split("CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)");
    }

    @Test
    void aLastStatementWithoutSemicolonCounts() {
        assertThat(split("DROP TABLE a;\nDROP TABLE b")).containsExactly("DROP TABLE a", "DROP TABLE b");
    }

    @Test
    void semicolonsInSingleQuotedStringsWithDoubledQuotesDoNotSplit() {
        assertThat(split("INSERT INTO a VALUES ('it''s; fine');\nSELECT 1;"))
                .containsExactly("INSERT INTO a VALUES ('it''s; fine')", "SELECT 1");
    }

    @Test
    void semicolonsInDoubleQuotedAndBacktickedNamesDoNotSplit() {
        assertThat(split("CREATE TABLE \"a;b\" (x INT);\nCREATE TABLE `c;d` (y INT);"))
                .containsExactly("CREATE TABLE \"a;b\" (x INT)", "CREATE TABLE `c;d` (y INT)");
    }

    @Test
    void commentsHoldNoStatementsAndLeadingOnesAreDropped() {
        assertThat(split("-- first; not a statement\nCREATE TABLE a (x INT); -- trailing;\n/* block;\n;*/\n"
                + "-- DROP TABLE old;\n")).containsExactly("CREATE TABLE a (x INT)");
    }

    @Test
    void commentsInsideAStatementStay() {
        assertThat(split("CREATE TABLE a ( -- the key;\n x INT /* ; */);"))
                .containsExactly("CREATE TABLE a ( -- the key;\n x INT /* ; */)");
    }

    @Test
    void dollarQuotedBodiesDoNotSplit() {
        String function = "CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN NEW.x := 1; RETURN NEW; END; $$"
                + " LANGUAGE plpgsql";
        String tagged = "DO $body$ BEGIN PERFORM 1; END $body$";
        assertThat(split(function + ";\n" + tagged + ";\nSELECT $1;")).containsExactly(function, tagged, "SELECT $1");
    }

    @Test
    void aStatementKnowsItsNumberAndLine() {
        List<SqlStatement> statements = SqlSplitter.split("m.up.sql", "-- header\n\nCREATE TABLE a (x INT);\n"
                + "INSERT INTO a VALUES ('two\nlines');\n\nDROP TABLE b;");
        assertThat(statements).extracting(SqlStatement::number).containsExactly(1, 2, 3);
        assertThat(statements).extracting(SqlStatement::line).containsExactly(3, 4, 7);
    }

    @Test
    void anUnterminatedQuoteIsRefusedNamingFileAndLine() {
        assertThatThrownBy(() -> SqlSplitter.split("20261204163000-x.up.sql", "SELECT 1;\n\nINSERT INTO a VALUES ('oops);\n"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("20261204163000-x.up.sql line 3").hasMessageContaining("string");
    }

    @Test
    void anUnterminatedDollarQuoteOrCommentIsRefused() {
        assertThatThrownBy(() -> SqlSplitter.split("f.sql", "DO $x$ BEGIN END;"))
                .isInstanceOf(MigrationException.class).hasMessageContaining("f.sql line 1")
                .hasMessageContaining("$x$");
        assertThatThrownBy(() -> SqlSplitter.split("f.sql", "SELECT 1;\n/* open"))
                .isInstanceOf(MigrationException.class).hasMessageContaining("f.sql line 2");
    }

    @Test
    void backslashEscapesCountOnlyWhereTheDatabaseReadsThem() {
        String mariaDb = "INSERT INTO a VALUES ('it\\'s; one');\nSELECT 2;";
        assertThat(SqlSplitter.split("m.up.sql", mariaDb, true)).extracting(SqlStatement::sql)
                .containsExactly("INSERT INTO a VALUES ('it\\'s; one')", "SELECT 2");
        assertThat(split("INSERT INTO a VALUES ('C:\\');\nSELECT 2;"))
                .containsExactly("INSERT INTO a VALUES ('C:\\')", "SELECT 2");
    }

    @Test
    void backslashesEscapeInPostgresEscapeStringsEverywhere() {
        assertThat(split("INSERT INTO a VALUES (E'it\\'s; fine', e'\\\\');\nSELECT 'x\\';\nSELECT 1;"))
                .containsExactly("INSERT INTO a VALUES (E'it\\'s; fine', e'\\\\')", "SELECT 'x\\'", "SELECT 1");
        assertThat(split("SELECT some'a\\';\nSELECT 2")).containsExactly("SELECT some'a\\'", "SELECT 2");
    }

    @Test
    void onMariaDbAHashStartsACommentAndDoubleQuotedStringsKeepTheirEscapes() {
        String mariaDb = "# it's the first; comment\nINSERT INTO a VALUES (\"say \\\"hi\\\"; bye\");"
                + " # it's done\nSELECT 2;";
        assertThat(SqlSplitter.split("m.up.sql", mariaDb, true)).extracting(SqlStatement::sql)
                .containsExactly("INSERT INTO a VALUES (\"say \\\"hi\\\"; bye\")", "SELECT 2");
        assertThat(split("SELECT a #> '{x}' FROM b;\nSELECT 2;"))
                .containsExactly("SELECT a #> '{x}' FROM b", "SELECT 2");
    }

    @Test
    void onMariaDbTwoDashesStartACommentOnlyBeforeABlank() {
        String mariaDb = "UPDATE a SET x = x--1;\nUPDATE a SET y = 2; --\tnote; it\nSELECT 3;--";
        assertThat(SqlSplitter.split("m.up.sql", mariaDb, true)).extracting(SqlStatement::sql)
                .containsExactly("UPDATE a SET x = x--1", "UPDATE a SET y = 2", "SELECT 3");
    }
}
