package dev.junction;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Optimistic locking refused a write: the instance's row was written by someone else since the instance was read,
 * so its version ({@code ModelSpec.version()}, {@code @Version}) no longer matches the stored one. Nothing was
 * written (the operation's transaction, hooks' work included, is rolled back). Read the row again, reapply the
 * change, and write that instance. A row that is gone altogether is a {@link NotFoundException} instead.
 *
 * <pre>{@code
 * try {
 *     accounts.update(account.withBalance(90));
 * } catch (StaleInstanceException e) {
 *     Account fresh = accounts.findByPk(e.key().get("id")).orElseThrow();   // someone else won: start over
 * }
 * }</pre>
 */
public class StaleInstanceException extends JunctionException {
    private static final long serialVersionUID = 1L;
    private final String model;
    private final Map<String, Object> key;
    private final Object version;

    /**
     * @param model   the model's name
     * @param key     the row's key, by attribute name
     * @param version the version the instance carried
     * @param message what was refused and why
     */
    public StaleInstanceException(String model, Map<String, Object> key, Object version, String message) {
        super(message);
        this.model = model;
        this.key = key == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(key));
        this.version = version;
    }

    /** The model whose row changed. */
    public String model() {
        return model;
    }

    /** The row's key, by attribute name ({@code {id=7}}). */
    public Map<String, Object> key() {
        return key;
    }

    /** The version the instance carried, which the stored row no longer has. */
    public Object version() {
        return version;
    }
}
