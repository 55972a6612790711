package dev.junction.lifecycle;

import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.gte;
import static dev.junction.query.Where.lt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.Transaction;
import dev.junction.UnknownScopeException;
import dev.junction.query.Order;
import dev.junction.query.Page;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A model's default scope on every read path, named scopes instead of it, unscoped handles, bad names. */
class ScopesTest {
    record Beach(Long id, String name, Boolean open, Integer waves) {
        Beach(String name, boolean open, int waves) {
            this(null, name, open, waves);
        }
    }

    private static Model<Beach> beaches(Junction db) {
        Model<Beach> beaches = db.define(Beach.class, m -> m
                .defaultScope(eq("open", true))
                .scope("calm", lt("waves", 3))
                .scope("rough", gte("waves", 5))
                .scope("opened", eq("open", true))
                .scope("closed", eq("open", false))
                .scope("byName", Query.all().order(Order.asc("name")))
                .scope("firstTwo", Query.all().order(Order.asc("name")).limit(2)));
        db.sync();
        return beaches;
    }

    /** Alma (open, 1), Bondi (open, 5), Coogee (closed, 2), Dee Why (open, 2), Era (closed, 7). */
    private static List<Beach> seed(Model<Beach> beaches) {
        return beaches.bulkCreate(List.of(new Beach("Alma", true, 1), new Beach("Bondi", true, 5),
                new Beach("Coogee", false, 2), new Beach("Dee Why", true, 2), new Beach("Era", false, 7)));
    }

    private static List<String> names(List<Beach> found) {
        return found.stream().map(Beach::name).sorted().toList();
    }

    @DialectTest
    void theDefaultScopeFiltersEveryRead(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        List<Beach> all = seed(beaches);
        Beach coogee = all.get(2);
        assertThat(names(beaches.findAll())).containsExactly("Alma", "Bondi", "Dee Why");
        assertThat(names(beaches.findAll(lt("waves", 3)))).containsExactly("Alma", "Dee Why");
        assertThat(beaches.findOne(eq("name", "Coogee"))).isEmpty();
        assertThat(beaches.findByPk(coogee.id())).isEmpty();
        assertThat(beaches.findByPk(all.get(0).id())).contains(all.get(0));
        assertThat(beaches.count()).isEqualTo(3);
        assertThat(beaches.count(lt("waves", 3))).isEqualTo(2);
        Page<Beach> page = beaches.findAndCountAll(Query.all().order(Order.asc("name")).limit(1));
        assertThat(page.count()).isEqualTo(3);
        assertThat(page.rows()).extracting(l -> l.get().name()).containsExactly("Alma");
        try (Stream<Beach> rows = beaches.stream(Query.all())) {
            assertThat(names(rows.toList())).containsExactly("Alma", "Bondi", "Dee Why");
        }
        List<Beach> seen = new ArrayList<>();
        beaches.forEach(Query.where(gte("waves", 2)), seen::add);
        assertThat(names(seen)).containsExactly("Bondi", "Dee Why");
    }

    @DialectTest
    void bulkUpdateAndDestroyTouchOnlyTheRowsInScope(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        seed(beaches);
        assertThat(beaches.update(Map.of("waves", 9), Where.all())).isEqualTo(3);
        assertThat(beaches.unscoped().count(eq("waves", 9))).isEqualTo(3);
        assertThat(beaches.unscoped().findOne(eq("name", "Coogee")).orElseThrow().waves()).isEqualTo(2);
        assertThat(beaches.destroy(Where.all())).isEqualTo(3);
        assertThat(names(beaches.unscoped().findAll())).containsExactly("Coogee", "Era");
    }

    @DialectTest
    void writesOfOneInstanceByItsKeyAreNotFiltered(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        Beach coogee = seed(beaches).get(2);
        Beach calmer = beaches.update(new Beach(coogee.id(), "Coogee", false, 0));
        assertThat(calmer.waves()).isZero();
        assertThat(beaches.unscoped().findByPk(coogee.id()).orElseThrow().waves()).isZero();
        assertThat(beaches.destroy(coogee)).isTrue();
        assertThat(beaches.unscoped().count()).isEqualTo(4);
    }

    @DialectTest
    void namedScopesReplaceTheDefaultScopeUnlessItIsNamed(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        seed(beaches);
        assertThat(names(beaches.scoped("calm").findAll())).containsExactly("Alma", "Coogee", "Dee Why");
        assertThat(beaches.scoped("calm").count()).isEqualTo(3);
        assertThat(names(beaches.scoped("calm", "defaultScope").findAll())).containsExactly("Alma", "Dee Why");
        assertThat(names(beaches.scoped("defaultScope").findAll())).containsExactly("Alma", "Bondi", "Dee Why");
        assertThat(names(beaches.scoped("closed", "rough").findAll())).containsExactly("Era");
        assertThat(beaches.scoped("calm").update(Map.of("waves", 0), Where.all())).isEqualTo(3);
        assertThat(beaches.scoped("rough").destroy(Where.all())).isEqualTo(2);
        assertThat(names(beaches.unscoped().findAll())).containsExactly("Alma", "Coogee", "Dee Why");
    }

