package dev.junction;

import dev.junction.internal.Arguments;
import dev.junction.spi.TransactionHook;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * How to open a {@link Junction}: where the database is, how large the pool is, and the database-wide model
 * defaults. Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * Junction db = Junction.open(JunctionConfig.builder()
 *         .url("jdbc:postgresql://localhost/shows").user("app").password(secret)
 *         .maxPoolSize(8)
 *         .build());
 * }</pre>
 *
 * @param url           JDBC URL; {@code jdbc:h2:}, {@code jdbc:sqlite:}, {@code jdbc:postgresql:}, {@code jdbc:mariadb:}
 *                      or {@code jdbc:mysql:}; {@code null} when {@code dataSource} is given
 * @param user          database user, or {@code null}
 * @param password      password, or {@code null}
 * @param maxPoolSize   most connections the pool holds (unused with a {@code dataSource}: its pool decides)
 * @param timestamps    whether models keep createdAt/updatedAt unless they say otherwise (default true)
 * @param underscored   whether models use snake_case columns and tables unless they say otherwise (default false)
 * @param logParameters whether bound values appear in the SQL log and listener (default true)
 * @param listener      told about every statement, or {@code null}
 * @param retryLockTimeouts whether a transaction Junction owns is run again after a {@link LockTimeoutException},
 *                      as after a deadlock (default false: thrown after one attempt)
 * @param leakDetection how long a connection may be held (by a stream not closed, a transaction not ended) before
 *                      HikariCP logs a warning with the stack trace of the call that took it; {@link Duration#ZERO}
 *                      (the default) for never; at least 2 s otherwise
 * @param jsonCodec     writes and reads the values of json() attributes, or {@code null} (the default) for Jackson's
 *                      {@code ObjectMapper} when {@code jackson-databind} is on the classpath
 * @param dataSource    the application's {@code DataSource} (its pool) to take connections from instead of a pool
 *                      of Junction's own, or {@code null}; Junction never closes it
 * @param transactionHook puts Junction's work into a framework's transactions, or {@code null} (the default)
 */
public record JunctionConfig(String url, String user, String password, int maxPoolSize, boolean timestamps,
                             boolean underscored, boolean logParameters, SqlListener listener,
                             boolean retryLockTimeouts, Duration leakDetection, JsonCodec jsonCodec,
                             DataSource dataSource, TransactionHook transactionHook) {

    public JunctionConfig {
        checkSource(url, user, password, dataSource);
        if (maxPoolSize < 1) {
            throw new ValidationException(null, null, "JunctionConfig: maxPoolSize must be at least 1, was "
                    + maxPoolSize);
        }
        Arguments.given(leakDetection, "JunctionConfig", "leakDetection");
        if (!leakDetection.isZero() && leakDetection.compareTo(Duration.ofSeconds(2)) < 0) {
            throw new ValidationException(null, null, "JunctionConfig: leakDetection must be zero (off) or at least"
                    + " 2 s (HikariCP's least), was " + leakDetection);
        }
    }

    /** Exactly one of a URL (with its user and password) and a {@code DataSource} (which knows its own). */
    private static void checkSource(String url, String user, String password, DataSource dataSource) {
        if (dataSource == null) {
            Arguments.given(url, "JunctionConfig", "url");
        } else if (url != null || user != null || password != null) {
            throw new ValidationException(null, null, "JunctionConfig: give either a url (with user and password)"
                    + " or a dataSource, not both: the DataSource already knows where the database is");
        }
    }

    /** The configuration with its password, and any password in its URL, hidden. */
    @Override
    public String toString() {
        return "JunctionConfig[url=" + new dev.junction.internal.jdbc.PasswordMask(url, password).mask(url) + ", user="
                + user + ", password=" + (password == null ? null : "***") + ", maxPoolSize=" + maxPoolSize
                + ", timestamps=" + timestamps + ", underscored=" + underscored + ", logParameters=" + logParameters
                + ", listener=" + listener + ", retryLockTimeouts=" + retryLockTimeouts + ", leakDetection="
                + leakDetection + ", jsonCodec=" + jsonCodec + ", dataSource=" + dataSource + ", transactionHook="
                + transactionHook + "]";
    }

    /** A builder with the defaults: pool of 10, timestamps on, camelCase columns, parameters logged. */
    public static Builder builder() {
        return new Builder();
    }

    /** A copy of this configuration with another URL. */
    public JunctionConfig withUrl(String newUrl) {
        return new JunctionConfig(newUrl, user, password, maxPoolSize, timestamps, underscored, logParameters,
                listener, retryLockTimeouts, leakDetection, jsonCodec, dataSource, transactionHook);
    }

    /** Builds a {@link JunctionConfig}. Not thread-safe. */
    public static final class Builder {
        private String url;
        private String user;
        private String password;
        private int maxPoolSize = 10;
        private boolean timestamps = true;
        private boolean underscored;
        private boolean logParameters = true;
        private SqlListener listener;
        private boolean retryLockTimeouts;
        private Duration leakDetection = Duration.ZERO;
        private JsonCodec jsonCodec;
        private DataSource dataSource;
        private TransactionHook transactionHook;

        private Builder() {
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder maxPoolSize(int maxPoolSize) {
            this.maxPoolSize = maxPoolSize;
            return this;
        }

        public Builder timestamps(boolean timestamps) {
            this.timestamps = timestamps;
            return this;
        }

        public Builder underscored(boolean underscored) {
            this.underscored = underscored;
            return this;
        }

        public Builder logParameters(boolean logParameters) {
            this.logParameters = logParameters;
            return this;
        }

        public Builder listener(SqlListener listener) {
            this.listener = listener;
            return this;
        }

        /**
         * Whether a write Junction runs in a transaction of its own is run again after a {@link LockTimeoutException},
         * as after a deadlock or serialization failure (default false). Each attempt may wait the database's whole
         * lock timeout, so leave it off unless that timeout is short.
         */
        public Builder retryLockTimeouts(boolean retryLockTimeouts) {
            this.retryLockTimeouts = retryLockTimeouts;
            return this;
        }

        /**
         * Logs a warning, with the stack trace of the call that took it, for every connection held longer than
         * {@code threshold}: a stream left unclosed after {@code findFirst()}, a transaction never ended. Off by
         * default (it costs a stack trace per connection taken); {@link Duration#ZERO} turns it off.
         */
        public Builder leakDetection(Duration threshold) {
            this.leakDetection = threshold;
            return this;
        }

        /**
         * Writes and reads the values of json() attributes with {@code codec} — {@link JsonCodec#jackson(Object)}
         * for a configured ObjectMapper — instead of Jackson's default ObjectMapper; {@code null} for the default.
         */
        public Builder jsonCodec(JsonCodec codec) {
            this.jsonCodec = codec;
            return this;
        }

        /**
         * Takes connections from the application's {@code DataSource} (its pool) instead of opening a pool of
         * Junction's own; the dialect is read from the database's metadata. {@link Junction#close()} leaves it open.
         * Not together with {@link #url}, {@link #user} or {@link #password}.
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        /** Puts Junction's operations into a framework's transactions (see {@link TransactionHook}). */
        public Builder transactionHook(TransactionHook hook) {
            this.transactionHook = hook;
            return this;
        }

        public JunctionConfig build() {
            return new JunctionConfig(url, user, password, maxPoolSize, timestamps, underscored, logParameters,
                    listener, retryLockTimeouts, leakDetection, jsonCodec, dataSource, transactionHook);
        }
    }
}
