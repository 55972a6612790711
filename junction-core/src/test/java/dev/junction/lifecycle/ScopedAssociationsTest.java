package dev.junction.lifecycle;

import static dev.junction.association.Associations.as;
import static dev.junction.query.Include.include;
import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.HasOne;
import dev.junction.query.Loaded;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The target's default scope on include and on association reads of all four kinds, as Sequelize applies it;
 * association writes and {@code has} unscoped, as Sequelize's are; a join table never inherits a scope.
 */
class ScopedAssociationsTest {
    record Team(Long id, String name, Boolean active) { }

    record Task(Long id, String title, Boolean done) { }

    record Note(Long id, String text, Long TeamId) { }

    record Badge(Long id, String label, Boolean active) { }

    record Show(Long id, String title, Boolean aired) { }

    /** Every team active, every task undone, every badge active, every show aired — unless unscoped. */
    private static final class Club {
        final Junction db;
        final Model<Team> teams;
        final Model<Task> tasks;
        final Model<Note> notes;
        final Model<Badge> badges;
        final Model<Show> shows;
        final HasMany<Team, Task> todo;
        final BelongsTo<Task, Team> teamOfTask;
        final BelongsTo<Note, Team> teamOfNote;
        final HasOne<Team, Badge> badge;
        final BelongsToMany<Team, Show> watched;

        Club(Junction db) {
            this.db = db;
            teams = db.define(Team.class, m -> m.defaultScope(eq("active", true)));
            tasks = db.define(Task.class, m -> m.defaultScope(eq("done", false)).scope("done", eq("done", true)));
            notes = db.define(Note.class);
            badges = db.define(Badge.class, m -> m.defaultScope(eq("active", true)));
            shows = db.define(Show.class, m -> m.defaultScope(eq("aired", true)));
            todo = teams.hasMany(tasks);
            teamOfTask = tasks.belongsTo(teams);
            teamOfNote = notes.belongsTo(teams);
            badge = teams.hasOne(badges);
            watched = teams.belongsToMany(shows, as("Watched").through("TeamShows"));
            db.sync();
        }
    }

    private static Team team(Club c, String name, boolean active) {
        return c.teams.create(new Team(null, name, active));
    }

    private static Task task(Club c, String title, boolean done) {
        return c.tasks.create(new Task(null, title, done));
    }

    private static Show show(Club c, String title, boolean aired) {
        return c.shows.create(new Show(null, title, aired));
    }

    private static Object teamIdOf(Club c, Task task) {
        return c.db.model("Task").unscoped().findByPk(task.id()).orElseThrow().get("TeamId");
    }

    @DialectTest
    void hasManyReadsApplyTheTargetsDefaultScopeAndHasDoesNot(TestTarget target) {
        Club c = new Club(target.open());
        Team reds = team(c, "reds", true);
        Task open = task(c, "sweep", false);
        Task done = task(c, "rake", true);
        c.todo.add(reds, open, done);
        assertThat(c.todo.get(reds)).containsExactly(open);
        assertThat(c.todo.get(reds, Query.all().order(Order.asc("title")))).containsExactly(open);
        assertThat(c.todo.count(reds)).isEqualTo(1);
        // Sequelize's has() reads unscoped: whether the rows are linked.
        assertThat(c.todo.has(reds, open, done)).isTrue();
    }

    @DialectTest
    void hasManyWritesReachRowsTheScopeHides(TestTarget target) {
        Club c = new Club(target.open());
        Team reds = team(c, "reds", true);
        Team blues = team(c, "blues", true);
        Task open = task(c, "sweep", false);
        Task done = task(c, "rake", true);
        c.todo.add(reds, done);
        assertThat(teamIdOf(c, done)).isEqualTo(reds.id());
        c.todo.set(reds, List.of(open));
        assertThat(teamIdOf(c, done)).isNull();
        assertThat(teamIdOf(c, open)).isEqualTo(reds.id());
        c.todo.add(blues, done);
        c.todo.remove(blues, done);
        assertThat(teamIdOf(c, done)).isNull();
    }

