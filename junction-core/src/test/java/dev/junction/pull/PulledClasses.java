package dev.junction.pull;

import dev.junction.Junction;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles pulled records with the JDK's compiler and loads them, as a project would after {@code db:pull}. */
public final class PulledClasses {
    private PulledClasses() {
    }

    /** Writes {@code pulled} under {@code dir}, compiles it there and loads its classes (sorted by file). */
    public static List<Class<?>> compile(PulledModels pulled, Path dir)
            throws IOException, ReflectiveOperationException {
        Path sources = dir.resolve("src");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<Path> files = pulled.writeTo(sources);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        // The surefire class path may be one manifest jar: Junction's own classes are named as well.
        String classPath = System.getProperty("java.class.path") + File.pathSeparator
                + Path.of(Junction.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, null, null)) {
            Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromPaths(files);
            boolean ok = compiler.getTask(null, manager, diagnostics, List.of("-classpath", classPath, "-d",
                    classes.toString(), "-proc:none"), null, units).call();
            if (!ok) {
                throw new AssertionError("the pulled records do not compile:\n" + diagnostics.getDiagnostics()
                        + "\n" + String.join("\n", pulled.files().values()));
            }
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                PulledClasses.class.getClassLoader());
        List<Class<?>> loaded = new ArrayList<>();
        for (String name : pulled.classNames()) loaded.add(loader.loadClass(name));
        return loaded;
    }

    /** The class of {@code classes} with simple name {@code simpleName}. */
    public static Class<?> named(List<Class<?>> classes, String simpleName) {
        return classes.stream().filter(c -> c.getSimpleName().equals(simpleName)).findFirst().orElseThrow(
                () -> new AssertionError("no pulled class " + simpleName + " among " + classes.stream()
                        .map(Class::getSimpleName).collect(Collectors.joining(", "))));
    }

    /** The value of record component {@code component} of {@code record}. */
    public static Object value(Object record, String component) {
        try {
            return Stream.of(record.getClass().getRecordComponents()).filter(c -> c.getName().equals(component))
                    .findFirst().orElseThrow(() -> new AssertionError(record + " has no " + component))
                    .getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
