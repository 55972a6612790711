package dev.junction.seed.internal;

import dev.junction.Junction;
import dev.junction.Row;
import dev.junction.UnknownModelException;
import dev.junction.association.Association;
import dev.junction.internal.model.ModelImpl;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import dev.junction.schema.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Checks a {@link SeedDocument} against the models and makes its {@link SeedPlan}. A key of an entry is, in this
 * order: an attribute; the name of a {@code belongsTo} association of the model; the name of a model exactly one
 * of its foreign keys refers to (a join model's {@code User:} is its {@code UserId}). A map given for a foreign key
 * is a natural key of the referenced model, whose keys are read the same way. Stateless apart from the database.
 */
final class SeedPlanner {
    private final Junction db;
    /** Models and keys seen already: a file names the same few thousands of times. */
    private final Map<String, ModelImpl<Row>> models = new HashMap<>();
    private final Map<String, Attribute> attributes = new HashMap<>();

    SeedPlanner(Junction db) {
        this.db = db;
    }

    List<SeedPlan.Block> plan(SeedDocument document) {
        Site file = Site.file(document.file());
        List<SeedPlan.Block> blocks = new ArrayList<>();
        for (SeedDocument.Block block : document.blocks()) {
            ModelImpl<Row> model = model(file.at(block.line()), block.model());
            List<SeedPlan.Entry> entries = new ArrayList<>(block.entries().size());
            for (SeedDocument.Entry entry : block.entries()) {
                Site site = file.entry(model.name(), entry.index(), entry.line());
                entries.add(new SeedPlan.Entry(site, fields(site, model, entry.fields(), "")));
            }
            blocks.add(new SeedPlan.Block(model, block.line(), entries));
        }
        return blocks;
    }

    private ModelImpl<Row> model(Site site, String name) {
        ModelImpl<Row> known = models.get(name);
        if (known != null) return known;
        try {
            // Seeds read and write rows as they are, as Sequelize's seeders do: no default scope.
            ModelImpl<Row> model = (ModelImpl<Row>) db.model(name).unscoped();
            models.put(name, model);
            return model;
        } catch (UnknownModelException e) {
            List<String> names = db.definitions().stream().map(d -> d.name()).toList();
            throw site.error("unknown model '" + name + "' (models: " + String.join(", ", names) + ")");
        }
    }

    /** The fields of an entry (or, with a {@code prefix}, of a natural key inside one). */
    private List<SeedPlan.Field> fields(Site entry, ModelImpl<Row> model, List<SeedDocument.Field> given,
                                        String prefix) {
        List<SeedPlan.Field> fields = new ArrayList<>(given.size());
        Set<String> seen = new HashSet<>();
        for (SeedDocument.Field field : given) {
            Site site = entry.column(prefix + field.key(), field.line());
            Attribute attribute = attribute(site, model, field.key());
            if (!seen.add(attribute.name())) {
                throw site.error(model.name() + "." + attribute.name() + " is given twice in this "
                        + (prefix.isEmpty() ? "entry" : "key"));
            }
            fields.add(field(site, model, attribute, field));
        }
        return fields;
    }

    private SeedPlan.Field field(Site site, ModelImpl<Row> model, Attribute attribute, SeedDocument.Field field) {
        Node value = field.value();
        boolean jsonText = attribute.type().javaType() == String.class;
        if (attribute.type().kind() == DataType.Kind.JSON && !(jsonText && value instanceof ScalarNode)) {
            if (jsonText) throw site.error(model.name() + "." + attribute.name() + " holds JSON text: give it as text");
            return new SeedPlan.Field(attribute, site.at(SeedParser.line(value)), YamlValues.plain(value), null);
        }
        if (value instanceof MappingNode map) {
            Reference reference = attribute.reference();
            if (reference == null) {
                throw site.error(model.name() + "." + attribute.name() + " refers to no model, so it takes a value,"
                        + " not a key like " + text(map));
            }
            ModelImpl<Row> target = model(site, reference.model());
            List<SeedDocument.Field> keyFields = SeedParser.fields(site, map);
            if (keyFields.isEmpty()) {
                throw site.error("an empty key matches every " + target.name() + "; name the row, e.g. {id: 1}");
            }
            Attribute referenced = target.definition().attribute(reference.attribute()).orElseThrow();
            List<SeedPlan.Field> key = fields(site, target, keyFields, site.column() + ".");
            return new SeedPlan.Field(attribute, site, null, new Lookup(target, referenced, key, site, text(map)));
        }
        if (value instanceof SequenceNode) {
            throw site.error("a list is not a value of " + model.name() + "." + attribute.name());
        }
        if (SeedParser.isNull(value)) {
            return new SeedPlan.Field(attribute, site, null, null);
        }
        try {
            Object literal = ScalarValues.read(model.name(), attribute, ((ScalarNode) value).getValue());
            return new SeedPlan.Field(attribute, site.at(SeedParser.line(value)), literal, null);
        } catch (IllegalArgumentException e) {
            throw site.at(SeedParser.line(value)).error(model.name() + "." + attribute.name() + " "
                    + e.getMessage());
        }
    }

    /** The attribute a key names: itself, a belongsTo alias, or the one foreign key to a model of that name. */
    private Attribute attribute(Site site, ModelImpl<Row> model, String key) {
        String id = model.name() + '\0' + key;
        Attribute known = attributes.get(id);
        if (known == null) {
            known = findAttribute(site, model, key);
            attributes.put(id, known);
        }
        return known;
    }

    private Attribute findAttribute(Site site, ModelImpl<Row> model, String key) {
        var own = model.definition().attribute(key);
        if (own.isPresent()) return own.get();
        for (Association<Row, ?> association : model.associations()) {
            if (association.kind() == Association.Kind.BELONGS_TO && association.as().equals(key)) {
                return model.definition().attribute(association.foreignKey()).orElseThrow();
            }
        }
        List<Attribute> referring = model.definition().references().stream()
                .filter(a -> a.reference().model().equals(key)).toList();
        if (referring.size() == 1) return referring.get(0);
        if (referring.size() > 1) {
            throw site.error(model.name() + " refers to " + key + " by " + names(referring)
                    + "; name the attribute instead of the model");
        }
        List<String> keys = new ArrayList<>(model.definition().attributesByName().keySet());
        model.definition().references().forEach(a -> keys.add(a.reference().model()));
        throw site.error(model.name() + " has no attribute '" + key + "' (it takes " + String.join(", ",
                keys.stream().distinct().toList()) + ")");
    }

    private static String names(List<Attribute> attributes) {
        return String.join(" and ", attributes.stream().map(Attribute::name).toList());
    }

    /** A node as flow YAML ({@code {title: Dune}}), for messages. */
    static String text(Node node) {
        if (node instanceof ScalarNode scalar) return scalar.getValue();
        if (node instanceof SequenceNode list) {
            return "[" + String.join(", ", list.getValue().stream().map(SeedPlanner::text).toList()) + "]";
        }
        List<String> pairs = new ArrayList<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            pairs.add(text(tuple.getKeyNode()) + ": " + text(tuple.getValueNode()));
        }
        return "{" + String.join(", ", pairs) + "}";
    }
}
