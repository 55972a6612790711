package dev.junction.internal.jdbc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDBC URL with the credentials of its user-info part ({@code jdbc:postgresql://user:pw@host/db}, as Sequelize
 * and libpq write them) taken out: the PostgreSQL and MariaDB drivers read {@code user:pw@host} as a host name or a
 * port, and put it, password included, in their error messages. They go to the driver as its user and password
 * instead, unless the configuration names its own.
 *
 * @param url      the URL without user-info
 * @param user     the user-info's user (percent-decoded), or {@code null}
 * @param password the user-info's password (percent-decoded), or {@code null}
 */
public record UrlCredentials(String url, String user, String password) {
    /** {@code jdbc:<driver>:} then {@code //user[:password]@} at the start of the authority. */
    private static final Pattern USER_INFO = Pattern.compile("^(jdbc:[a-zA-Z0-9]+:(?:[a-zA-Z0-9]+:)?//)"
            + "([^/?#@:;]*)(?::([^/?#@;]*))?@");

    /** The credentials in {@code url}'s user-info, if it has one. */
    public static UrlCredentials of(String url) {
        Matcher m = USER_INFO.matcher(url);
        if (!m.find()) return new UrlCredentials(url, null, null);
        String user = m.group(2).isEmpty() ? null : decode(m.group(2));
        String password = m.group(3) == null ? null : decode(m.group(3));
        return new UrlCredentials(m.group(1) + url.substring(m.end()), user, password);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
