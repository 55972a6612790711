package dev.junction.association.internal;

import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.association.Association;
import dev.junction.association.Link;
import dev.junction.association.With;
import dev.junction.internal.mapping.ValueEquality;
import dev.junction.internal.model.ModelImpl;
import dev.junction.query.Loaded;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates a row together with new rows of its associations, in one transaction (the caller's, or its own), in
 * Sequelize's order: belongsTo targets first (the row refers to them), then the row, then hasOne and hasMany
 * targets referring to it and belongsToMany targets with their link rows. Many targets of one association are one
 * bulk insert, their links another. Anything failing undoes all of it. Stateless.
 */
public final class CreateWithTargets {
    private CreateWithTargets() {
    }

    /** {@code instance} created with the new targets of {@code withs}, read back as a {@link Loaded}. */
    public static <S> Loaded<S> create(ModelImpl<S> model, S instance, With<?>[] withs) {
        if (instance == null) {
            throw new ValidationException(model.name(), null, model.name() + ".create: the instance is null");
        }
        List<With<?>> checked = checked(model, withs);
        return model.runtime().scope().atomic(model.transaction(), connection -> {
            Map<String, Object> referred = new LinkedHashMap<>();
            Map<With<?>, List<Object>> createdFirst = new HashMap<>();
            for (With<?> with : checked) {
                if (with.association() instanceof BelongsToImpl<?, ?> belongsTo) {
                    Object target = createTargets(belongsTo.target, with).get(0);
                    referred.put(belongsTo.foreignKey, belongsTo.targetValue(target, belongsTo.targetKey));
                    createdFirst.put(with, List.of(target));
                }
            }
            S source = referred.isEmpty() ? model.create(instance) : model.createWith(instance, referred);
            LoadedNode<S> node = new LoadedNode<>(source, model.valuesOf(source));
            for (With<?> with : checked) {
                LoadedNode.Sink sink = node.open(with.association());
                List<Object> first = createdFirst.get(with);
                if (first != null) {
                    first.forEach(t -> sink.add(new LoadedNode<>(t, null)));
                } else {
                    createDependents(source, with, sink);
                }
            }
            return node;
        });
    }

    /** The targets of a hasOne, hasMany or belongsToMany, created and added to {@code sink}. */
    private static void createDependents(Object source, With<?> with, LoadedNode.Sink sink) {
        Association<?, ?> association = with.association();
        if (association instanceof HasManyImpl<?, ?> hasMany) {
            Object owner = hasMany.sourceValue(source, hasMany.sourceKey);
            addAll(sink, bulkCreate(hasMany.target, with, Map.of(hasMany.foreignKey, owner)));
        } else if (association instanceof HasOneImpl<?, ?> hasOne) {
            Object owner = hasOne.sourceValue(source, hasOne.sourceKey);
            addAll(sink, bulkCreate(hasOne.target, with, Map.of(hasOne.foreignKey, owner)));
        } else if (association instanceof BelongsToManyImpl<?, ?> many) {
            createLinked(many, source, with, sink);
        }
    }

    /** belongsToMany: the targets in one bulk insert, then their links (with their join values) in another. */
    private static void createLinked(BelongsToManyImpl<?, ?> many, Object source, With<?> with,
                                     LoadedNode.Sink sink) {
        List<Object> created = createTargets(many.target, with);
        List<Object> links = new ArrayList<>(created.size());
        for (int i = 0; i < created.size(); i++) {
            Object given = with.targets().get(i);
            links.add(given instanceof Link link ? Link.of(created.get(i), link.through()) : created.get(i));
        }
        Object owner = many.sourceValue(source, many.sourceKey);
        Map<Object, Row> byTarget = new HashMap<>();
        for (Row row : new LinkWriter<>(many).addAllCreated(owner, links)) {
            byTarget.put(ValueEquality.key(row.get(many.otherKey())), row);
        }
        String[] names = null;
        ThroughLayout layout = null;
        for (Object target : created) {
            Row row = byTarget.get(ValueEquality.key(many.targetValue(target, many.targetKey())));
            if (layout == null) {
                names = row.keySet().toArray(String[]::new);
                layout = ThroughLayout.ofValues(names);
            }
            Object[] values = Arrays.stream(names).map(row::get).toArray();
            sink.add(layout.link(new LoadedNode<>(target, null), values), layout);
        }
    }

    private static void addAll(LoadedNode.Sink sink, List<?> created) {
        created.forEach(t -> sink.add(new LoadedNode<>(t, null)));
    }

    /** The targets of {@code with} (unwrapped from their {@link Link}s) created in one bulk insert. */
    private static <T> List<Object> createTargets(ModelImpl<T> target, With<?> with) {
        return new ArrayList<>(bulkCreate(target, with, Map.of()));
    }

    private static <T> List<T> bulkCreate(ModelImpl<T> target, With<?> with, Map<String, ?> forced) {
        List<T> instances = new ArrayList<>(with.targets().size());
        for (Object given : with.targets()) {
            Object instance = given instanceof Link link ? link.target() : given;
            if (!target.type().isInstance(instance)) {
                throw new ValidationException(target.name(), null, label(with) + ": a new target must be a "
                        + target.type().getSimpleName() + " to create, not " + describe(instance));
            }
            instances.add(target.type().cast(instance));
        }
        return target.bulkCreateWith(instances, forced);
    }

    /** The {@code withs} checked before anything is written: each of this model's, its targets well formed. */
    private static List<With<?>> checked(ModelImpl<?> model, With<?>[] withs) {
        List<With<?>> checked = new ArrayList<>();
        if (withs == null) return checked;
        for (With<?> with : withs) {
            if (with == null || with.association() == null) {
                throw new ValidationException(model.name(), null, model.name() + ".create: a With is null, or has"
                        + " no association");
            }
            Association<?, ?> association = with.association();
            if (!association.source().name().equals(model.name())) {
                throw new ValidationException(model.name(), null, model.name() + ".create: " + label(with)
                        + " is an association of " + association.source().name() + ", not of " + model.name());
            }
            boolean toOne = association.kind() == Association.Kind.BELONGS_TO
                    || association.kind() == Association.Kind.HAS_ONE;
            for (Object target : with.targets()) {
                if (target instanceof Link && association.kind() != Association.Kind.BELONGS_TO_MANY) {
                    throw new ValidationException(model.name(), null, label(with) + ": a Link carries join values,"
                            + " which only a belongsToMany has");
                }
            }
            if (toOne && with.targets().size() != 1) {
                throw new ValidationException(model.name(), null, label(with) + ": takes one new target");
            }
            checked.add(with);
        }
        return checked;
    }

    private static String label(With<?> with) {
        return with.association().source().name() + "." + with.association().as();
    }

    private static String describe(Object value) {
        return value == null ? "null" : "a " + value.getClass().getSimpleName();
    }
}
