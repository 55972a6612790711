package dev.junction.association.more;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Through;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/**
 * Only the association that owns a scope writes its column implicitly; another association on the same join model
 * writes it like any column. Mirrors Sequelize v6's "should count scoped through associations": User and Task
 * through UserTask (its own id, {@code started} default false), and {@code startedTasks} scoped {@code started}.
 */
class ScopedColumnFromOtherSidesTest {
    record User(Long id, String username) { }

    record Task(Long id, String title) { }

    private static final class Fixture {
        final Junction db;
        final Model<User> users;
        final Model<Task> tasks;
        final BelongsToMany<User, Task> userTasks;
        final BelongsToMany<User, Task> startedTasks;
        final User john;

        Fixture(TestTarget target) {
            db = target.open();
            users = db.define(User.class);
            tasks = db.define(Task.class);
            Model<Row> userTask = db.define("UserTask", m -> m
                    .attribute("id", DataType.bigint(), a -> a.primaryKey())
                    .attribute("started", DataType.bool(), a -> a.defaultValue(false)));
            userTasks = users.belongsToMany(tasks, through(userTask));
            tasks.belongsToMany(users, through(userTask));
            startedTasks = users.belongsToMany(tasks, as("startedTasks")
                    .through(Through.of(userTask).scope("started", true)));
            db.sync();
            john = users.create(new User(null, "John"));
            userTasks.set(john, List.of(tasks.create(new Task(null, "Get rich")),
                    tasks.create(new Task(null, "Die trying"))));
        }
    }

    @DialectTest
    void anUnscopedAssociationWritesAnotherAssociationsScopeColumn(TestTarget target) {
        Fixture f = new Fixture(target);

        for (int i = 0; i < 2; i++) {
            f.userTasks.add(f.john, List.of(f.tasks.create(new Task(null, "t" + i))), Map.of("started", true));
        }

        assertThat(f.startedTasks.count(f.john)).isEqualTo(2);
        assertThat(f.userTasks.count(f.john)).isEqualTo(4);
        assertThat(f.userTasks.getLinked(f.john)).extracting(l -> l.through().getBoolean("started"))
                .containsExactlyInAnyOrder(false, false, true, true);
    }

    @DialectTest
    void anUnscopedSetKeepsTheValuesItWasGiven(TestTarget target) {
        Fixture f = new Fixture(target);
        Task task = f.tasks.create(new Task(null, "Sail"));

        f.userTasks.set(f.john, List.of(task), Map.of("started", true));
        f.userTasks.set(f.john, List.of(task), Map.of("started", true));

        assertThat(f.startedTasks.get(f.john)).containsExactly(task);
        assertThat(f.userTasks.get(f.john)).containsExactly(task);
    }

    @DialectTest
    void theScopedAssociationStillWritesItsOwnScope(TestTarget target) {
        Fixture f = new Fixture(target);
        Task task = f.tasks.create(new Task(null, "Sail"));

        assertThatThrownBy(() -> f.startedTasks.add(f.john, List.of(task), Map.of("started", false)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("UserTask.started is written by the association");
        f.startedTasks.add(f.john, task);

        assertThat(f.startedTasks.get(f.john)).containsExactly(task);
    }
}
