package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.Row;
import dev.junction.association.Association;
import dev.junction.association.BelongsToMany;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An application's models as a graph, for the {@code models} listing and the ERD: every model (join models marked),
 * every foreign key as an edge labelled with the belongsTo/hasOne/hasMany associations that use it, and every
 * many-to-many pair as one edge through its join model, labelled with the associations declaring it. Immutable.
 */
final class ModelGraph {
    /** A model; {@code join} when some belongsToMany goes through it. */
    record Entity(ModelDefinition definition, boolean join) {
        String name() {
            return definition.name();
        }
    }

    /** A foreign key of {@code from} referring to {@code to}, and the associations that use it. */
    record ForeignKey(String from, Attribute attribute, String to, boolean toOne, List<String> usedBy) {
        /** Whether the key is part of its model's primary key (a join model's link). */
        boolean identifying(ModelDefinition definition) {
            return definition.primaryKey().contains(attribute);
        }
    }

    /** The two ends of a many-to-many, the join model between them, and the associations declaring it. */
    record ManyToMany(String one, String other, String through, List<String> declaredBy) {
    }

    private final List<Entity> entities;
    private final List<ForeignKey> foreignKeys;
    private final List<ManyToMany> manyToMany;

    private ModelGraph(List<Entity> entities, List<ForeignKey> foreignKeys, List<ManyToMany> manyToMany) {
        this.entities = entities;
        this.foreignKeys = foreignKeys;
        this.manyToMany = manyToMany;
    }

    static ModelGraph of(Junction db) {
        Map<String, List<String>> uses = new LinkedHashMap<>();
        Set<String> toOne = new LinkedHashSet<>();
        Map<String, ManyToMany> pairs = new LinkedHashMap<>();
        for (ModelDefinition d : db.definitions()) {
            for (Association<Row, ?> a : db.model(d.name()).associations()) {
                String target = a.target().name();
                String label = describe(a);
                switch (a.kind()) {
                    case BELONGS_TO -> use(uses, d.name(), a.foreignKey(), label);
                    case HAS_ONE -> {
                        use(uses, target, a.foreignKey(), label);
                        toOne.add(target + "." + a.foreignKey());
                    }
                    case HAS_MANY -> use(uses, target, a.foreignKey(), label);
                    case BELONGS_TO_MANY -> {
                        // Its keys' edges stay plain: the many-to-many edge through the join model names it.
                        String through = ((BelongsToMany<Row, ?>) a).through().name();
                        String key = through + ":" + (d.name().compareTo(target) <= 0 ? d.name() + "," + target
                                : target + "," + d.name());
                        pairs.computeIfAbsent(key, k -> new ManyToMany(d.name(), target, through, new ArrayList<>()))
                                .declaredBy().add(d.name() + "." + a.as());
                    }
                }
            }
        }
        Set<String> joins = new LinkedHashSet<>();
        pairs.values().forEach(p -> joins.add(p.through()));
        List<Entity> entities = db.definitions().stream().map(d -> new Entity(d, joins.contains(d.name()))).toList();
        List<ForeignKey> keys = new ArrayList<>();
        for (ModelDefinition d : db.definitions()) {
            for (Attribute a : d.references()) {
                String id = d.name() + "." + a.name();
                keys.add(new ForeignKey(d.name(), a, a.reference().model(), toOne.contains(id),
                        uses.getOrDefault(id, List.of())));
            }
        }
        return new ModelGraph(entities, keys, List.copyOf(pairs.values()));
    }

    private static void use(Map<String, List<String>> uses, String model, String attribute, String label) {
        List<String> labels = uses.computeIfAbsent(model + "." + attribute, k -> new ArrayList<>());
        if (!labels.contains(label)) labels.add(label);
    }

    /** {@code User.Favorites (belongsToMany Show)}. */
    static String describe(Association<?, ?> a) {
        String kind = switch (a.kind()) {
            case BELONGS_TO -> "belongsTo";
            case HAS_ONE -> "hasOne";
            case HAS_MANY -> "hasMany";
            case BELONGS_TO_MANY -> "belongsToMany";
        };
        return a.source().name() + "." + a.as() + " (" + kind + " " + a.target().name() + ")";
    }

    List<Entity> entities() {
        return entities;
    }

    List<ForeignKey> foreignKeys() {
        return foreignKeys;
    }

    List<ManyToMany> manyToMany() {
        return manyToMany;
    }

    /** The key markers of an attribute: {@code PK}, {@code FK}, {@code UK}. */
    static List<String> markers(ModelDefinition d, Attribute a) {
        List<String> markers = new ArrayList<>();
        if (d.primaryKey().contains(a)) markers.add("PK");
        if (a.reference() != null) markers.add("FK");
        boolean unique = a.unique() || d.uniqueKeys().stream().anyMatch(k -> k.attributes().contains(a));
        if (unique && !d.primaryKey().contains(a)) markers.add("UK");
        return markers;
    }

    /** A type as a diagram shows it: {@code bigint}, {@code string}. */
    static String type(Attribute a) {
        return a.type().kind().name().toLowerCase(Locale.ROOT);
    }
}
