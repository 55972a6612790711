package dev.junction.cli.internal;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.cli.JunctionApp;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The application {@code junction --models …} runs: the models found on the class path (see {@link ModelScanner}),
 * or the {@link JunctionApp} a {@code --models} class is. Found when the command first needs them, so that
 * {@code --help} needs none and a bad {@code --models} is a one-line error (exit 1). No default URL.
 */
public final class ScannedApp implements JunctionApp {
    private final List<String> names;
    private final ModelScanner scanner;
    private JunctionApp delegate;

    private ScannedApp(List<String> names, ClassLoader loader) {
        this.names = List.copyOf(names);
        this.scanner = new ModelScanner(loader == null ? ScannedApp.class.getClassLoader() : loader);
    }

    /** The app {@code --models} names give, or the named JunctionApp itself when it is one alone. */
    public static JunctionApp of(List<String> names, ClassLoader loader) {
        return new ScannedApp(names, loader);
    }

    @Override
    public String defaultUrl() {
        JunctionApp app = app();
        return app == null ? null : app.defaultUrl();
    }

    @Override
    public void defineModels(Junction db) {
        JunctionApp app = app();
        if (app != null) {
            app.defineModels(db);
            return;
        }
        LinkedHashSet<Class<?>> models = new LinkedHashSet<>();
        for (String name : names) {
            Class<?> type = scanner.classNamed(name);
            models.addAll(type == null ? scanner.scan(name) : scanner.listed(type));
        }
        db.defineAll(models.toArray(Class<?>[]::new));
    }

    @Override
    public java.nio.file.Path defaultSeeders() {
        JunctionApp app = app();
        return app == null ? null : app.defaultSeeders();
    }

    @Override
    public java.nio.file.Path defaultMigrations() {
        JunctionApp app = app();
        return app == null ? null : app.defaultMigrations();
    }

    @Override
    public String seedNamespace() {
        JunctionApp app = app();
        return app == null ? JunctionApp.super.seedNamespace() : app.seedNamespace();
    }

    /** The JunctionApp named by the only {@code --models} value, if it is one; else null (the models are scanned). */
    private synchronized JunctionApp app() {
        if (delegate != null || names.size() != 1) return delegate;
        Class<?> type = scanner.classNamed(names.get(0));
        if (type == null || !JunctionApp.class.isAssignableFrom(type)) return null;
        try {
            delegate = (JunctionApp) type.getDeclaredConstructor().newInstance();
            return delegate;
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new DefinitionException("--models " + type.getName() + ": cannot make the JunctionApp with its"
                    + " no-argument constructor (" + cause + ")", cause);
        }
    }
}
