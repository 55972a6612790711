package dev.junction.testing;

import dev.junction.Junction;
import dev.junction.JunctionConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Counts the round trips Junction makes to its database. On a server (PostgreSQL, MariaDB) they are counted on the
 * wire: Junction connects through a local TCP relay, which counts each time the client speaks after the server has
 * answered — so a driver that sends BEGIN with the first statement, or several statements in one message, is counted
 * as it really goes. An embedded database (H2, SQLite) has no wire: every call into the engine that runs SQL
 * (execute, commit, rollback) counts. {@link #open} once, then {@link #reset} and {@link #count} around the calls.
 */
public final class RoundTrips implements AutoCloseable {
    /**
     * One connection's round trips, and what each began with (for a failing test to show). Only connections open at
     * the last {@link #reset} count: one the pool opens meanwhile in the background is not the caller's.
     */
    private record Wire(AtomicInteger trips, List<String> trace) {
        Wire() {
            this(new AtomicInteger(), new CopyOnWriteArrayList<>());
        }

        void counted(String start) {
            trips.incrementAndGet();
            trace.add(start);
        }
    }

    private final List<Wire> wires = new CopyOnWriteArrayList<>();
    private volatile List<Wire> counted = List.of();
    /** Every embedded connection's calls (no connection is opened in the background there). */
    private final Wire embedded = new Wire();
    private final List<AutoCloseable> closing = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /** Opens Junction on {@code target}'s database, its round trips counted from now. */
    public Junction open(TestTarget target) throws IOException {
        JunctionConfig.Builder config = target.config();
        if (target.backend() == Backend.H2 || target.backend() == Backend.SQLITE) {
            wires.add(embedded);
            JunctionConfig plain = config.build();
            return target.open(b -> JunctionConfig.builder().dataSource(counting(plain.url())));
        }
        String url = target.url();
        int authority = url.indexOf("//") + 2;
        int end = url.indexOf('/', authority);
        URI server = URI.create("tcp://" + url.substring(authority, end).split(",")[0]);
        int port = relay(server.getHost(), server.getPort());
        String relayed = url.substring(0, authority) + "127.0.0.1:" + port + url.substring(end);
        // One connection, opened as the pool starts: none is opened in the background while a call is counted.
        return target.open(b -> b.url(relayed).replicas(List.of()).maxPoolSize(1).minimumIdle(1));
    }

    /** Starts counting from zero. */
    public void reset() {
        counted = List.copyOf(wires);
        for (Wire wire : counted) {
            wire.trips().set(0);
            wire.trace().clear();
        }
    }

    /** The start of what the client sent on each round trip since the last {@link #reset}. */
    public String trace() {
        return String.join(" | ", counted.stream().flatMap(w -> w.trace().stream()).toList());
    }

    /** The round trips since the last {@link #reset}. */
    public int count() {
        return counted.stream().mapToInt(w -> w.trips().get()).sum();
    }

    @Override
    public void close() throws Exception {
        closed = true;
        for (AutoCloseable c : closing) c.close();
    }

    /** A relay from a local port to {@code host:port}; returns the local port. */
    private int relay(String host, int port) throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.bind(new InetSocketAddress("127.0.0.1", 0));
        closing.add(listener);
        Thread accepting = new Thread(() -> {
            while (!closed) {
                try {
                    Socket client = listener.accept();
                    Socket server = new Socket(host, port);
                    client.setTcpNoDelay(true);
                    server.setTcpNoDelay(true);
                    closing.add(client);
                    closing.add(server);
                    // True once the server has answered since the client last spoke (true: nothing sent yet).
                    AtomicBoolean answered = new AtomicBoolean(true);
                    Wire wire = new Wire();
                    wires.add(wire);
                    pump(client, server, (buffer, n) -> {
                        if (answered.getAndSet(false)) wire.counted(printable(buffer, n));
                    });
                    pump(server, client, (buffer, n) -> answered.set(true));
                } catch (IOException e) {
                    return; // the listener was closed
                }
            }
        }, "round-trip relay");
        accepting.setDaemon(true);
        accepting.start();
        return listener.getLocalPort();
    }

    /** Up to 120 printable characters of a chunk. */
    private static String printable(byte[] buffer, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n && text.length() < 120; i++) {
            char c = (char) (buffer[i] & 0xff);
            if (c >= ' ' && c < 127) text.append(c);
        }
        return text.toString();
    }

    /** What a pump sees: a chunk about to be passed on. */
    private interface Chunk {
        void seen(byte[] buffer, int length);
    }

    /** Copies {@code from} to {@code to}, telling {@code seen} of each chunk before it is passed on. */
    private static void pump(Socket from, Socket to, Chunk seen) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[65536];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    seen.seen(buffer, n);
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed: so does the other
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "round-trip pump");
        thread.setDaemon(true);
        thread.start();
    }

    /** A DataSource of plain connections to {@code url} whose statement executions, commits and rollbacks count. */
    private DataSource counting(String url) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> wrap(Connection.class, DriverManager.getConnection(url));
                    case "getLogWriter" -> (PrintWriter) null;
                    case "getLoginTimeout" -> 0;
                    case "getParentLogger" -> Logger.getGlobal();
                    case "isWrapperFor" -> false;
                    case "unwrap" -> throw new SQLException("not a wrapper");
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "counting DataSource of " + url;
                    default -> null;
                });
    }

    /** {@code real} behind a proxy of {@code type} counting SQL-running calls; statements it makes are wrapped too. */
    private <T> T wrap(Class<T> type, T real) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("execute") || name.equals("commit") || name.equals("rollback")) {
                embedded.counted(name + (args != null && args.length > 0 && args[0] instanceof String sql
                        ? " " + sql.substring(0, Math.min(60, sql.length())) : ""));
            }
            Object result;
            try {
                result = method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Statement && method.getReturnType().isInterface()) {
                @SuppressWarnings("unchecked")
                Class<Object> returned = (Class<Object>) method.getReturnType();
                return wrap(returned, result);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
    }
}
