package dev.junction.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.schema.DataType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names: a UTC timestamp strictly after the last migration's, or Flyway's next version; one folder per dialect. */
class MigrationNamesTest {
    @TempDir
    Path root;

    private Junction db;

    @AfterEach
    void close() {
        if (db != null) db.close();
    }

    private GeneratedMigration generateWith(int columns, GenerateOptions options, String name) {
        if (db != null) db.close();
        db = Junction.open("jdbc:h2:mem:");
        db.define("Beach", m -> {
            for (int i = 0; i < columns; i++) m.attribute("c" + i, DataType.integer());
        });
        return MigrationGenerator.of(db, root).generate(name, options);
    }

    private List<String> files(String folder) throws Exception {
        try (Stream<Path> files = Files.list(root.resolve(folder))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void migrationsMadeWithinOneSecondStillGetIncreasingTimestamps() throws Exception {
        GeneratedMigration first = generateWith(1, GenerateOptions.defaults(), "Add beaches");
        GeneratedMigration second = generateWith(2, GenerateOptions.defaults(), "add_c1");
        GeneratedMigration third = generateWith(3, GenerateOptions.defaults(), "add c2");

        assertThat(first.name()).matches("\\d{14}-add-beaches");
        assertThat(second.name().substring(0, 14)).isGreaterThan(first.name().substring(0, 14));
        assertThat(third.name().substring(0, 14)).isGreaterThan(second.name().substring(0, 14));
        assertThat(files("sqlite")).containsExactly(first.name() + ".down.sql", first.name() + ".up.sql",
                second.name() + ".down.sql", second.name() + ".up.sql", third.name() + ".down.sql",
                third.name() + ".up.sql");
        assertThat(root.resolve("h2")).isDirectory();
        assertThat(root.resolve("postgresql")).isDirectory();
        assertThat(root.resolve("mariadb")).isDirectory();
    }

    @Test
    void flywayFilesAreVersionedAfterTheHighest() throws Exception {
        GeneratedMigration first = generateWith(1, GenerateOptions.defaults().flyway(true).dialects("postgresql"),
                "init");
        GeneratedMigration second = generateWith(2, GenerateOptions.defaults().flyway(true).dialects("postgresql"),
                "Add c1");

        assertThat(first.name()).isEqualTo("V1__init");
        assertThat(second.name()).isEqualTo("V2__add_c1");
        assertThat(files("postgresql")).containsExactly("U1__init.sql", "U2__add_c1.sql", "V1__init.sql",
                "V2__add_c1.sql");
        assertThat(root.resolve("h2")).doesNotExist();
        assertThat(second.files()).containsExactly(root.resolve("postgresql/V2__add_c1.sql"),
                root.resolve("postgresql/U2__add_c1.sql"), root.resolve("schema.yaml"));
        assertThat(second.changes()).containsExactly("add column Beaches.c1 INTEGER");
        assertThat(second).hasToString("Migration V2__add_c1:\n  add column Beaches.c1 INTEGER");
    }
}
