package dev.junction.scaleout;

import dev.junction.association.BelongsToMany;
import java.util.List;

/**
 * The three link writes a {@link LinkWorkload} thread runs, so that the check can run on a belongsToMany — or, to
 * show that it catches what goes wrong, on a deliberately broken stand-in.
 *
 * @param <O> the owner type
 */
interface LinkWrites<O> {
    void add(O owner, long target);

    void set(O owner, List<Long> targets);

    void remove(O owner, long target);

    /** The writes of a belongsToMany association. */
    static <O> LinkWrites<O> of(BelongsToMany<O, ?> links) {
        return new LinkWrites<>() {
            @Override
            public void add(O owner, long target) {
                links.add(owner, target);
            }

            @Override
            public void set(O owner, List<Long> targets) {
                links.set(owner, targets);
            }

            @Override
            public void remove(O owner, long target) {
                links.remove(owner, target);
            }
        };
    }
}
