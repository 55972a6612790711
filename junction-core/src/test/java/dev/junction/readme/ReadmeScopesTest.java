package dev.junction.readme;

import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.lt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.UnknownScopeException;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/** The README's "Scopes" example, as written there, on every database. */
class ReadmeScopesTest {
    record Beach(Long id, String name, Boolean open, Integer waves, Integer length) { }

    @DialectTest
    void theScopesExample(TestTarget target) {
        Junction db = target.open();
        Model<Beach> beaches = db.define(Beach.class, m -> m
                .defaultScope(eq("open", true))
                .scope("calm", lt("waves", 3))
                .scope("largest", Query.all().order(Order.desc("length")).limit(3)));
        db.sync();
        List<Beach> made = beaches.bulkCreate(List.of(new Beach(null, "Alma", true, 1, 300),
                new Beach(null, "Bondi", true, 5, 900), new Beach(null, "Coogee", false, 2, 400),
                new Beach(null, "Era", false, 7, 1200), new Beach(null, "Manly", true, 2, 1500)));
        Beach closed = made.get(2);
        assertThat(beaches.findAll()).extracting(Beach::name).containsExactlyInAnyOrder("Alma", "Bondi", "Manly");
        assertThat(beaches.scoped("calm").findAll()).extracting(Beach::name)
                .containsExactlyInAnyOrder("Alma", "Coogee", "Manly");
        assertThat(beaches.scoped("calm", "defaultScope").count()).isEqualTo(2);
        assertThat(beaches.unscoped().findByPk(closed.id())).contains(closed);
        assertThat(beaches.scoped("largest").findAll()).extracting(Beach::name)
                .containsExactly("Manly", "Era", "Bondi");
        assertThatThrownBy(() -> beaches.scoped("sunny")).isInstanceOf(UnknownScopeException.class)
                .hasMessage("Model Beach has no scope 'sunny' (it has [defaultScope, calm, largest])");
    }
}
