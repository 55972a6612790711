package dev.junction.internal.write;

import dev.junction.dialect.ValueCodec;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The value a {@link ValueCodec} would bind for an attribute's value — a JSON attribute's text, an enum's name —
 * found by letting the codec bind it into a stand-in statement that keeps what it is given. Codecs that bind values
 * unchanged are skipped ({@link CopyText#bindsAsIs}). A binding this does not know (a {@code setTimestamp}, a
 * {@code setArray}) gives {@link #UNKNOWN}. One per encoding; not thread-safe.
 */
final class BoundValue {
    /** What {@link #of} returns for a binding without a value to take. */
    static final Object UNKNOWN = new Object();

    private Object captured;
    private final PreparedStatement keeper = (PreparedStatement) Proxy.newProxyInstance(
            BoundValue.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                captured = switch (method.getName()) {
                    case "setNull" -> null;
                    case "setString", "setInt", "setLong", "setShort", "setDouble", "setBoolean", "setBigDecimal",
                         "setBytes", "setObject" -> args[1];
                    default -> UNKNOWN;
                };
                return null;
            });

    /** What {@code codec} binds for {@code value}: the value itself when it binds values unchanged. */
    Object of(ValueCodec codec, Object value) {
        if (value == null || CopyText.bindsAsIs(codec)) return value;
        captured = UNKNOWN;
        try {
            codec.bind(keeper, 1, value);
        } catch (SQLException e) {
            return UNKNOWN;
        }
        return captured;
    }
}
