package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.pull.ModelPuller;
import dev.junction.pull.PulledModels;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code db:pull} (also {@code models:pull}): reads the database and writes a Java record per table into
 * {@code --out} (default {@code src/main/java}), in {@code --package}; prints each file written and what the
 * records could not say. Only reads the database, and does not define the application's models.
 */
@Command(name = "db:pull", aliases = "models:pull",
        description = "Write a Java record per table of the database, with its keys and associations")
public final class DbPullCommand implements Callable<Integer> {
    private final RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--package", required = true, paramLabel = "PACKAGE",
            description = "Java package of the records, e.g. com.example.models")
    String javaPackage;

    @Option(names = "--out", paramLabel = "DIR", description = "Source root to write into (default: src/main/java)")
    Path out = Path.of("src", "main", "java");

    public DbPullCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Settings settings = root.settings();
        try (Junction db = Junction.open(JunctionConfig.builder().url(settings.url()).user(settings.user())
                .password(settings.password()).build())) {
            PulledModels pulled = ModelPuller.of(db).pull(javaPackage);
            List<Path> written = pulled.writeTo(root.resolve(out));
            PrintWriter printer = spec.commandLine().getOut();
            written.forEach(path -> printer.println("wrote " + path));
            pulled.warnings().forEach(warning -> printer.println("not modelled: " + warning));
            printer.println(written.size() + (written.size() == 1 ? " model" : " models") + " pulled into "
                    + root.resolve(out));
            return 0;
        }
    }
}
