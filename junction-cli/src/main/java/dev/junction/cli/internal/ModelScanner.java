package dev.junction.cli.internal;

import dev.junction.DefinitionException;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds an application's model classes on its class path for {@code junction --models}: the classes of a package
 * (and its subpackages) that look like models, or the classes a listing class names. Stateless.
 *
 * <p>A class of a package is a model when it is a concrete, named, top-level or static nested class (not an enum,
 * interface or annotation) that declares a {@code static associate(Models)} or {@code static init(ModelSpec)} hook,
 * or carries a Junction annotation ({@code dev.junction.annotation}) on itself, a field or a record component.
 */
public final class ModelScanner {
    private static final String ANNOTATIONS = "dev.junction.annotation.";

    private final ClassLoader loader;

    public ModelScanner(ClassLoader loader) {
        this.loader = loader;
    }

    /** The class named {@code name}, if there is one on the class path. */
    public Class<?> classNamed(String name) {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /**
     * The models a listing class names through {@code static List<Class<?>> models()} (any collection of classes).
     *
     * @throws DefinitionException when it has no such method, or it fails
     */
    public List<Class<?>> listed(Class<?> listing) {
        Method models;
        try {
            models = listing.getDeclaredMethod("models");
        } catch (NoSuchMethodException e) {
            throw new DefinitionException("--models " + listing.getName() + ": the class neither lists models"
                    + " (static List<Class<?>> models()) nor implements JunctionApp");
        }
        if (!Modifier.isStatic(models.getModifiers())) {
            throw new DefinitionException("--models " + listing.getName() + ": models() must be static");
        }
        try {
            models.setAccessible(true);
            Object value = models.invoke(null);
            if (!(value instanceof Collection<?> classes)) {
                throw new DefinitionException("--models " + listing.getName() + ": models() must return a collection"
                        + " of classes, not " + value);
            }
            List<Class<?>> found = new ArrayList<>();
            for (Object c : classes) {
                if (!(c instanceof Class<?> type)) {
                    throw new DefinitionException("--models " + listing.getName() + ": models() lists " + c
                            + ", which is not a class");
                }
                found.add(type);
            }
            return found;
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new DefinitionException("--models " + listing.getName() + ": models() failed: " + cause, cause);
        }
    }

    /**
     * The model classes of {@code packageName} and its subpackages, by class name.
     *
     * @throws DefinitionException when the package has none (or is not on the class path)
     */
    public List<Class<?>> scan(String packageName) {
        TreeSet<String> names = new TreeSet<>();
        String path = packageName.replace('.', '/');
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) names.addAll(classNames(roots.nextElement(), packageName));
        } catch (IOException | URISyntaxException e) {
            throw new DefinitionException("--models " + packageName + ": cannot read the class path (" + e + ")", e);
        }
        List<Class<?>> models = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (isModel(type)) models.add(type);
            } catch (ClassNotFoundException | LinkageError e) {
                // A class that cannot be loaded here (a missing optional dependency) is not a model to define.
            }
        }
        if (models.isEmpty()) {
            throw new DefinitionException("--models " + packageName + ": no model classes in this package (a model"
                    + " class declares static associate(Models) or init(ModelSpec), or carries a"
                    + " dev.junction.annotation annotation such as @Column or @Table; or name a class listing the"
                    + " models with static List<Class<?>> models())");
        }
        return models;
    }

    private static List<String> classNames(URL root, String packageName) throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        if (root.getProtocol().equals("file")) {
            Path dir = Path.of(root.toURI());
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                    String relative = dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
                    names.add(packageName + "." + relative.substring(0, relative.length() - ".class".length()));
                });
            }
        } else if (root.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            String prefix = packageName.replace('.', '/') + "/";
            try (JarFile jar = connection.getJarFile()) {
                for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (name.startsWith(prefix) && name.endsWith(".class")) {
                        names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                    }
                }
            }
        }
        names.removeIf(n -> n.endsWith("package-info") || n.endsWith("module-info"));
        return names;
    }

    /** Whether {@code type} looks like a model class (see the class comment). */
    static boolean isModel(Class<?> type) {
        int modifiers = type.getModifiers();
        if (type.isInterface() || type.isEnum() || type.isAnnotation() || type.isAnonymousClass()
                || type.isLocalClass() || type.isSynthetic() || Modifier.isAbstract(modifiers)) {
            return false;
        }
        if (type.isMemberClass() && !Modifier.isStatic(modifiers)) return false;
        if (hasHook(type, "associate", dev.junction.Models.class)
                || hasHook(type, "init", dev.junction.schema.ModelSpec.class)) {
            return true;
        }
        if (junctionAnnotated(type)) return true;
        if (type.isRecord() && Arrays.stream(type.getRecordComponents()).anyMatch(ModelScanner::junctionAnnotated)) {
            return true;
        }
        return Arrays.stream(type.getDeclaredFields()).anyMatch(ModelScanner::junctionAnnotated);
    }

    private static boolean hasHook(Class<?> type, String name, Class<?> parameter) {
        try {
            return Modifier.isStatic(type.getDeclaredMethod(name, parameter).getModifiers());
        } catch (NoSuchMethodException | LinkageError e) {
            return false;
        }
    }

    private static boolean junctionAnnotated(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .anyMatch(a -> a.annotationType().getName().startsWith(ANNOTATIONS));
    }
}