    @DialectTest
    void conditionsOnOneAttributeAreAndedNeverReplaced(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        seed(beaches);
        // Sequelize keeps only the last condition on an attribute; both hold here.
        assertThat(beaches.scoped("opened", "closed").findAll()).isEmpty();
        assertThat(beaches.findAll(eq("open", false))).isEmpty();
        assertThat(beaches.count(eq("open", false))).isZero();
        assertThat(names(beaches.unscoped().findAll(eq("open", false)))).containsExactly("Coogee", "Era");
    }

    @DialectTest
    void aScopesOrderAndPageApplyUnlessTheQueryGivesItsOwn(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        seed(beaches);
        assertThat(beaches.scoped("firstTwo").findAll()).extracting(Beach::name).containsExactly("Alma", "Bondi");
        assertThat(beaches.scoped("firstTwo").findAll(Query.all().limit(3))).extracting(Beach::name)
                .containsExactly("Alma", "Bondi", "Coogee");
        assertThat(beaches.scoped("firstTwo").findAll(Query.all().offset(3))).extracting(Beach::name)
                .containsExactly("Dee Why", "Era");
        assertThat(beaches.scoped("byName").findAll(Query.all().order(Order.desc("waves"))))
                .extracting(Beach::name).containsExactly("Alma", "Bondi", "Coogee", "Dee Why", "Era");
        assertThat(beaches.scoped("rough", "byName").findOne(Query.all()).orElseThrow().name()).isEqualTo("Bondi");
        assertThat(beaches.scoped("firstTwo").count()).isEqualTo(5);
        try (Stream<Beach> rows = beaches.scoped("firstTwo").stream(Query.all())) {
            assertThat(rows.map(Beach::name).toList()).containsExactly("Alma", "Bondi");
        }
    }

    @DialectTest
    void unscopedReadsEveryRow(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        Beach coogee = seed(beaches).get(2);
        Model<Beach> all = beaches.unscoped();
        assertThat(all.findAll()).hasSize(5);
        assertThat(all.count()).isEqualTo(5);
        assertThat(all.findByPk(coogee.id())).contains(coogee);
        assertThat(all.update(Map.of("waves", 4), Where.all())).isEqualTo(5);
        assertThat(all.destroy(eq("open", false))).isEqualTo(2);
        assertThat(beaches.count()).isEqualTo(3);
    }

    @DialectTest
    void anUnknownScopeNameNamesTheModelAndTheScopesItHas(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        assertThatThrownBy(() -> beaches.scoped("calm", "sunny"))
                .isInstanceOfSatisfying(UnknownScopeException.class, e -> {
                    assertThat(e.model()).isEqualTo("Beach");
                    assertThat(e.scope()).isEqualTo("sunny");
                    assertThat(e.getMessage()).contains("Beach", "'sunny'", "defaultScope", "calm", "firstTwo");
                });
        db.define("Plain", m -> m.attribute("name", DataType.string(20)));
        assertThatThrownBy(() -> db.model("Plain").scoped("calm"))
                .isInstanceOf(UnknownScopeException.class).hasMessage("Model Plain has no scope 'calm' (it has [])");
        // As in Sequelize, "defaultScope" may be named on any model: one without a default scope reads unscoped.
        db.sync();
        assertThat(db.model("Plain").scoped("defaultScope").findAll()).isEmpty();
    }

    @DialectTest
    void scopedHandlesJoinATransaction(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = beaches(db);
        seed(beaches);
        Transaction tx = db.begin();
        try {
            beaches.in(tx).create(new Beach("Freshwater", false, 1));
            assertThat(names(beaches.scoped("calm").in(tx).findAll()))
                    .containsExactly("Alma", "Coogee", "Dee Why", "Freshwater");
            assertThat(beaches.in(tx).scoped("calm").count()).isEqualTo(4);
            assertThat(beaches.in(tx).unscoped().count()).isEqualTo(6);
            assertThat(beaches.in(tx).count()).isEqualTo(3);
        } finally {
            tx.rollback();
        }
        assertThat(beaches.unscoped().count()).isEqualTo(5);
    }

    @DialectTest
    void modelsByNameHaveScopesToo(TestTarget target) {
        Junction db = target.open();
        db.define("Tag", m -> m.attribute("name", DataType.string(20))
                .attribute("hidden", DataType.bool())
                .defaultScope(eq("hidden", false))
                .scope("hiddenOnly", eq("hidden", true)));
        db.sync();
        Model<Row> tags = db.model("Tag");
        tags.bulkCreate(List.of(Row.of("name", "a", "hidden", false),
                Row.of("name", "b", "hidden", true)));
        assertThat(tags.findAll()).extracting(r -> r.get("name")).containsExactly("a");
        assertThat(tags.scoped("hiddenOnly").findAll()).extracting(r -> r.get("name")).containsExactly("b");
        assertThat(tags.unscoped().count()).isEqualTo(2);
    }
}
