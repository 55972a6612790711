package dev.junction.dialect.internal;

import dev.junction.dialect.ValueCodec;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Decimals on SQLite, which has no decimal type: a {@code DECIMAL(p, s)} column has NUMERIC affinity and stores a
 * number as an INTEGER (64 bits) or a REAL (a double, exact to 15 significant digits), and even text such as
 * {@code '123456789012345678.91'} is converted to one of them. So a decimal is stored exactly — as a number that raw
 * SQL, Sequelize, comparisons, ORDER BY and SUM all see as such — when it is a whole number that fits 64 bits or has
 * at most 15 significant digits; anything else is refused ({@link #unstorable}) rather than changed.
 */
public final class SqliteDecimals {
    /** The significant digits a REAL keeps exactly through a round trip. */
    public static final int REAL_DIGITS = 15;

    private static final MathContext REAL = new MathContext(REAL_DIGITS, RoundingMode.HALF_EVEN);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private SqliteDecimals() {
    }

    /** Why SQLite cannot keep {@code value} exactly, or {@code null} when it can. */
    public static String unstorable(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (isWholeLong(plain) || plain.precision() <= REAL_DIGITS) return null;
        return "has " + plain.precision() + " significant digits; SQLite keeps a decimal exactly only up to "
                + REAL_DIGITS + " significant digits, or as a whole number up to " + Long.MAX_VALUE;
    }

    private static boolean isWholeLong(BigDecimal plain) {
        return plain.scale() <= 0 && plain.compareTo(LONG_MIN) >= 0 && plain.compareTo(LONG_MAX) <= 0;
    }

    /**
     * Binds a whole number as an INTEGER and anything else as a REAL (binding text would not help: SQLite converts
     * it); reads back at the declared scale, rounding a REAL first to the 15 digits it holds exactly, so a value
     * written by Sequelize ({@code 0.30000000000000004}) reads as the decimal it was meant to be ({@code 0.30}).
     */
    public static ValueCodec codec(int scale) {
        return new ValueCodec() {
            public void bind(PreparedStatement s, int i, Object v) throws SQLException {
                if (v == null) {
                    s.setNull(i, Types.DECIMAL);
                    return;
                }
                BigDecimal plain = ((BigDecimal) v).stripTrailingZeros();
                if (isWholeLong(plain)) s.setLong(i, plain.longValueExact()); else s.setDouble(i, plain.doubleValue());
            }

            public Object read(ResultSet r, int i) throws SQLException {
                Object stored = r.getObject(i);
                return stored == null ? null : decimal(stored).setScale(scale, RoundingMode.HALF_UP);
            }
        };
    }

    private static BigDecimal decimal(Object stored) throws SQLException {
        try {
            if (stored instanceof Long || stored instanceof Integer) {
                return BigDecimal.valueOf(((Number) stored).longValue());
            }
            if (stored instanceof Double d) return new BigDecimal(d).round(REAL);
            return new BigDecimal(stored.toString().trim());
        } catch (NumberFormatException e) {
            throw new SQLException("A DECIMAL column holds " + stored + ", which is not a number", "22018", e);
        }
    }
}
