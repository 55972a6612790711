package dev.junction.internal.sql;

import dev.junction.JunctionException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

/**
 * A transaction's connection as lent to application code: usable for statements (savepoints included), but
 * whatever would end or detach the transaction — commit, rollback to the start, auto-commit, abort — is refused, since
 * the transaction's owner ends it, and {@code close()} does nothing (code written for a pooled connection closes
 * it). A JDK proxy: Connection is an interface and the calls are few.
 */
final class LentConnection implements InvocationHandler {
    private static final Set<String> REFUSED = Set.of("commit", "setAutoCommit", "abort");

    private final Connection connection;

    private LentConnection(Connection connection) {
        this.connection = connection;
    }

    static Connection of(Connection connection) {
        return (Connection) Proxy.newProxyInstance(LentConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new LentConnection(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("close") && method.getParameterCount() == 0) return null;
        boolean wholeRollback = name.equals("rollback") && (args == null || args.length == 0);
        if (REFUSED.contains(name) || wholeRollback) {
            throw new JunctionException("Connection." + name + "() refused: this connection belongs to the current"
                    + " transaction, which its owner commits or rolls back (throw from the transaction's body to roll"
                    + " it back; a savepoint may be rolled back to)");
        }
        if (name.equals("unwrap") || name.equals("isWrapperFor")) {
            // The proxy's own rules would be bypassed by the driver's connection: hand out neither.
            if (name.equals("isWrapperFor")) return ((Class<?>) args[0]).isInstance(proxy);
            if (((Class<?>) args[0]).isInstance(proxy)) return proxy;
            throw new java.sql.SQLException("This lent connection does not unwrap to " + args[0]);
        }
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
