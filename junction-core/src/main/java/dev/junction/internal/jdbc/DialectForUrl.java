package dev.junction.internal.jdbc;

import dev.junction.JunctionException;
import dev.junction.dialect.Dialect;
import dev.junction.dialect.H2Dialect;
import dev.junction.dialect.MariaDbDialect;
import dev.junction.dialect.PostgresDialect;
import dev.junction.dialect.SqliteDialect;
import java.util.Locale;

/** Picks the {@link Dialect} for a JDBC URL by its prefix. Stateless. */
public final class DialectForUrl {
    private DialectForUrl() {
    }

    /** The dialect for {@code jdbcUrl}; an unknown kind of URL is named, without its password, in the error. */
    public static Dialect of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) return new H2Dialect();
        if (url.startsWith("jdbc:sqlite:")) return new SqliteDialect();
        if (url.startsWith("jdbc:postgresql:")) return new PostgresDialect();
        if (url.startsWith("jdbc:mariadb:")) return new MariaDbDialect();
        if (url.startsWith("jdbc:mysql:")) return new MariaDbDialect(true);
        throw new JunctionException("No Junction dialect for URL " + PasswordMask.url(jdbcUrl)
                + "; supported: jdbc:h2:, jdbc:sqlite:, jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:");
    }
}
