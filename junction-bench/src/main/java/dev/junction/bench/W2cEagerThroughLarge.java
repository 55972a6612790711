package dev.junction.bench;

/**
 * W2c: {@link W2bEagerThrough} at issue 19's larger scale, 10,000 users × 50 favourites (500,000 links).
 */
public class W2cEagerThroughLarge extends EagerThroughWorkload {
    static final int USERS = 10_000;
    static final int FAVORITES = 50;

    @Override
    protected int users() {
        return USERS;
    }

    @Override
    protected int favoritesPerUser() {
        return FAVORITES;
    }
}
