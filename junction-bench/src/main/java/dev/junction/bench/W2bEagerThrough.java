package dev.junction.bench;

/**
 * W2b: W2's 1,000 users × 20 favourites, with the join rows' timestamps returned by the include and read by the
 * caller, against one hand-written join reading the same columns ({@link EagerThroughWorkload}).
 */
public class W2bEagerThrough extends EagerThroughWorkload {
    @Override
    protected int users() {
        return Dataset.USERS;
    }

    @Override
    protected int favoritesPerUser() {
        return Dataset.FAVORITES;
    }
}
