package dev.junction.internal.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides passwords in text bound for a message or a log: in JDBC URLs of every shape ({@code //user:pw@host},
 * {@code ?password=pw}, {@code ;PASSWORD=pw}, {@code (password=pw)}), and wherever the passwords one {@code Junction}
 * was given appear literally. A password must never reach a message, a log or an exception's text. Immutable.
 */
public final class PasswordMask {
    static final String HIDDEN = "***";
    /** {@code //user:password@} — the user-info of a URL; the password may be empty, the user too. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/?#@\\s:]*:)([^@/?#\\s]*)@");
    /** {@code password=…} as a URL parameter, an H2 setting or a MySQL address property (also sslPassword …). */
    private static final Pattern PARAMETER = Pattern.compile("(?i)((?:password|pwd)=)([^&;)\\s]*)");

    private final List<String> secrets;

    /** A mask for text about {@code url}, which also hides {@code password} and every password in the URL. */
    public PasswordMask(String url, String password) {
        List<String> found = new ArrayList<>();
        if (password != null && !password.isEmpty()) found.add(password);
        if (url != null) {
            collect(USER_INFO.matcher(url), found);
            collect(PARAMETER.matcher(url), found);
        }
        found.sort((a, b) -> b.length() - a.length()); // a password inside another is replaced after it
        this.secrets = List.copyOf(found);
    }

    private static void collect(Matcher matcher, List<String> found) {
        while (matcher.find()) {
            if (!matcher.group(2).isEmpty()) found.add(matcher.group(2));
        }
    }

    /** {@code text} with every password in it hidden; {@code null} stays {@code null}. */
    public String mask(String text) {
        if (text == null) return null;
        String masked = url(text);
        for (String secret : secrets) {
            masked = masked.replace(secret, HIDDEN);
        }
        return masked;
    }

    /** {@code text} with the passwords of any JDBC URLs in it hidden. */
    public static String url(String text) {
        if (text == null) return null;
        String masked = USER_INFO.matcher(text).replaceAll("$1" + HIDDEN + "@");
        return PARAMETER.matcher(masked).replaceAll("$1" + HIDDEN);
    }

    /**
     * {@code failure} itself when no text in it or its causes shows a password, else a copy whose texts are masked
     * (each exception as {@link MaskedException} naming the original class, with its stack trace).
     */
    public Throwable masked(Throwable failure) {
        return failure == null || !shows(failure) ? failure : copy(failure);
    }

    private boolean shows(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String text = t.getMessage();
            if (text != null && !text.equals(mask(text))) return true;
            for (Throwable suppressed : t.getSuppressed()) {
                if (shows(suppressed)) return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }

    private MaskedException copy(Throwable t) {
        MaskedException copy = new MaskedException(t.getClass().getName() + ": " + mask(t.getMessage()),
                t.getCause() == null || t.getCause() == t ? null : copy(t.getCause()));
        copy.setStackTrace(t.getStackTrace());
        for (Throwable suppressed : t.getSuppressed()) {
            copy.addSuppressed(copy(suppressed));
        }
        return copy;
    }

    /** An exception whose text showed a password, with that text masked. */
    public static final class MaskedException extends Exception {
        private static final long serialVersionUID = 1L;

        MaskedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
