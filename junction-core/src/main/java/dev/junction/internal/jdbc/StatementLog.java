package dev.junction.internal.jdbc;

import dev.junction.SqlListener;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports executed statements to SLF4J (logger {@code dev.junction.sql}, DEBUG: text, bound values unless hidden,
 * elapsed time) and to the configured {@link SqlListener}. Cheap when neither listens.
 */
public final class StatementLog {
    private static final Logger LOG = LoggerFactory.getLogger("dev.junction.sql");

    private final SqlListener listener;
    private final boolean logParameters;

    public StatementLog(SqlListener listener, boolean logParameters) {
        this.listener = listener;
        this.logParameters = logParameters;
    }

    /** True when anything listens, so callers can skip timing otherwise. */
    public boolean enabled() {
        return listener != null || LOG.isDebugEnabled();
    }

    public void executed(String sql, List<?> parameters, long nanos) {
        List<Object> shown = logParameters ? new ArrayList<>(parameters) : List.of();
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} -- {} ({} ms)", sql, logParameters ? shown.stream().map(StatementLog::preview).toList()
                    : "[hidden]", String.format("%.3f", nanos / 1e6));
        }
        if (listener != null) {
            try {
                listener.executed(sql, shown, nanos);
            } catch (RuntimeException e) {
                // A listener observes; it must not change what the statement did or how it failed.
                LOG.warn("SqlListener threw on a statement; ignored", e);
            }
        }
    }

    private static Object preview(Object value) {
        if (value instanceof String s && s.length() > 100) return s.substring(0, 100) + "…(" + s.length() + " chars)";
        if (value instanceof byte[] b) return "byte[" + b.length + "]";
        return value;
    }
}
