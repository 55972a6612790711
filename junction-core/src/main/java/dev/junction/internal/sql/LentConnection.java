package dev.junction.internal.sql;

import dev.junction.JunctionException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;

/**
 * A transaction's connection as lent to application code: usable for statements (savepoints included), but
 * whatever would end or detach the transaction — commit, rollback to the start, auto-commit, abort — is refused, since
 * the transaction's owner ends it, and {@code close()} does nothing (code written for a pooled connection closes
 * it). The statements, result sets and metadata it hands out are lent too: their {@code getConnection()} is this
 * connection, never the driver's, which would let a {@code commit()} through. JDK proxies: these are interfaces and
 * the calls are few.
 */
final class LentConnection implements InvocationHandler {
    private static final Set<String> REFUSED = Set.of("commit", "setAutoCommit", "abort");
    /** What the connection hands out that leads back to it: each is lent in turn. */
    private static final Set<Class<?>> LENT_TOO = Set.of(Statement.class, PreparedStatement.class,
            CallableStatement.class, ResultSet.class, DatabaseMetaData.class);

    /** The driver's connection, or a statement, result set or metadata of it. */
    private final Object target;
    /** The lent connection (a proxy) that {@code target} came from; itself for the connection's handler. */
    private Connection lent;

    private LentConnection(Object target, Connection lent) {
        this.target = target;
        this.lent = lent;
    }

    static Connection of(Connection connection) {
        LentConnection handler = new LentConnection(connection, null);
        handler.lent = proxy(Connection.class, handler);
        return handler.lent;
    }

    private static <T> T proxy(Class<T> type, LentConnection handler) {
        return type.cast(Proxy.newProxyInstance(LentConnection.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (target instanceof Connection) {
            if (name.equals("close") && method.getParameterCount() == 0) return null;
            boolean wholeRollback = name.equals("rollback") && (args == null || args.length == 0);
            if (REFUSED.contains(name) || wholeRollback) {
                throw new JunctionException("Connection." + name + "() refused: this connection belongs to the"
                        + " current transaction, which its owner commits or rolls back (throw from the transaction's"
                        + " body to roll it back; a savepoint may be rolled back to)");
            }
        } else if (name.equals("getConnection") && method.getParameterCount() == 0) {
            return lent;
        }
        if (name.equals("unwrap") || name.equals("isWrapperFor")) {
            // The proxy's own rules would be bypassed by the driver's object: hand out neither.
            if (name.equals("isWrapperFor")) return ((Class<?>) args[0]).isInstance(proxy);
            if (((Class<?>) args[0]).isInstance(proxy)) return proxy;
            throw new java.sql.SQLException("This lent " + method.getDeclaringClass().getSimpleName()
                    + " does not unwrap to " + args[0]);
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        Class<?> type = method.getReturnType();
        return result != null && LENT_TOO.contains(type) ? proxy(type, new LentConnection(result, lent)) : result;
    }
}
