package dev.junction.cli.internal;

import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Draws a {@link ModelGraph} as an entity-relationship diagram: Mermaid's {@code erDiagram} (GitHub and most
 * Markdown viewers render it) or Graphviz DOT. Join models are marked and keep their keys; foreign-key edges carry
 * the associations that use them; each many-to-many is one more edge through its join model. Stateless.
 */
final class ErdRenderer {
    private ErdRenderer() {
    }

    static String mermaid(ModelGraph graph) {
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (ModelGraph.Entity e : graph.entities()) {
            ModelDefinition d = e.definition();
            out.append("    %% ").append(d.name()).append(": table ").append(d.tableName())
                    .append(e.join() ? ", join model" : "").append('\n');
            out.append("    ").append(d.name()).append(" {\n");
            for (Attribute a : d.attributes()) {
                List<String> markers = ModelGraph.markers(d, a);
                out.append("        ").append(ModelGraph.type(a)).append(' ').append(a.name());
                if (!markers.isEmpty()) out.append(' ').append(String.join(", ", markers));
                if (a.reference() != null) {
                    out.append(" \"→ ").append(a.reference().model()).append('.').append(a.reference().attribute())
                            .append('"');
                }
                out.append('\n');
            }
            out.append("    }\n");
        }
        Map<String, ModelDefinition> byName = definitions(graph);
        for (ModelGraph.ForeignKey k : graph.foreignKeys()) {
            String one = k.attribute().allowNull() ? "|o" : "||";
            String line = k.identifying(byName.get(k.from())) ? "--" : "..";
            out.append("    ").append(k.to()).append(' ').append(one).append(line).append(k.toOne() ? "o|" : "o{")
                    .append(' ').append(k.from()).append(" : \"").append(label(k, "; ")).append("\"\n");
        }
        for (ModelGraph.ManyToMany m : graph.manyToMany()) {
            out.append("    ").append(m.one()).append(" }o..o{ ").append(m.other()).append(" : \"")
                    .append(String.join(", ", m.declaredBy())).append(" through ").append(m.through())
                    .append("\"\n");
        }
        return out.toString();
    }

    static String dot(ModelGraph graph) {
        StringBuilder out = new StringBuilder("digraph models {\n    rankdir=LR;\n")
                .append("    node [shape=record, fontname=\"Helvetica\", fontsize=10];\n")
                .append("    edge [fontname=\"Helvetica\", fontsize=9];\n");
        for (ModelGraph.Entity e : graph.entities()) {
            ModelDefinition d = e.definition();
            StringBuilder label = new StringBuilder("{").append(record(d.name() + (e.join() ? " (join)" : "")))
                    .append("\\n").append(record("table " + d.tableName())).append('|');
            for (Attribute a : d.attributes()) {
                List<String> markers = ModelGraph.markers(d, a);
                String text = a.name() + " : " + ModelGraph.type(a)
                        + (markers.isEmpty() ? "" : " " + String.join(", ", markers))
                        + (a.reference() == null ? "" : " → " + a.reference().model() + "." + a.reference().attribute());
                label.append(record(text)).append("\\l");
            }
            label.append('}');
            out.append("    ").append(quoted(d.name())).append(" [label=\"").append(label).append('"')
                    .append(e.join() ? ", style=filled, fillcolor=\"#fff3c4\"" : "").append("];\n");
        }
        for (ModelGraph.ForeignKey k : graph.foreignKeys()) {
            out.append("    ").append(quoted(k.from())).append(" -> ").append(quoted(k.to())).append(" [label=")
                    .append(quoted(label(k, "\n"))).append(", dir=both, arrowhead=tee, arrowtail=")
                    .append(k.toOne() ? "odot" : "crow").append("];\n");
        }
        for (ModelGraph.ManyToMany m : graph.manyToMany()) {
            out.append("    ").append(quoted(m.one())).append(" -> ").append(quoted(m.other())).append(" [label=")
                    .append(quoted(String.join(", ", m.declaredBy()) + "\nthrough " + m.through()))
                    .append(", style=dashed, dir=both, arrowhead=crow, arrowtail=crow];\n");
        }
        return out.append("}\n").toString();
    }

    /** {@code BeachId: Sandcastle.Beach (belongsTo Beach); Beach.Sandcastles (hasMany Sandcastle)}. */
    private static String label(ModelGraph.ForeignKey k, String separator) {
        if (k.usedBy().isEmpty()) return k.attribute().name();
        return k.attribute().name() + ": " + String.join(separator, k.usedBy());
    }

    private static Map<String, ModelDefinition> definitions(ModelGraph graph) {
        return graph.entities().stream().map(ModelGraph.Entity::definition)
                .collect(Collectors.toMap(ModelDefinition::name, Function.identity()));
    }

    /** Escapes what a DOT record label treats as structure. */
    private static String record(String text) {
        return text.replaceAll("([\\\\{}|<>\"])", "\\\\$1");
    }

    /** A DOT string literal. */
    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
