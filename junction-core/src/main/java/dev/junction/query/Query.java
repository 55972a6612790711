package dev.junction.query;

import dev.junction.ValidationException;
import dev.junction.internal.Arguments;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code findAll}/{@code findOne}/{@code count} should read: a filter, an order, a page. Immutable; each
 * method returns a new query, so queries can be shared and extended.
 *
 * <pre>{@code
 * import static dev.junction.query.Where.*;
 * List<User> page = users.findAll(Query.where(like("username", "a%")).order(Order.asc("username")).limit(20).offset(40));
 * }</pre>
 */
public final class Query {
    private static final Query ALL = new Query(null, List.of(), null, null, false, false);

    private final Where where;
    private final List<Order> order;
    private final Integer limit;
    private final Integer offset;
    private final boolean withDeleted;
    private final boolean usePrimary;

    private Query(Where where, List<Order> order, Integer limit, Integer offset, boolean withDeleted,
                  boolean usePrimary) {
        this.where = where;
        this.order = List.copyOf(order);
        this.limit = limit;
        this.offset = offset;
        this.withDeleted = withDeleted;
        this.usePrimary = usePrimary;
    }

    /** Every row. */
    public static Query all() {
        return ALL;
    }

    /** Rows matching {@code where}. */
    public static Query where(Where where) {
        return ALL.and(where);
    }

    /** Adds a filter (AND-ed with any filter already set). */
    public Query and(Where more) {
        Arguments.given(more, "Query.where", "where");
        return new Query(where == null ? more : where.and(more), order, limit, offset, withDeleted, usePrimary);
    }

    /** Appends ORDER BY terms. */
    public Query order(Order... terms) {
        List<Order> all = new ArrayList<>(order);
        all.addAll(Arguments.each("Query.order", "term", Arguments.given(terms, "Query.order", "terms")));
        return new Query(where, all, limit, offset, withDeleted, usePrimary);
    }

    /** At most {@code n} rows. */
    public Query limit(int n) {
        if (n < 0) throw new ValidationException(null, null, "limit must not be negative, was " + n);
        return new Query(where, order, n, offset, withDeleted, usePrimary);
    }

    /** Skips the first {@code n} rows. */
    public Query offset(int n) {
        if (n < 0) throw new ValidationException(null, null, "offset must not be negative, was " + n);
        return new Query(where, order, limit, n, withDeleted, usePrimary);
    }

    /**
     * Reads soft-deleted rows too (Sequelize's {@code paranoid: false}); on a model that is not paranoid it changes
     * nothing. Includes of paranoid models say it for themselves ({@code Include.withDeleted()}).
     *
     * <pre>{@code
     * List<Beach> everyBeach = beaches.findAll(Query.all().withDeleted());
     * }</pre>
     */
    public Query withDeleted() {
        return new Query(where, order, limit, offset, true, usePrimary);
    }

    /** Whether soft-deleted rows are read too ({@link #withDeleted()}). */
    public boolean isWithDeleted() {
        return withDeleted;
    }

    /**
     * Reads from the primary even when read replicas are configured (Sequelize's {@code useMaster: true}), includes
     * loaded with it too: for a read that must see a write just made. {@code db.usePrimary(() -> …)} does it for
     * every read of a block.
     *
     * <pre>{@code
     * Optional<User> fresh = users.findOne(Query.where(eq("username", "alice")).usePrimary());
     * }</pre>
     */
    public Query usePrimary() {
        return new Query(where, order, limit, offset, withDeleted, true);
    }

    /** Whether the read goes to the primary whatever the replicas ({@link #usePrimary()}). */
    public boolean isUsePrimary() {
        return usePrimary;
    }

    /** The filter, or {@code null} for every row. */
    public Where where() {
        return where;
    }

    public List<Order> order() {
        return order;
    }

    /** The limit, or {@code null}. */
    public Integer limit() {
        return limit;
    }

    /** The offset, or {@code null}. */
    public Integer offset() {
        return offset;
    }
}
