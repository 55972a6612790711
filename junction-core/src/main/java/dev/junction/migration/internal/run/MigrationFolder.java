package dev.junction.migration.internal.run;

import dev.junction.migration.internal.MigrationLayout;
import dev.junction.migration.MigrationException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads one dialect's migration folder ({@link MigrationLayout}): pairs up and down files, orders them, and refuses a
 * folder it would misread — both layouts mixed, a down file without its up file, two Flyway files of one version, or a
 * {@code .sql} file whose name looks like a misspelt migration (it would otherwise be skipped in silence). Other files
 * are ignored. Stateless; thread-safe.
 */
public final class MigrationFolder {
    /** Names that look meant as a migration: a leading digit, a V/U/R and digit, or an up/down suffix. */
    private static final Pattern LOOKS_LIKE_MIGRATION =
            Pattern.compile("(?i)(\\d.*|[vur]\\d.*|[vur]_.*|.*\\.(up|down)\\.sql)");

    private MigrationFolder() {
    }

    /** The text of a migration file, read as UTF-8. */
    public static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MigrationException(file + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new MigrationException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** SHA-256 hex of {@code text} with {@code \r\n} and {@code \r} read as {@code \n}. */
    public static String checksum(String text) {
        try {
            byte[] bytes = text.replace("\r\n", "\n").replace('\r', '\n').getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }

    /**
     * The migrations in {@code folder}, in the order they run.
     *
     * @throws MigrationException when the folder is missing or holds files it would misread
     */
    public static List<MigrationFile> read(Path folder, String dialectName) {
        if (!Files.isDirectory(folder)) {
            throw new MigrationException("There is no folder " + folder + " with the " + dialectName + " migrations"
                    + " (migrations live in one folder per database: <migrations>/" + folder.getFileName() + "/)");
        }
        Map<String, Path> ups = new HashMap<>();
        Map<String, Path> downs = new TreeMap<>();
        Map<String, BigInteger> orders = new HashMap<>();
        List<String> junction = new ArrayList<>();
        List<String> flyway = new ArrayList<>();
        for (Path file : files(folder)) {
            String fileName = file.getFileName().toString();
            Matcher fly = MigrationLayout.flywayFile(fileName);
            if (fly != null) {
                flyway.add(fileName);
                String name = "V" + fly.group(2) + "__" + fly.group(3);
                put(fly.group(1).equals("V") ? ups : downs, name, file);
                putOrder(orders, name, new BigInteger(fly.group(2)), fileName, folder);
            } else if (junctionFile(fileName, MigrationLayout.UP_SUFFIX) != null) {
                junction.add(fileName);
                String name = junctionFile(fileName, MigrationLayout.UP_SUFFIX);
                put(ups, name, file);
                orders.put(name, new BigInteger(name.substring(0, 14)));
            } else if (junctionFile(fileName, MigrationLayout.DOWN_SUFFIX) != null) {
                junction.add(fileName);
                String name = junctionFile(fileName, MigrationLayout.DOWN_SUFFIX);
                put(downs, name, file);
                orders.put(name, new BigInteger(name.substring(0, 14)));
            } else if (fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".sql")
                    && LOOKS_LIKE_MIGRATION.matcher(fileName).matches()) {
                throw new MigrationException(file + " looks like a migration but is named like neither layout, so it"
                        + " would never run: name it <yyyyMMddHHmmss>-<name>.up.sql / .down.sql (lower-case name),"
                        + " or V<n>__<name>.sql / U<n>__<name>.sql for Flyway");
            }
        }
        if (!junction.isEmpty() && !flyway.isEmpty()) {
            throw new MigrationException(folder + " mixes the Junction layout (" + junction.get(0) + ") and the"
                    + " Flyway layout (" + flyway.get(0) + "): their orders cannot be merged; keep one per folder");
        }
        for (String name : downs.keySet()) {
            if (!ups.containsKey(name)) {
                throw new MigrationException(downs.get(name) + " is a down file without its up file (" + name
                        + (flyway.isEmpty() ? MigrationLayout.UP_SUFFIX : ".sql") + "): restore the up file or"
                        + " delete the down file");
            }
        }
        List<MigrationFile> out = new ArrayList<>();
        ups.forEach((name, up) -> out.add(new MigrationFile(name, orders.get(name), up, downs.get(name),
                checksum(read(up)))));
        out.sort(MigrationFile.ORDER);
        return out;
    }

    private static String junctionFile(String fileName, String suffix) {
        if (!fileName.endsWith(suffix)) return null;
        String name = fileName.substring(0, fileName.length() - suffix.length());
        return MigrationLayout.isJunctionName(name) ? name : null;
    }

    private static void put(Map<String, Path> files, String name, Path file) {
        Path other = files.putIfAbsent(name, file);
        if (other != null) {
            throw new MigrationException(file + " and " + other + " are the same migration " + name + "; keep one");
        }
    }

    /** Flyway runs versions, not names: two names of one version would be ambiguous. */
    private static void putOrder(Map<String, BigInteger> orders, String name, BigInteger version, String fileName,
                                 Path folder) {
        orders.put(name, version);
        for (Map.Entry<String, BigInteger> e : orders.entrySet()) {
            if (e.getValue().equals(version) && !e.getKey().equals(name)) {
                throw new MigrationException(folder.resolve(fileName) + " has the version " + version + " of "
                        + e.getKey() + " too (or its down file names it differently): each version needs its own"
                        + " number");
            }
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new MigrationException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