    @DialectTest
    void hasOneGetAppliesTheScopeAndSetReachesHiddenRows(TestTarget target) {
        Club c = new Club(target.open());
        Team reds = team(c, "reds", true);
        Badge retired = c.badges.create(new Badge(null, "gold", false));
        c.badge.set(reds, retired);
        assertThat(c.badge.get(reds)).isEmpty();
        assertThat(c.db.model("Badge").unscoped().findByPk(retired.id()).orElseThrow().get("TeamId"))
                .isEqualTo(reds.id());
        Badge shiny = c.badges.create(new Badge(null, "silver", true));
        c.badge.set(reds, shiny);
        assertThat(c.badge.get(reds)).contains(shiny);
        assertThat(c.db.model("Badge").unscoped().findByPk(retired.id()).orElseThrow().get("TeamId")).isNull();
    }

    @DialectTest
    void belongsToGetAppliesTheTargetsScopeWhicheverWayItReadsTheKey(TestTarget target) {
        Club c = new Club(target.open());
        Team gone = team(c, "gone", false);
        Team reds = team(c, "reds", true);
        Task sweep = task(c, "sweep", false);
        c.teamOfTask.set(sweep, gone);
        assertThat(c.teamOfTask.get(sweep)).isEmpty();
        c.teamOfTask.set(sweep, reds);
        assertThat(c.teamOfTask.get(sweep)).contains(reds);
        Note note = c.notes.create(new Note(null, "hello", gone.id()));
        assertThat(c.teamOfNote.get(note)).isEmpty();
        Note moved = c.teamOfNote.set(note, reds);
        assertThat(c.teamOfNote.get(moved)).contains(reds);
    }

    @DialectTest
    void belongsToSetWritesASourceItsScopeHides(TestTarget target) {
        Club c = new Club(target.open());
        Team reds = team(c, "reds", true);
        Task done = task(c, "rake", true);
        c.teamOfTask.set(done, reds);
        assertThat(teamIdOf(c, done)).isEqualTo(reds.id());
        assertThat(c.teamOfTask.get(done)).contains(reds);
    }

    @DialectTest
    void belongsToManyReadsApplyTheTargetsScopeAndWritesDoNot(TestTarget target) {
        Club c = new Club(target.open());
        Team reds = team(c, "reds", true);
        Show aired = show(c, "Dune", true);
        Show pilot = show(c, "Pilot", false);
        c.watched.add(reds, aired, pilot);
        assertThat(c.db.model("TeamShows").count()).isEqualTo(2);
        assertThat(c.watched.get(reds)).containsExactly(aired);
        assertThat(c.watched.get(reds, Query.all().order(Order.desc("title")))).containsExactly(aired);
        assertThat(c.watched.getLinked(reds, Query.all(), null)).extracting(l -> l.target()).containsExactly(aired);
        assertThat(c.watched.count(reds)).isEqualTo(1);
        assertThat(c.watched.count(reds, eq("title", "Pilot"), null)).isZero();
        assertThat(c.watched.has(reds, aired, pilot)).isTrue();
        c.watched.set(reds, List.of(aired));
        assertThat(c.db.model("TeamShows").count()).isEqualTo(1);
        c.watched.set(reds, List.of(pilot));
        assertThat(c.watched.get(reds)).isEmpty();
        assertThat(c.watched.has(reds, pilot)).isTrue();
        c.watched.remove(reds, pilot);
        assertThat(c.db.model("TeamShows").count()).isZero();
    }

