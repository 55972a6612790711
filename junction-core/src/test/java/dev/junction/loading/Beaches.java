package dev.junction.loading;

import static dev.junction.association.Associations.through;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.Through;
import dev.junction.schema.DataType;
import dev.junction.testing.TestTarget;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The lesson's exercise: beaches have sandcastles, and lifeguards work shifts at beaches. {@code Shifts} is a
 * non-unique join model with its own columns ({@code day}, {@code hours}): the same lifeguard may work many
 * shifts at one beach. Counts every statement it runs.
 */
final class Beaches {
    record Beach(Long id, String name) { }

    record Lifeguard(Long id, String name) { }

    record Sandcastle(Long id, String name, Long BeachId) { }

    final Junction db;
    final AtomicInteger statements = new AtomicInteger();
    final Model<Beach> beaches;
    final Model<Lifeguard> lifeguards;
    final Model<Sandcastle> sandcastles;
    final BelongsToMany<Beach, Lifeguard> guards;
    final BelongsToMany<Lifeguard, Beach> posts;
    final HasMany<Beach, Sandcastle> castles;

    private Beaches(TestTarget target) {
        db = target.open(b -> b.listener((sql, params, nanos) -> statements.incrementAndGet()));
        beaches = db.define(Beach.class);
        lifeguards = db.define(Lifeguard.class);
        sandcastles = db.define(Sandcastle.class);
        db.define("Shifts", m -> m.attribute("day", DataType.string(10)).attribute("hours", DataType.integer()));
        guards = beaches.belongsToMany(lifeguards, through(Through.of("Shifts").unique(false)));
        posts = lifeguards.belongsToMany(beaches, through(Through.of("Shifts").unique(false)));
        castles = beaches.hasMany(sandcastles);
        db.sync();
    }

    static Beaches open(TestTarget target) {
        return new Beaches(target);
    }

    Beach beach(String name) {
        return beaches.create(new Beach(null, name));
    }

    Lifeguard lifeguard(String name) {
        return lifeguards.create(new Lifeguard(null, name));
    }

    Sandcastle castle(String name, Beach beach) {
        return sandcastles.create(new Sandcastle(null, name, beach.id()));
    }

    /** One shift: a new link row, even when the lifeguard already works at the beach. */
    void shift(Beach beach, Lifeguard lifeguard, String day, int hours) {
        guards.add(beach, java.util.List.of(lifeguard), Map.of("day", day, "hours", hours));
    }

    /** Statements run by {@code work}. */
    int count(Runnable work) {
        statements.set(0);
        work.run();
        return statements.get();
    }
}
