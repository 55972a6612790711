package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.JunctionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code erd --format mermaid|dot}: the entity-relationship diagram of the models, join tables included. */
@Command(name = "erd", description = "Print an entity-relationship diagram of the models: tables, keys, join"
        + " tables and the associations that use them")
public final class ErdCommand implements Callable<Integer> {
    /** The diagram languages. */
    public enum Format { mermaid, dot }

    private final RootCommand root;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid",
            description = "mermaid (default; rendered by GitHub and Markdown viewers) or dot (Graphviz)")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of the output")
    Path output;

    @Spec
    CommandSpec spec;

    public ErdCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        String diagram;
        try (Junction db = root.openWithModels()) {
            ModelGraph graph = ModelGraph.of(db);
            diagram = format == Format.dot ? ErdRenderer.dot(graph) : ErdRenderer.mermaid(graph);
        }
        if (output == null) {
            spec.commandLine().getOut().print(diagram);
            spec.commandLine().getOut().flush();
            return 0;
        }
        Path file = root.resolve(output);
        try {
            Files.writeString(file, diagram, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new JunctionException("Cannot write the diagram to " + file + " (" + e + ")", e);
        }
        spec.commandLine().getOut().println("Wrote " + file + ".");
        return 0;
    }
}
