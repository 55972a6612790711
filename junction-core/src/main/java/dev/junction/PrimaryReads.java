package dev.junction;

import java.util.function.Supplier;

/**
 * Keeps reads on the primary although read replicas are configured ({@link JunctionConfig.Builder#replicas}):
 * Sequelize's {@code useMaster: true}, for a block of work. {@link Junction} implements it; thread-safe.
 */
public interface PrimaryReads {
    /**
     * Runs {@code work} with this thread's reads on the primary: for reads that must see a write just made, or a
     * raw {@code SELECT} that writes ({@code nextval}). Calls nest; without replicas it just runs {@code work}.
     * {@link dev.junction.query.Query#usePrimary()} does it for one query.
     *
     * <pre>{@code
     * users.create(new User(null, "alice", 30));
     * Optional<User> alice = db.usePrimary(() -> users.findOne(eq("username", "alice")));
     * }</pre>
     */
    <R> R usePrimary(Supplier<R> work);

    /** Like {@link #usePrimary(Supplier)}, for work that returns nothing. */
    default void usePrimary(Runnable work) {
        if (work == null) throw new ValidationException(null, null, "Junction.usePrimary: work must not be null");
        usePrimary(() -> {
            work.run();
            return null;
        });
    }
}
