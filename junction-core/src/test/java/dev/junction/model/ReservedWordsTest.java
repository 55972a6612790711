package dev.junction.model;

import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.gt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.Map;

/** SQL keywords are fine as table, attribute and column names: identifiers are always quoted. */
class ReservedWordsTest {
    record Keyword(Long id, Integer order, String group, String user, Boolean select) {
    }

    private static Model<Keyword> keywords(Junction db) {
        Model<Keyword> keywords = db.define(Keyword.class, m -> m.tableName("order")
                .attribute("group", a -> a.unique()));
        db.sync();
        return keywords;
    }

    @DialectTest
    void reservedWordsRoundTripAsTableAndColumnNames(TestTarget target) {
        Junction db = target.open();
        Model<Keyword> keywords = keywords(db);
        Keyword created = keywords.create(new Keyword(null, 1, "admins", "ann", true));
        assertThat(keywords.findByPk(created.id())).contains(created);
        assertThat(db.describe().table("order").orElseThrow().columns()).extracting(c -> c.name())
                .containsExactly("id", "order", "group", "user", "select", "createdAt", "updatedAt");
    }

    @DialectTest
    void reservedWordsCanBeFilteredOrderedUpdatedAndDeleted(TestTarget target) {
        Model<Keyword> keywords = keywords(target.open());
        keywords.create(new Keyword(null, 2, "b", "bob", false));
        keywords.create(new Keyword(null, 1, "a", "ann", true));
        keywords.create(new Keyword(null, 3, "c", "cid", true));

        assertThat(keywords.findAll(Query.where(eq("select", true)).order(Order.desc("order"))))
                .extracting(Keyword::user).containsExactly("cid", "ann");
        assertThat(keywords.update(Map.of("user", "bea"), eq("group", "b"))).isEqualTo(1);
        assertThat(keywords.findOne(eq("group", "b")).orElseThrow().user()).isEqualTo("bea");
        assertThat(keywords.destroy(gt("order", 1))).isEqualTo(2);
        assertThat(keywords.findAll()).extracting(Keyword::group).containsExactly("a");
    }
}
