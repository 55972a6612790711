package dev.junction.lifecycle;

import static dev.junction.association.Associations.as;
import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.ValidationException.Failure;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Link;
import dev.junction.association.Linked;
import dev.junction.association.Through;
import dev.junction.association.With;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/**
 * A belongsToMany's add, set and create run the join model's validators on the link rows they write — new links and
 * links whose join values change — and write nothing when one fails (Sequelize's "through model validations").
 */
class JoinModelValidationTest {
    record Project(Long id, String name) { }

    record Employee(Long id, String name) { }

    /** Sequelize's fixture: Participation(role NOT NULL, len 2..50) between projects and their participants. */
    private static final class Fixture {
        final Junction db;
        final Model<Project> projects;
        final Model<Employee> employees;
        final Model<Row> participations;
        final BelongsToMany<Project, Employee> participants;
        final Project project;
        final Employee employee;

        Fixture(TestTarget target, boolean unique) {
            db = target.open();
            projects = db.define(Project.class);
            employees = db.define(Employee.class);
            db.define("Participation", m -> m
                    .attribute("role", DataType.string(50), a -> a.notNull().len(2, 50))
                    .attribute("hours", DataType.integer(), a -> a.min(0))
                    .validate("leadsWorkHours", v -> !"lead".equals(v.get("role")) || v.get("hours") == null
                            || (Integer) v.get("hours") > 0));
            participants = projects.belongsToMany(employees, as("Participants")
                    .through(Through.of("Participation").unique(unique)));
            employees.belongsToMany(projects, as("Participations").through(Through.of("Participation")
                    .unique(unique)));
            db.sync();
            participations = db.model("Participation");
            project = projects.create(new Project(null, "project 1"));
            employee = employees.create(new Employee(null, "employee 1"));
        }

        List<String> roles() {
            return participants.getLinked(project).stream().map(l -> (String) l.through().get("role")).toList();
        }
    }

