package dev.junction.bench;

import dev.junction.bench.JunctionSide.User;
import java.util.ArrayList;
import java.util.List;

/** The dataset's users handed out in turn, one per call, for the workloads measured one call at a time. */
final class UserCycle {
    private final List<User> users = new ArrayList<>(Dataset.USERS);
    private int next;

    UserCycle() {
        for (long u = 1; u <= Dataset.USERS; u++) users.add(new User(u, "user" + u));
    }

    /** The next user, from the first again after the last. */
    User next() {
        User user = users.get(next);
        next = (next + 1) % users.size();
        return user;
    }
}
