package dev.junction.lifecycle;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;

/** A scope cannot read soft-deleted rows: withDeleted() belongs to the read, so such a scope is refused at define. */
class ScopeWithDeletedTest {
    record Beach(Long id, String name, Boolean open) {
    }

    @DialectTest
    void aNamedOrDefaultScopeWithDeletedIsADefinitionError(TestTarget target) {
        Junction db = target.open();
        assertThatThrownBy(() -> db.define(Beach.class, m -> m.paranoid()
                .scope("everything", Query.all().withDeleted())))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Beach").hasMessageContaining("'everything'")
                .hasMessageContaining("use withDeleted() on the query");
        assertThatThrownBy(() -> db.define(Beach.class, m -> m.paranoid()
                .defaultScope(Query.where(eq("open", true)).withDeleted())))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Beach").hasMessageContaining("'defaultScope'")
                .hasMessageContaining("use withDeleted() on the query");
    }
}
