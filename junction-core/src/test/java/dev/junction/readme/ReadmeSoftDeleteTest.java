package dev.junction.readme;

import static dev.junction.query.Include.include;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.HasMany;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/** The README's "Soft delete" example, as written there, on every database. */
class ReadmeSoftDeleteTest {
    record Town(Long id, String name) { }

    record Beach(Long id, String name) { }

    @DialectTest
    void theSoftDeleteExample(TestTarget target) {
        Junction db = target.open();
        Model<Town> towns = db.define(Town.class);
        Model<Beach> beaches = db.define(Beach.class, m -> m.paranoid());
        HasMany<Town, Beach> townBeaches = towns.hasMany(beaches);
        db.sync();
        Town coogee = towns.create(new Town(null, "Coogee"));
        Beach bondi = townBeaches.create(coogee, new Beach(null, "Bondi"));
        assertThat(beaches.destroy(bondi)).isTrue();
        assertThat(beaches.findByPk(bondi.id())).isEmpty();
        assertThat(townBeaches.get(coogee)).isEmpty();
        assertThat(beaches.findAll(Query.all().withDeleted())).containsExactly(bondi);
        List<Loaded<Town>> loaded = towns.findAll(Query.all(), include(townBeaches).withDeleted());
        assertThat(loaded.get(0).get(townBeaches)).containsExactly(bondi);
        assertThat(beaches.restore(bondi)).isTrue();
        assertThat(beaches.findAll()).containsExactly(bondi);
        assertThat(beaches.destroy(bondi, true)).isTrue();
        assertThat(beaches.count(Query.all().withDeleted())).isZero();
    }

    @DialectTest
    void softDeleteNeedsTimestamps(TestTarget target) {
        Junction db = target.open();
        assertThatThrownBy(() -> db.define(Beach.class, m -> m.paranoid().timestamps(false)))
                .isInstanceOf(DefinitionException.class);
    }
}
