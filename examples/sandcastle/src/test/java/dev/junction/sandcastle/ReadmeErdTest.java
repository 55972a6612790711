package dev.junction.sandcastle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.cli.JunctionCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's sandcastle ERD is what {@code erd --format mermaid} draws for the town's models today. */
class ReadmeErdTest {
    @Test
    void theReadmeDiagramIsCurrent() throws IOException {
        StringWriter out = new StringWriter();
        int code = JunctionCli.run(new SandcastleApp(), new PrintWriter(out, true), new PrintWriter(new StringWriter()),
                "--url", "jdbc:h2:mem:readme-erd", "erd", "--format", "mermaid");
        assertThat(code).isZero();
        String readme = Files.readString(Path.of("../../README.md"));
        String block = readme.substring(readme.indexOf("<!-- erd:start -->"), readme.indexOf("<!-- erd:end -->"));
        String diagram = block.substring(block.indexOf("```mermaid\n") + 11, block.lastIndexOf("```"));
        assertThat(diagram.strip()).as("README ERD; regenerate with ./sandcastle erd --format mermaid")
                .isEqualTo(out.toString().strip());
    }
}