    private static void rejectedByJoinModel(Runnable write, String... rules) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.model()).isEqualTo("Participation");
            assertThat(e.failures()).extracting(Failure::model, Failure::rule)
                    .containsExactly(java.util.Arrays.stream(rules).map(r -> tuple("Participation", r))
                            .toArray(org.assertj.core.groups.Tuple[]::new));
        });
    }

    @DialectTest
    void runsOnAdd(TestTarget target) {
        Fixture f = new Fixture(target, true);
        rejectedByJoinModel(() -> f.participants.add(f.project, List.of(f.employee), Map.of("role", "")), "len");
        rejectedByJoinModel(() -> f.participants.add(f.project, Link.of(f.employee, Map.of("role", "lead",
                "hours", 0))), "leadsWorkHours");
        assertThat(f.participations.count()).isZero();
        f.participants.add(f.project, List.of(f.employee), Map.of("role", "dev"));
        assertThat(f.roles()).containsExactly("dev");
    }

    @DialectTest
    void runsOnSetAndKeepsTheLinksThereWere(TestTarget target) {
        Fixture f = new Fixture(target, true);
        Employee other = f.employees.create(new Employee(null, "employee 2"));
        f.participants.add(f.project, List.of(f.employee), Map.of("role", "dev"));
        rejectedByJoinModel(() -> f.participants.set(f.project, List.of(other), Map.of("role", "")), "len");
        assertThat(f.roles()).containsExactly("dev");
        assertThat(f.participants.get(f.project)).containsExactly(f.employee);
    }

    @DialectTest
    void runsOnCreateAndCreatesNoTarget(TestTarget target) {
        Fixture f = new Fixture(target, true);
        rejectedByJoinModel(() -> f.participants.create(f.project, new Employee(null, "employee 2"),
                Map.of("role", "")), "len");
        assertThat(f.employees.count()).isEqualTo(1);
        assertThat(f.participations.count()).isZero();
    }

    @DialectTest
    void runsOnCreateWithNewTargetsAndCreatesNothing(TestTarget target) {
        Fixture f = new Fixture(target, true);
        rejectedByJoinModel(() -> f.projects.create(new Project(null, "project 2"), With.of(f.participants,
                Link.of(new Employee(null, "employee 2"), Map.of("role", "dev")),
                Link.of(new Employee(null, "employee 3"), Map.of("role", "")))), "len");
        assertThat(f.projects.count()).isEqualTo(1);
        assertThat(f.employees.count()).isEqualTo(1);
        assertThat(f.participations.count()).isZero();
    }

    @DialectTest
    void runsWhenAddOrSetChangeTheValuesOfALinkThereIs(TestTarget target) {
        Fixture f = new Fixture(target, true);
        f.participants.add(f.project, List.of(f.employee), Map.of("role", "dev", "hours", 3));
        rejectedByJoinModel(() -> f.participants.set(f.project, List.of(f.employee), Map.of("role", "x")), "len");
        rejectedByJoinModel(() -> f.participants.add(f.project, Link.of(f.employee, Map.of("role", "dev",
                "hours", -1))), "min");
        rejectedByJoinModel(() -> f.participants.add(f.project, Link.of(f.employee, Map.of("role", "lead",
                "hours", 0))), "leadsWorkHours");
        assertThat(f.roles()).containsExactly("dev");
        f.participants.set(f.project, List.of(f.employee), Map.of("role", "qa"));
        assertThat(f.roles()).containsExactly("qa");
    }

    @DialectTest
    void runsOnLinksThatAreNotUnique(TestTarget target) {
        Fixture f = new Fixture(target, false);
        f.participants.add(f.project, List.of(f.employee), Map.of("role", "dev"));
        rejectedByJoinModel(() -> f.participants.add(f.project, List.of(f.employee), Map.of("role", "")), "len");
        rejectedByJoinModel(() -> f.participants.set(f.project, List.of(f.employee), Map.of("role", "q")), "len");
        assertThat(f.roles()).containsExactly("dev");
        List<Linked<Employee>> linked = f.participants.getLinked(f.project);
        assertThat(linked).hasSize(1);
    }

    @DialectTest
    void aMissingRequiredJoinValueIsRefusedToo(TestTarget target) {
        Fixture f = new Fixture(target, true);
        assertThatThrownBy(() -> f.participants.add(f.project, f.employee))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("Participation");
                    assertThat(e.getMessage()).contains("Participation.role cannot be null");
                });
        assertThat(f.participations.count()).isZero();
    }

    record Lifeguard(Long id, String name) { }

    record Beach(Long id, String name) { }

    @DialectTest
    void aJoinTableNeverInheritsItsModelsValidators(TestTarget target) {
        Junction db = target.open();
        Model<Lifeguard> guards = db.define(Lifeguard.class, m -> m.attribute("name", a -> a.len(2, 10))
                .validate("named", v -> v.get("name") != null));
        Model<Beach> beaches = db.define(Beach.class, m -> m.attribute("name", a -> a.notEmpty())
                .validate("named", v -> v.get("name") != null));
        BelongsToMany<Lifeguard, Beach> shifts = guards.belongsToMany(beaches, through("Shifts"));
        beaches.belongsToMany(guards, through("Shifts"));
        db.sync();
        Model<Row> join = db.model("Shifts");
        assertThat(join.definition().rules()).isEmpty();
        assertThat(join.definition().attributes()).allSatisfy(a -> assertThat(a.rules()).isEmpty());
        Lifeguard mo = guards.create(new Lifeguard(null, "Mo"));
        Beach north = beaches.create(new Beach(null, "North"));
        shifts.add(mo, north);
        assertThat(shifts.get(mo)).containsExactly(north);
        join.bulkCreate(List.of(Row.of("LifeguardId", mo.id(), "BeachId", beaches.create(new Beach(null, "South"))
                .id())));
        assertThat(join.count()).isEqualTo(2);
    }
}
