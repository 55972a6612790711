package dev.junction.association.more;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Through;
import dev.junction.schema.DataType;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.SyncMode;
import dev.junction.schema.internal.Naming;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.util.List;

/**
 * {@code Through.uniqueKey}: the pair's unique constraint takes the given name (Sequelize's {@code uniqueKey}
 * option), shortened to the database's identifier limit as every generated name is, and the name is in every
 * database's catalog.
 */
class UniqueKeyNameTest {
    record User(Long id, String username) { }

    record Task(Long id, String title) { }

    /**
     * The constraint names of {@code table} as the database's catalog lists them; on SQLite, which lists a unique
     * constraint only as an automatic index, the names written in the table's definition.
     */
    private static List<String> constraintNames(TestTarget target, Junction db, String table) throws Exception {
        RawSql raw = new RawSql(target, db);
        String schema = switch (target.backend()) {
            case POSTGRESQL -> "current_schema()";
            case MARIADB -> "DATABASE()";
            case H2 -> "CURRENT_SCHEMA";
            case SQLITE -> null;
        };
        if (schema == null) {
            String sql = raw.string("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", table);
            return java.util.regex.Pattern.compile("CONSTRAINT [\"`]([^\"`]+)[\"`]").matcher(sql).results()
                    .map(m -> m.group(1)).toList();
        }
        return raw.column("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = "
                + schema + " AND TABLE_NAME = ?", table).stream().map(Object::toString).toList();
    }

    private static Model<Row> userTasks(Junction db) {
        return db.define("UserTasks", m -> m.freezeTableName().attribute("id", DataType.bigint(), a -> a.primaryKey()));
    }

    @DialectTest
    void theUniqueConstraintOfAJoinModelWithItsOwnKeyTakesTheGivenName(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Task> tasks = db.define(Task.class);
        Model<Row> userTasks = userTasks(db);
        BelongsToMany<User, Task> myTasks = users.belongsToMany(tasks, as("MyTasks").through(userTasks));
        tasks.belongsToMany(users, as("MyUsers").through(Through.of(userTasks).uniqueKey("custom_user_group_unique")));
        db.sync();
        User alice = users.create(new User(null, "alice"));
        Task task = tasks.create(new Task(null, "t"));

        myTasks.add(alice, task);
        myTasks.add(alice, task);

        assertThat(constraintNames(target, db, "UserTasks")).contains("custom_user_group_unique");
        assertThat(db.model("UserTasks").definition().uniqueKeys()).extracting(ModelDefinition.UniqueKey::name)
                .containsExactly("custom_user_group_unique");
        assertThat(db.model("UserTasks").count()).isEqualTo(1);
    }

    @DialectTest
    void aPairThatIsThePrimaryKeyGetsTheNamedConstraintBesideIt(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Task> tasks = db.define(Task.class);
        users.belongsToMany(tasks, through(Through.of("UserTasks").uniqueKey("user_task_pair")));
        db.sync();

        assertThat(db.describe().table("UserTasks").orElseThrow().primaryKey())
                .containsExactly("UserId", "TaskId");
        assertThat(constraintNames(target, db, "UserTasks")).contains("user_task_pair");
    }

    private static Junction withLongUniqueKey(TestTarget target, String name) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Task> tasks = db.define(Task.class);
        users.belongsToMany(tasks, through(Through.of("UserTasks").uniqueKey(name)));
        return db;
    }

    @DialectTest
    void aNameTooLongIsShortenedTheSameWayOnEveryRun(TestTarget target) throws Exception {
        String name = "user_task_pair_" + "x".repeat(1100);
        Junction db = withLongUniqueKey(target, name);
        db.sync();
        List<String> first = constraintNames(target, db, "UserTasks");
        Junction again = withLongUniqueKey(target, name);
        again.sync(SyncMode.FORCE);

        int limit = db.dialect().identifierLimit();
        String fitted = Naming.fit(name, limit);
        assertThat(first).contains(fitted);
        assertThat(constraintNames(target, again, "UserTasks")).contains(fitted);
        assertThat(fitted).startsWith("user_task_pair_xx").hasSizeLessThanOrEqualTo(limit).isNotEqualTo(name);
        if (target.backend() == Backend.POSTGRESQL) assertThat(fitted).hasSize(63);
        if (target.backend() == Backend.MARIADB) assertThat(fitted).hasSize(64);
    }

    @DialectTest
    void sidesNamingDifferentUniqueKeysAreRefusedNamingBoth(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Task> tasks = db.define(Task.class);
        users.belongsToMany(tasks, as("MyTasks").through(Through.of("UserTasks").uniqueKey("a_pair")));

        assertThatThrownBy(() -> tasks.belongsToMany(users, as("MyUsers")
                .through(Through.of("UserTasks").uniqueKey("b_pair"))))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("User.belongsToMany(Task, as 'MyTasks')")
                .hasMessageContaining("Task.belongsToMany(User, as 'MyUsers')")
                .hasMessageContaining("a_pair")
                .hasMessageContaining("b_pair");
    }

    @DialectTest
    void aUniqueKeyOnNonUniqueLinksIsRefused(TestTarget target) {
        Junction db = target.open();
        Model<User> users = db.define(User.class);
        Model<Task> tasks = db.define(Task.class);

        assertThatThrownBy(() -> users.belongsToMany(tasks, through(Through.of("UserTasks").unique(false)
                .uniqueKey("pair"))))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("uniqueKey 'pair'")
                .hasMessageContaining("unique(false)");
        assertThatThrownBy(() -> Through.of("UserTasks").uniqueKey(" "))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("uniqueKey");
    }
}
