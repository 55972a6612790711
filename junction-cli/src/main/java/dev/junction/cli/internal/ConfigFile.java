package dev.junction.cli.internal;

import dev.junction.JunctionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * {@code junction.yaml}: one section per environment, as sequelize-cli's {@code config.json} has.
 *
 * <pre>{@code
 * development:
 *   url: jdbc:h2:./dev
 * test:
 *   url: jdbc:postgresql://localhost/app_test
 *   user: app
 *   password: secret
 *   seeders: seeders/test
 * }</pre>
 *
 * Keys of a section: {@code url}, {@code user} (or {@code username}), {@code password}, {@code seeders} (a folder,
 * relative to the file's own folder), {@code migrations} (a folder, likewise). Values are the text written: YAML 1.1's implicit types are not applied, so
 * {@code password: 010} is {@code "010"}, not 8, and {@code user: no} is {@code "no"}, not false. A key with nothing
 * after it is absent. Immutable.
 */
final class ConfigFile {
    private static final Set<String> KEYS = Set.of("url", "user", "username", "password", "seeders",
            "migrations");

    /** One environment's settings; any may be null. */
    record Section(String url, String user, String password, Path seeders, Path migrations) {
    }

    private final Path path;
    private final Map<String, Section> sections;

    private ConfigFile(Path path, Map<String, Section> sections) {
        this.path = path;
        this.sections = sections;
    }

    /** Reads the file; a {@link JunctionException} names the file and what is wrong with it. */
    static ConfigFile read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new JunctionException("Cannot read config file " + path + " (" + e + ")", e);
        }
        Object root;
        try {
            root = textOnlyYaml().load(text);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new JunctionException("Config file " + path + ", line " + line + ": YAML syntax error: "
                    + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new JunctionException("Config file " + path + ": " + e.getMessage(), e);
        }
        Map<String, Section> sections = new LinkedHashMap<>();
        if (root != null && !(root instanceof Map<?, ?>)) {
            throw new JunctionException("Config file " + path + " must be a map of environment name to settings"
                    + " (development:, test:, production:)");
        }
        if (root != null) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) root).entrySet()) {
                sections.put(String.valueOf(entry.getKey()), section(path, String.valueOf(entry.getKey()),
                        entry.getValue()));
            }
        }
        return new ConfigFile(path, sections);
    }

    private static Section section(Path path, String env, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new JunctionException("Config file " + path + ": section '" + env + "' must be a map of "
                    + String.join(", ", List.of("url", "user", "password", "seeders", "migrations")));
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new JunctionException("Config file " + path + ": section '" + env + "' has an unknown key '"
                        + key + "' (known: url, user, password, seeders, migrations)");
            }
        }
        String userKey = map.get("user") != null ? "user" : "username";
        String seeders = text(path, env, "seeders", map.get("seeders"));
        String migrations = text(path, env, "migrations", map.get("migrations"));
        Path folder = path.toAbsolutePath().getParent();
        return new Section(text(path, env, "url", map.get("url")), text(path, env, userKey, map.get(userKey)),
                text(path, env, "password", map.get("password")), seeders == null ? null : folder.resolve(seeders),
                migrations == null ? null : folder.resolve(migrations));
    }

    /** Scalars stay the strings written, except that nothing at all is null. */
    private static Yaml textOnlyYaml() {
        LoaderOptions options = new LoaderOptions();
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new TextResolver());
    }

    /** Resolves no plain scalar to a type but text, except the empty one to null. */
    private static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    private static String text(Path path, String env, String key, Object value) {
        if (value != null && !(value instanceof String)) {
            throw new JunctionException("Config file " + path + ": '" + key + "' of section '" + env
                    + "' must be text, not " + (value instanceof Map<?, ?> ? "a map" : value instanceof List<?> ? "a list"
                    : "the tagged value " + value));
        }
        return (String) value;
    }

    /**
     * The section for {@code env}.
     *
     * @throws JunctionException naming the sections there are, when there is none for {@code env}
     */
    Section section(String env) {
        Section section = sections.get(env);
        if (section == null) {
            throw new JunctionException("Config file " + path + " has no section '" + env + "' (it has "
                    + String.join(", ", sections.keySet()) + ")");
        }
        return section;
    }
}
