package dev.junction.migration;

import dev.junction.dialect.Dialect;
import dev.junction.dialect.H2Dialect;
import dev.junction.dialect.MariaDbDialect;
import dev.junction.dialect.PostgresDialect;
import dev.junction.dialect.SqliteDialect;

/** The dialect a migrations folder is written for; generation needs no database, only these. */
final class DialectFolders {
    private DialectFolders() {
    }

    /** The dialect of folder {@code name}; MariaDB as its default session reads literals (backslash escapes). */
    static Dialect dialect(String name) {
        return switch (name == null ? "" : name) {
            case "h2" -> new H2Dialect();
            case "postgresql" -> new PostgresDialect();
            case "mariadb" -> new MariaDbDialect();
            case "mysql" -> new MariaDbDialect(true);
            case "sqlite" -> new SqliteDialect();
            default -> throw new MigrationException("Unknown dialect '" + name
                    + "'; migrations are written for h2, postgresql, mariadb, mysql and sqlite");
        };
    }
}
