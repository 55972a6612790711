package dev.junction.spring.app;

import dev.junction.Model;
import dev.junction.spring.app.models.User;
import org.springframework.stereotype.Repository;

/** A {@code @Repository}: Junction's exceptions leave it as Spring's {@code DataAccessException}s. */
@Repository
public class UserRepository {
    private final Model<User> users;

    public UserRepository(Model<User> users) {
        this.users = users;
    }

    public User create(String username) {
        return users.create(new User(null, username));
    }

    public User rename(long id, String username) {
        return users.update(new User(id, username));
    }
}
