package dev.junction.internal.jdbc;

import dev.junction.JunctionException;
import dev.junction.dialect.Dialect;
import dev.junction.dialect.H2Dialect;
import dev.junction.dialect.MariaDbDialect;
import dev.junction.dialect.PostgresDialect;
import dev.junction.dialect.SqliteDialect;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Picks the {@link Dialect} of a database Junction reaches through an application's {@code DataSource}, whose URL
 * it is not told: by the product name in the connection's metadata. Stateless.
 */
final class DialectForDatabase {
    private DialectForDatabase() {
    }

    /** The dialect for the database {@code metadata} describes; an unknown product is named in the error. */
    static Dialect of(DatabaseMetaData metadata) throws SQLException {
        String product = String.valueOf(metadata.getDatabaseProductName());
        switch (product.toLowerCase(Locale.ROOT)) {
            case "h2":
                return new H2Dialect();
            case "sqlite":
                return new SqliteDialect();
            case "postgresql":
                return new PostgresDialect();
            case "mariadb":
                return new MariaDbDialect();
            case "mysql":
                // MySQL's driver calls a MariaDB server MySQL too; its version says which it is.
                String version = String.valueOf(metadata.getDatabaseProductVersion()).toLowerCase(Locale.ROOT);
                return version.contains("mariadb") ? new MariaDbDialect() : new MariaDbDialect(true);
            default:
                throw new JunctionException("No Junction dialect for the database product '" + product
                        + "' behind this DataSource; supported: H2, SQLite, PostgreSQL, MariaDB, MySQL");
        }
    }
}
