package dev.junction.spring.app;

import dev.junction.Model;
import dev.junction.spring.app.models.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records in a transaction of its own, which commits whatever becomes of the caller's. */
@Service
public class AuditLog {
    private final Model<User> users;

    public AuditLog(Model<User> users) {
        this.users = users;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String entry) {
        users.create(new User(null, entry));
    }
}
