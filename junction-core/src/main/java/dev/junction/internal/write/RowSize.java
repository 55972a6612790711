package dev.junction.internal.write;

/**
 * How many bytes a row's values take in a statement sent as text (MariaDB's driver writes values into the SQL):
 * text as UTF-8 with its quotes and backslashes escaped, bytes likewise, anything else a few dozen at most. Short
 * values get a quick upper bound; long ones, which decide whether a statement fits, are counted. Stateless.
 */
final class RowSize {
    /** Quotes, separator and a {@code _binary} prefix around each value. */
    private static final int PER_VALUE = 12;
    /** Below this length a value is bounded, not counted: three bytes per character, two per byte. */
    private static final int COUNTED_FROM = 256;
    /** At most, for a number, point in time, UUID or boolean written as text. */
    private static final int SCALAR = 64;

    private RowSize() {
    }

    /** The estimated bytes of {@code row}'s values in {@code columns}. */
    static long of(Object[] row, int[] columns) {
        long bytes = 0;
        for (int c : columns) bytes += PER_VALUE + of(row[c]);
        return bytes;
    }

    /** The estimated bytes of one value. */
    static long of(Object value) {
        if (value instanceof String s) return s.length() < COUNTED_FROM ? 3L * s.length() : counted(s);
        if (value instanceof byte[] b) return b.length < COUNTED_FROM ? 2L * b.length : counted(b);
        if (value instanceof Enum<?> e) return 3L * e.name().length();
        return SCALAR;
    }

    private static long counted(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += escaped(c) ? 2 : 1;
            } else if (c < 0x800 || Character.isSurrogate(c)) {
                bytes += 2; // a surrogate pair is four bytes in all
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static long counted(byte[] b) {
        long bytes = b.length;
        for (byte x : b) if (escaped((char) (x & 0xFF))) bytes++;
        return bytes;
    }

    private static boolean escaped(char c) {
        return c == '\'' || c == '"' || c == '\\' || c == 0;
    }
}
