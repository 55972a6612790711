package dev.junction.pull;

import dev.junction.JunctionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The records {@link ModelPuller} made: one Java source per table, by file path under a source root. Immutable.
 */
public final class PulledModels {
    private final String javaPackage;
    private final Map<String, String> files;
    private final List<String> warnings;

    PulledModels(String javaPackage, Map<String, String> files, List<String> warnings) {
        this.javaPackage = javaPackage;
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
        this.warnings = List.copyOf(warnings);
    }

    /** The package of the records. */
    public String javaPackage() {
        return javaPackage;
    }

    /** Each record's source by its path under a source root ({@code com/example/models/User.java}), sorted. */
    public Map<String, String> files() {
        return files;
    }

    /** The records' fully qualified class names, sorted by file. */
    public List<String> classNames() {
        List<String> names = new ArrayList<>();
        for (String file : files.keySet()) {
            String simple = file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length());
            names.add(javaPackage.isEmpty() ? simple : javaPackage + "." + simple);
        }
        return names;
    }

    /**
     * What the records could not say about their tables (a column of a type Junction lacks, a foreign key of
     * several columns, a table without a primary key), one line each; also written as comments in the records.
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Writes every record under {@code sourceRoot} (folders made as needed; existing files of the same name
     * replaced) and returns the files written, in order.
     *
     * @throws JunctionException naming the file when one cannot be written
     */
    public List<Path> writeTo(Path sourceRoot) {
        dev.junction.internal.Arguments.given(sourceRoot, "PulledModels.writeTo", "sourceRoot");
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = sourceRoot.resolve(file.getKey());
            try {
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new JunctionException("Cannot write " + path + ": " + e.getMessage(), e);
            }
            written.add(path);
        }
        return written;
    }
}