    @DialectTest
    void includesApplyTheTargetsScopeAndTheParentsOwn(TestTarget target) {
        Club c = new Club(target.open());
        Team reds = team(c, "reds", true);
        Team blues = team(c, "blues", true);
        Team gone = team(c, "gone", false);
        Task sweep = task(c, "sweep", false);
        Task rake = task(c, "rake", true);
        Task mop = task(c, "mop", false);
        c.todo.add(reds, sweep, rake);
        c.todo.add(blues, rake);
        c.todo.add(gone, mop);
        Show dune = show(c, "Dune", true);
        Show pilot = show(c, "Pilot", false);
        c.watched.add(reds, dune, pilot);
        c.watched.add(blues, pilot);

        List<Loaded<Team>> found = c.teams.findAll(Query.all().order(Order.asc("name")), include(c.todo),
                include(c.watched));
        assertThat(found).extracting(l -> l.get().name()).containsExactly("blues", "reds");
        assertThat(found.get(0).get(c.todo)).isEmpty();
        assertThat(found.get(0).get(c.watched)).isEmpty();
        assertThat(found.get(1).get(c.todo)).containsExactly(sweep);
        assertThat(found.get(1).get(c.watched)).containsExactly(dune);

        assertThat(c.teams.findAll(Query.all(), include(c.todo).required())).extracting(l -> l.get().name())
                .containsExactly("reds");
        assertThat(c.teams.count(Where.all(), include(c.watched).required())).isEqualTo(1);
        assertThat(c.teams.unscoped().findAll(Query.all().order(Order.asc("name")), include(c.todo)))
                .extracting(l -> l.get().name() + ":" + l.get(c.todo).size())
                .containsExactly("blues:0", "gone:1", "reds:1");
        try (Stream<Loaded<Team>> rows = c.teams.stream(Query.all().order(Order.asc("name")), include(c.todo))) {
            assertThat(rows.map(l -> l.get(c.todo).size()).toList()).containsExactly(0, 1);
        }
        List<Loaded<Task>> withTeams = c.tasks.unscoped().findAll(Query.all().order(Order.asc("title")),
                include(c.teamOfTask));
        assertThat(withTeams).extracting(l -> l.get().title() + ":" + l.get(c.teamOfTask).map(Team::name)
                .orElse("-")).containsExactly("mop:-", "rake:blues", "sweep:reds");
    }

    @DialectTest
    void aJoinTableNeverInheritsTheScopesOfItsModels(TestTarget target) {
        Club c = new Club(target.open());
        Team gone = team(c, "gone", false);
        Show pilot = show(c, "Pilot", false);
        c.watched.add(gone, pilot);
        Model<Row> links = c.db.model("TeamShows");
        assertThat(links.definition().scopes().isEmpty()).isTrue();
        assertThat(links.findAll()).hasSize(1);
        assertThat(links.count(eq("TeamId", gone.id()))).isEqualTo(1);
        assertThat(c.watched.get(gone)).isEmpty();
        assertThat(c.teams.unscoped().findAll(Query.all(), include(c.watched).through(eq("ShowId", pilot.id()))))
                .extracting(l -> l.get(c.watched).size()).containsExactly(0);
    }

    @DialectTest
    void aJoinModelsOwnDefaultScopeFiltersLinkReadsButNotLinkWrites(TestTarget target) {
        Junction db = target.open();
        Model<Team> teams = db.define(Team.class);
        Model<Show> shows = db.define(Show.class);
        Model<Row> picks = db.define("Picks", m -> m.freezeTableName()
                .attribute("hidden", DataType.bool(), a -> a.defaultValue(false))
                .defaultScope(eq("hidden", false)));
        BelongsToMany<Team, Show> picked = teams.belongsToMany(shows, as("Picked").through(picks));
        db.sync();
        Team reds = teams.create(new Team(null, "reds", true));
        Show dune = shows.create(new Show(null, "Dune", true));
        Show pilot = shows.create(new Show(null, "Pilot", false));
        picked.add(reds, List.of(dune), Map.of());
        picked.add(reds, List.of(pilot), Map.of("hidden", true));
        assertThat(picked.get(reds)).containsExactly(dune);
        assertThat(picked.count(reds)).isEqualTo(1);
        assertThat(picked.has(reds, pilot)).isFalse();
        assertThat(teams.findAll(Query.all(), include(picked))).extracting(l -> l.get(picked).size())
                .containsExactly(1);
        assertThat(teams.count(Where.all(), include(picked).where(eq("title", "Pilot")))).isZero();
        assertThat(picks.count()).isEqualTo(1);
        // Writes see every link: set keeps the hidden one rather than inserting it again.
        picked.set(reds, List.of(dune, pilot));
        assertThat(picks.unscoped().count()).isEqualTo(2);
        picked.remove(reds, pilot);
        assertThat(picks.unscoped().count()).isEqualTo(1);
    }
}
