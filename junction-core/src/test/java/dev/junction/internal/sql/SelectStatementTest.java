package dev.junction.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which raw statements only read, so may go to a read replica. */
class SelectStatementTest {
    @Test
    void aPlainSelectReads() {
        assertThat(SelectStatement.readsOnly("SELECT name FROM Shelves")).isTrue();
        assertThat(SelectStatement.readsOnly("/* c */ (select\n name\nfrom \"Shelves\"\nwhere id = ?)")).isTrue();
        assertThat(SelectStatement.readsOnly("SELECT forename, intone FROM Shelves")).isTrue();
    }

    @Test
    void aRowLockWithAnyBlanksBetweenItsWordsIsForThePrimary() {
        assertThat(SelectStatement.readsOnly("SELECT * FROM t\nFOR\tUPDATE")).isFalse();
        assertThat(SelectStatement.readsOnly("SELECT * FROM t for  share")).isFalse();
        assertThat(SelectStatement.readsOnly("SELECT * FROM t\nFOR NO\nKEY  UPDATE")).isFalse();
        assertThat(SelectStatement.readsOnly("SELECT * FROM t FOR KEY\tSHARE SKIP LOCKED")).isFalse();
        assertThat(SelectStatement.readsOnly("SELECT * FROM t\nLOCK IN\nSHARE MODE")).isFalse();
        assertThat(SelectStatement.readsOnly("SELECT * FROM t\nFOR UPDATE OF t")).isFalse();
    }

    @Test
    void aSelectIntoWrites() {
        assertThat(SelectStatement.readsOnly("SELECT * INTO copy FROM t")).isFalse();
        assertThat(SelectStatement.readsOnly("SELECT name INTO\n@name FROM t")).isFalse();
        assertThat(SelectStatement.readsOnly("SELECT * FROM t INTO OUTFILE '/tmp/t.csv'")).isFalse();
    }

    @Test
    void otherStatementsAreForThePrimary() {
        assertThat(SelectStatement.readsOnly("INSERT INTO t VALUES (1) RETURNING id")).isFalse();
        assertThat(SelectStatement.readsOnly("WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d")).isFalse();
        assertThat(SelectStatement.readsOnly("selection")).isFalse();
    }
}
