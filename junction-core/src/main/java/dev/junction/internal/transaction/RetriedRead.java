package dev.junction.internal.transaction;

import dev.junction.ConnectionException;
import dev.junction.internal.jdbc.ErrorTranslator;
import dev.junction.internal.jdbc.SqlWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * A read outside a transaction, run once more on a new connection when its pooled one turns out to be broken — the
 * server restarted, or ended the session: reading changed nothing. A failure to get a connection at all is not
 * retried (the pool has already waited for one). Stateless.
 */
final class RetriedRead {
    private RetriedRead() {
    }

    static <R> R run(Supplier<Connection> connect, SqlWork<R> work, ErrorTranslator errors) {
        ConnectionException lost = null;
        for (int attempt = 1; ; attempt++) {
            Connection connection = connect.get();
            try (connection) {
                return TransactionScope.call(work, connection);
            } catch (ConnectionException broken) {
                if (lost != null) broken.addSuppressed(lost);
                if (attempt == 2) throw broken;
                lost = broken;
            } catch (SQLException e) {
                throw errors.translate(e, null, null);
            }
        }
    }
}
