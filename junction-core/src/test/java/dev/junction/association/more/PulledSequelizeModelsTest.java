package dev.junction.association.more;

import static dev.junction.pull.PulledClasses.named;
import static dev.junction.pull.PulledClasses.value;
import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Linked;
import dev.junction.pull.ModelPuller;
import dev.junction.pull.PulledClasses;
import dev.junction.pull.PulledModels;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's round trip: the database real Sequelize made for the lesson's models ({@link SequelizeFixture}) →
 * {@code db:pull} → the records compiled and defined on a fresh Junction with {@code defineAll} → {@code db.check()}
 * finds no difference, and the pulled associations read Sequelize's rows.
 */
class PulledSequelizeModelsTest {
    @TempDir
    Path dir;

    private static Junction sequelizeMade(TestTarget target) throws Exception {
        Junction db = target.open();
        new RawSql(target, db).script(SequelizeFixture.of(target.backend()).statements().toArray(String[]::new));
        return db;
    }

    private List<Class<?>> pullAndCompile(TestTarget target) throws Exception {
        PulledModels pulled = ModelPuller.of(sequelizeMade(target)).pull("pulled.sequelize");
        assertThat(pulled.warnings()).as("everything Sequelize made is modelled").isEmpty();
        return PulledClasses.compile(pulled, dir);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Model<Object> model(Junction db, Class<?> type) {
        return (Model) db.model(type);
    }

    private static Object one(Model<Object> model, String attribute, String value) {
        return model.findOne(eq(attribute, value)).orElseThrow(() -> new AssertionError(model.name() + " " + value));
    }

    private static List<Object> values(List<?> records, String component) {
        return records.stream().map(r -> value(r, component)).toList();
    }

    @DialectTest
    void pulledModelsOfTheDatabaseSequelizeMadeMatchItExactly(TestTarget target) throws Exception {
        List<Class<?>> classes = pullAndCompile(target);
        assertThat(classes).extracting(Class::getSimpleName).containsExactly("Beach", "Lifeguard", "Sandcastle",
                "SandcastleType", "SandcastleTypeTool", "Shift", "Show", "Tool", "Town", "User", "UserFavorite",
                "Viewing");

        Junction fresh = target.open();
        fresh.defineAll(classes.toArray(Class<?>[]::new));

        assertThat(fresh.check().differences()).as("db:check after db:pull").isEmpty();
        assertThat(fresh.check().matches()).isTrue();
    }

    @DialectTest
    @SuppressWarnings("unchecked")
    void pulledBelongsToManyReadSequelizesLinks(TestTarget target) throws Exception {
        List<Class<?>> classes = pullAndCompile(target);
        Junction fresh = target.open();
        fresh.defineAll(classes.toArray(Class<?>[]::new));
        Model<Object> users = model(fresh, named(classes, "User"));
        Model<Object> shows = model(fresh, named(classes, "Show"));
        Class<Object> show = (Class<Object>) named(classes, "Show");
        Class<Object> user = (Class<Object>) named(classes, "User");

        BelongsToMany<Object, Object> favorites = users.belongsToMany("Shows", show);
        BelongsToMany<Object, Object> watched = users.belongsToMany("Viewings", show);
        BelongsToMany<Object, Object> fans = shows.belongsToMany("Users", user);
        assertThat(values(favorites.get(one(users, "username", "alice")), "title"))
                .containsExactlyInAnyOrder("Dune", "Arrival");
        assertThat(values(watched.get(one(users, "username", "bob")), "title"))
                .containsExactlyInAnyOrder("Arrival", "Solaris");
        assertThat(values(fans.get(one(shows, "title", "Dune")), "username"))
                .containsExactlyInAnyOrder("alice", "bob", "carol");

        Model<Object> types = model(fresh, named(classes, "SandcastleType"));
        BelongsToMany<Object, Object> needs = types.belongsToMany("Tools", (Class<Object>) named(classes, "Tool"));
        List<Linked<Object>> moat = needs.getLinked(one(types, "name", "Moat Castle"));
        assertThat(moat).extracting(l -> value(l.target(), "name") + " x" + l.through().getInteger("quantity"))
                .containsExactlyInAnyOrder("Bucket x2", "Spade x1");
    }

    @DialectTest
    @SuppressWarnings("unchecked")
    void pulledBelongsToAndHasManyFollowSequelizesKeys(TestTarget target) throws Exception {
        List<Class<?>> classes = pullAndCompile(target);
        Junction fresh = target.open();
        fresh.defineAll(classes.toArray(Class<?>[]::new));
        Class<Object> beach = (Class<Object>) named(classes, "Beach");
        Class<Object> town = (Class<Object>) named(classes, "Town");
        Model<Object> towns = model(fresh, town);
        Model<Object> beaches = model(fresh, beach);
        Model<Object> castles = model(fresh, named(classes, "Sandcastle"));

        assertThat(values(towns.hasMany("Beaches", beach).get(one(towns, "name", "Seaside")), "name"))
                .containsExactlyInAnyOrder("North Beach", "South Beach");
        assertThat(beaches.belongsTo("Town", town).get(one(beaches, "name", "Harbor Beach")))
                .map(t -> value(t, "name")).contains("Harbor");
        assertThat(castles.belongsTo("Beach", beach).get(one(castles, "name", "Spire")))
                .map(b -> value(b, "name")).contains("South Beach");
        Model<Row> shifts = fresh.model("Shifts");
        assertThat(shifts.count()).isEqualTo(4);
    }
}
