package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.SqlListener;
import dev.junction.query.Order;
import dev.junction.query.Page;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/** Every read of a paranoid model's own rows skips the soft-deleted ones, unless asked with withDeleted(). */
class ParanoidReadsTest {
    record Beach(Long id, String name) {
    }

    /** Bondi and Manly live; Bronte soft-deleted. */
    private static Model<Beach> beaches(Junction db) {
        Model<Beach> beaches = db.define(Beach.class, m -> m.paranoid());
        db.sync();
        beaches.create(new Beach(null, "Bondi"));
        Beach bronte = beaches.create(new Beach(null, "Bronte"));
        beaches.create(new Beach(null, "Manly"));
        beaches.destroy(bronte);
        return beaches;
    }

    private static List<String> names(List<Beach> beaches) {
        return beaches.stream().map(Beach::name).toList();
    }

    @DialectTest
    void findAllAndFindOneSkipSoftDeletedRows(TestTarget target) {
        Model<Beach> beaches = beaches(target.open());
        assertThat(names(beaches.findAll())).containsExactlyInAnyOrder("Bondi", "Manly");
        assertThat(names(beaches.findAll(Where.like("name", "B%")))).containsExactly("Bondi");
        assertThat(beaches.findOne(Where.eq("name", "Bronte"))).isEmpty();
        assertThat(beaches.findOne(Query.where(Where.eq("name", "Bronte")).withDeleted())).isPresent();
    }

    @DialectTest
    void findByPkSkipsASoftDeletedRow(TestTarget target) {
        Model<Beach> beaches = beaches(target.open());
        Beach bronte = beaches.findOne(Query.where(Where.eq("name", "Bronte")).withDeleted()).orElseThrow();
        assertThat(beaches.findByPk(bronte.id())).isEmpty();
        beaches.restore(bronte);
        assertThat(beaches.findByPk(bronte.id())).contains(bronte);
    }

    @DialectTest
    void withDeletedReadsEveryRowInOrderAndPages(TestTarget target) {
        Model<Beach> beaches = beaches(target.open());
        Query ordered = Query.all().order(Order.asc("name"));
        assertThat(names(beaches.findAll(ordered.withDeleted()))).containsExactly("Bondi", "Bronte", "Manly");
        assertThat(names(beaches.findAll(ordered.withDeleted().limit(1).offset(1)))).containsExactly("Bronte");
        assertThat(names(beaches.findAll(ordered.limit(1).offset(1)))).containsExactly("Manly");
    }

    @DialectTest
    void countsSkipSoftDeletedRowsUnlessAsked(TestTarget target) {
        Model<Beach> beaches = beaches(target.open());
        assertThat(beaches.count()).isEqualTo(2);
        assertThat(beaches.count(Where.like("name", "B%"))).isEqualTo(1);
        assertThat(beaches.count(Query.all().withDeleted())).isEqualTo(3);
        assertThat(beaches.count(Query.where(Where.like("name", "B%")).withDeleted())).isEqualTo(2);
        assertThat(beaches.count(Query.all())).isEqualTo(2);
    }

    @DialectTest
    void findAndCountAllCountsWhatItWouldRead(TestTarget target) {
        Model<Beach> beaches = beaches(target.open());
        Page<Beach> live = beaches.findAndCountAll(Query.all().order(Order.asc("name")).limit(1));
        assertThat(live.count()).isEqualTo(2);
        assertThat(live.rows()).hasSize(1);
        Page<Beach> all = beaches.findAndCountAll(Query.all().order(Order.asc("name")).limit(1).withDeleted());
        assertThat(all.count()).isEqualTo(3);
    }

    @DialectTest
    void streamAndForEachSkipSoftDeletedRows(TestTarget target) {
        Model<Beach> beaches = beaches(target.open());
        try (Stream<Beach> rows = beaches.stream(Query.all())) {
            assertThat(names(rows.toList())).containsExactlyInAnyOrder("Bondi", "Manly");
        }
        try (Stream<Beach> rows = beaches.stream(Query.all().withDeleted())) {
            assertThat(rows.count()).isEqualTo(3);
        }
        List<String> seen = new ArrayList<>();
        beaches.forEach(Query.all(), b -> seen.add(b.name()));
        assertThat(seen).containsExactlyInAnyOrder("Bondi", "Manly");
    }

    @DialectTest
    void rowModelsOfAParanoidModelSkipThemToo(TestTarget target) {
        Junction db = target.open();
        beaches(db);
        assertThat(db.model("Beach").findAll()).hasSize(2);
        assertThat(db.model("Beach").findAll(Query.all().withDeleted())).hasSize(3);
    }

    @DialectTest
    void aModelThatIsNotParanoidReadsWithTheSameSqlAsBefore(TestTarget target) {
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        SqlListener listener = (sql, parameters, nanos) -> statements.add(sql);
        Junction db = target.open(b -> b.listener(listener));
        Model<Beach> beaches = db.define(Beach.class);
        db.sync();
        Beach bondi = beaches.create(new Beach(null, "Bondi"));
        statements.clear();
        beaches.findAll();
        beaches.findByPk(bondi.id());
        beaches.count();
        assertThat(statements).hasSize(3).noneMatch(sql -> sql.contains("deletedAt"));
        assertThat(statements.get(0)).doesNotContain("WHERE");
        assertThat(statements.get(2)).doesNotContain("WHERE");
    }
}
