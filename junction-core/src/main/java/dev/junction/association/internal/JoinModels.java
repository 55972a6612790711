package dev.junction.association.internal;

import dev.junction.DefinitionException;
import dev.junction.Row;
import dev.junction.association.Through;
import dev.junction.internal.Runtime;
import dev.junction.internal.model.ModelImpl;
import dev.junction.schema.ModelSpec;
import dev.junction.schema.internal.ClassModelReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code belongsToMany} sides of every join model, and the join models they make. Sequelize accepts the sides
 * in any order, though a side's keys may depend on a partner declared later; so a join model is applied (defined or
 * amended, and every side told its keys) whenever its sides are complete, and otherwise waits, as it was, with its
 * sides' plans cleared. {@link #complete} forces the resolution — at sync, at the end of {@code defineAll}, at the
 * first use of a side or of the join model — and reports what is still missing. Guarded by the
 * {@link AssociationRegistry}'s lock; not thread-safe on its own.
 */
final class JoinModels {
    private final Runtime runtime;
    private final Map<String, List<JoinSide>> sides = new HashMap<>();
    /** The join models whose sides are not resolved yet. */
    private final Set<String> pending = new LinkedHashSet<>();
    /** The join models made here from a name alone (not defined by the caller). */
    private final Set<String> implicit = new HashSet<>();

    JoinModels(Runtime runtime) {
        this.runtime = runtime;
    }

    /**
     * Adds a side to join model {@code through}: applies the join model when the sides are complete, else leaves it
     * as it was until they are.
     *
     * @throws DefinitionException when the side contradicts another, or the completed join model is wrong; nothing
     *                             is changed then
     */
    void declare(String through, JoinSide side, ModelImpl<?> declaring) {
        List<JoinSide> all = new ArrayList<>(sides.getOrDefault(through, List.of()));
        all.add(side);
        JoinResolver resolver = new JoinResolver(through, all);
        if (resolver.incomplete() == null) {
            apply(through, all, resolver, declaring);
            pending.remove(through);
        } else {
            all.forEach(s -> s.impl().plan(null));
            pending.add(through);
        }
        sides.put(through, all);
    }

    /** Resolves every waiting join model; {@link DefinitionException} naming the sides of one that cannot be. */
    void completeAll() {
        for (String through : new ArrayList<>(pending)) complete(through);
    }

    /** Resolves the join model of {@code side} if it waits; {@link DefinitionException} if it cannot be. */
    void completeFor(BelongsToManyImpl<?, ?> side) {
        sides.forEach((through, all) -> {
            if (all.stream().anyMatch(s -> s.impl() == side)) complete(through);
        });
    }

    /** Resolves join model {@code through} if it waits; {@link DefinitionException} if its sides are incomplete. */
    void complete(String through) {
        if (!pending.contains(through)) return;
        List<JoinSide> all = sides.get(through);
        JoinResolver resolver = new JoinResolver(through, all);
        String incomplete = resolver.incomplete();
        if (incomplete != null) throw new DefinitionException(incomplete);
        apply(through, all, resolver, all.get(0).source());
        pending.remove(through);
    }

    private void apply(String through, List<JoinSide> all, JoinResolver resolver, ModelImpl<?> declaring) {
        defineOrAmend(through, all.get(0).through(), declaring, resolver);
        all.forEach(s -> s.impl().plan(resolver.plan(s)));
    }

    private void defineOrAmend(String name, Through through, ModelImpl<?> source, JoinResolver resolver) {
        Consumer<ModelSpec> contribution = resolver.contribution();
        if (runtime.models().contains(name)) {
            runtime.models().amend(name, "join", implicit.contains(name)
                    ? contribution.andThen(timestamps(resolver)) : contribution);
            return;
        }
        Map<String, Consumer<ModelSpec>> parts = new LinkedHashMap<>();
        if (through.type() != null) {
            parts.put("define", spec -> { });
            parts.put("join", contribution);
            runtime.models().define(through.type(), name, ClassModelReader.properties(through.type()), parts);
            return;
        }
        boolean underscored = source.definition().underscored();
        // An implicit join model takes its table name verbatim, as Sequelize does.
        parts.put("define", spec -> spec.freezeTableName().underscored(underscored));
        parts.put("join", contribution.andThen(timestamps(resolver)));
        runtime.models().define(Row.class, name, List.of(), parts);
        implicit.add(name);
    }

    /** Applies the timestamps choice of whichever side made one, so a later side's choice counts too. */
    private static Consumer<ModelSpec> timestamps(JoinResolver resolver) {
        Boolean timestamps = resolver.timestamps();
        return spec -> {
            if (timestamps != null) spec.timestamps(timestamps);
        };
    }
}
