package dev.junction.cli;

import dev.junction.cli.internal.ScannedApp;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code junction} command without writing a {@link JunctionApp}: {@code --models} names the application's
 * models, found on the class path it runs on; every other argument is {@link JunctionCli}'s.
 *
 * <pre>
 * junction --models com.example.models --url jdbc:postgresql://localhost/app db:migrate
 * mvn exec:java -Dexec.mainClass=dev.junction.cli.JunctionMain \
 *     -Dexec.args="--url jdbc:h2:./app --models com.example.models db:sync"
 * </pre>
 *
 * {@code --models} takes a package — its classes, and its subpackages', that declare a {@code static
 * associate(Models)} or {@code static init(ModelSpec)} hook or carry a {@code dev.junction.annotation} annotation —
 * or a class: one with {@code static List<Class<?>> models()}, or a {@link JunctionApp} (made with its no-argument
 * constructor). Give it more than once, or comma-separated, for several. The models are defined with
 * {@code defineAll}, so their {@code associate} hooks run once all are defined. The database is {@code --url},
 * {@code $JUNCTION_URL} or {@code junction.yaml}'s, as for any application; there is no default.
 */
public final class JunctionMain {
    private JunctionMain() {
    }

    /** Runs the command and exits with its code (0 success, 1 an error, 2 a usage error). */
    public static void main(String[] args) {
        System.exit(run(System.getenv(), Path.of(""), System.console() != null, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args));
    }

    /** Runs the command, printing to the given writers; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.getenv(), Path.of(""), false, out, err, args);
    }

    static int run(Map<String, String> environment, Path workingDir, boolean terminal, PrintWriter out,
                   PrintWriter err, String... args) {
        List<String> models = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--models")) {
                if (i + 1 == args.length) return usageError(err, "--models needs a package or class name");
                models.addAll(split(args[++i]));
            } else if (arg.startsWith("--models=")) {
                models.addAll(split(arg.substring("--models=".length())));
            } else {
                help |= List.of("-h", "--help", "-V", "--version").contains(arg);
                rest.add(arg);
            }
        }
        if (models.isEmpty() && !help) {
            return usageError(err, "--models is required: the package of the application's model classes, or a"
                    + " class listing them (junction --models com.example.models db:sync)");
        }
        JunctionApp app = ScannedApp.of(models, Thread.currentThread().getContextClassLoader());
        return JunctionCli.run(app, environment, workingDir, terminal, out, err, rest.toArray(String[]::new));
    }

    private static List<String> split(String value) {
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static int usageError(PrintWriter err, String message) {
        err.println("error: " + message);
        err.flush();
        return 2;
    }
}
