package dev.junction.migration.internal.generate;

import dev.junction.migration.internal.MigrationLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Picks the next migration's name from the files already in the dialect folders: a UTC {@code yyyyMMddHHmmss}
 * timestamp strictly after the last one (Junction layout), or the version after the highest (Flyway layout).
 */
public final class MigrationNaming {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private MigrationNaming() {
    }

    /** The timestamp for a migration made at {@code now}: later than every existing one in {@code folders}. */
    public static String nextTimestamp(Instant now, List<Path> folders) {
        LocalDateTime next = LocalDateTime.ofInstant(now, ZoneOffset.UTC).withNano(0);
        for (String name : names(folders)) {
            String migration = name.endsWith(MigrationLayout.UP_SUFFIX)
                    ? name.substring(0, name.length() - MigrationLayout.UP_SUFFIX.length())
                    : name.endsWith(MigrationLayout.DOWN_SUFFIX)
                    ? name.substring(0, name.length() - MigrationLayout.DOWN_SUFFIX.length()) : null;
            if (migration == null || !MigrationLayout.isJunctionName(migration)) continue;
            LocalDateTime existing = LocalDateTime.parse(migration.substring(0, 14), TIMESTAMP);
            if (!next.isAfter(existing)) next = existing.plusSeconds(1);
        }
        return next.format(TIMESTAMP);
    }

    /** One more than the highest Flyway version in {@code folders} (1 when there is none). */
    public static int nextFlywayVersion(List<Path> folders) {
        int highest = 0;
        for (String name : names(folders)) {
            Matcher m = MigrationLayout.flywayFile(name);
            if (m != null) highest = Math.max(highest, Integer.parseInt(m.group(2)));
        }
        return highest + 1;
    }

    private static List<String> names(List<Path> folders) {
        return folders.stream().filter(Files::isDirectory).flatMap(folder -> {
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(p -> p.getFileName().toString()).toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
