package dev.junction.spring;

import dev.junction.association.BelongsToMany;
import dev.junction.spring.app.models.Show;
import dev.junction.spring.app.models.User;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

// The README's service given association handles ("Spring Boot"): from its annotation on, this file is the README's
// snippet exactly, as ReadmeSpringBootTest checks.
@Service
class Watching {
    private final BelongsToMany<User, Show> favorites;
    private final BelongsToMany<User, Show> watchlist;

    Watching(@Qualifier("user.favorites") BelongsToMany<User, Show> favorites,   // User.FAVORITES's bean
             @Qualifier("user.watchlist") BelongsToMany<User, Show> watchlist) {  // User.WATCHLIST's: same type
        this.favorites = favorites;
        this.watchlist = watchlist;
    }

    @Transactional
    void watched(User user, Show show) {          // both writes commit or roll back together
        watchlist.remove(user, show);
        favorites.add(user, show);
    }
}
