package dev.junction.cli.internal;

import dev.junction.JunctionException;
import dev.junction.seed.Seeder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the command connects and finds its seeds, from its options, the environment and {@code junction.yaml}:
 *
 * <ul>
 *   <li>environment: {@code --env}, else {@code $JUNCTION_ENV}, else {@code development};</li>
 *   <li>config file: {@code --config FILE} (which must exist), else {@code junction.yaml} in the working directory
 *       if there is one;</li>
 *   <li>URL: {@code --url}, else {@code $JUNCTION_URL}, else the environment's {@code url} in the config file, else
 *       the application's default. The config file's {@code user} and {@code password} go with its {@code url};</li>
 *   <li>seeders folder: {@code --seeders}, else the environment's {@code seeders}, else the application's
 *   default, else {@code seeders/};</li>
 *   <li>migrations folder: {@code --migrations}, else the environment's {@code migrations}, else
 *   {@code migrations/}.</li>
 * </ul>
 *
 * @param env      the environment's name
 * @param url      the JDBC URL
 * @param user     the user, or null (then the URL may carry one)
 * @param password the password, or null
 * @param seeders  the seeders folder
 * @param migrations the migrations folder
 */
record Settings(String env, String url, String user, String password, Path seeders, Path migrations) {
    /** The environment variable naming the environment. */
    static final String ENV_VARIABLE = "JUNCTION_ENV";
    /** The environment variable giving the URL. */
    static final String URL_VARIABLE = "JUNCTION_URL";
    /** The config file looked for in the working directory. */
    static final String CONFIG_FILE = "junction.yaml";
    /** The migrations folder, in the working directory, when no option or config names one. */
    static final String MIGRATIONS_FOLDER = "migrations";

    /** What the options say; null where an option was not given. */
    record Options(String url, String env, Path seeders, Path config, Path migrations) {
    }

    static Settings resolve(Options options, String appDefaultUrl, Path appDefaultSeeders,
                            Map<String, String> environment, Path workingDir) {
        String env = first(options.env(), environment.get(ENV_VARIABLE), "development");
        ConfigFile.Section section = section(options, workingDir, env);
        String fromEnvironment = blankToNull(environment.get(URL_VARIABLE));
        String url;
        String user = null;
        String password = null;
        if (options.url() != null) {
            url = options.url();
        } else if (fromEnvironment != null) {
            url = fromEnvironment;
        } else if (section != null && section.url() != null) {
            url = section.url();
            user = section.user();
            password = section.password();
        } else {
            url = appDefaultUrl;
        }
        Path seeders = options.seeders() != null ? workingDir.resolve(options.seeders())
                : section != null && section.seeders() != null ? section.seeders()
                : appDefaultSeeders != null ? appDefaultSeeders : workingDir.resolve(Seeder.DEFAULT_FOLDER);
        Path migrations = options.migrations() != null ? workingDir.resolve(options.migrations())
                : section != null && section.migrations() != null ? section.migrations()
                : workingDir.resolve(MIGRATIONS_FOLDER);
        return new Settings(env, url, user, password, seeders, migrations);
    }

    private static ConfigFile.Section section(Options options, Path workingDir, String env) {
        Path file;
        if (options.config() != null) {
            file = workingDir.resolve(options.config());
            if (!Files.isRegularFile(file)) throw new JunctionException("No config file at " + file);
        } else {
            file = workingDir.resolve(CONFIG_FILE);
            if (!Files.isRegularFile(file)) return null;
        }
        return ConfigFile.read(file).section(env);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (blankToNull(value) != null) return value;
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
