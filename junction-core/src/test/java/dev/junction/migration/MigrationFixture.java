package dev.junction.migration;

import dev.junction.Junction;
import dev.junction.migration.internal.MigrationLayout;
import dev.junction.schema.internal.SchemaInspector;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

/**
 * A test's migrations root and database: writes migration files into the database's folder (SQL templates with
 * {@code {identifier}} placeholders, quoted for the database), and reads back tables and the ledger.
 */
final class MigrationFixture {
    final Path root;
    final TestTarget target;
    final Junction db;
    final RawSql raw;

    MigrationFixture(Path root, TestTarget target) {
        this(root, target, target.open());
    }

    MigrationFixture(Path root, TestTarget target, Junction db) {
        this.root = root;
        this.target = target;
        this.db = db;
        this.raw = new RawSql(target, db);
    }

    Migrator migrator() {
        return Migrator.of(db, root);
    }

    Path folder() {
        return root.resolve(MigrationLayout.folderName(db.dialect()));
    }

    /** Writes {@code fileName} into the database's folder: the template's identifiers quoted. */
    Path write(String fileName, String template) {
        return writeRaw(fileName, raw.sql(template));
    }

    /** Writes {@code fileName} into the database's folder as given. */
    Path writeRaw(String fileName, String text) {
        try {
            Files.createDirectories(folder());
            return Files.writeString(folder().resolve(fileName), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table {@code name (id INTEGER PRIMARY KEY, body VARCHAR(100))}, created and dropped. */
    void createAndDrop(String migration, String table) {
        write(migration + ".up.sql", "CREATE TABLE {" + table + "} ({id} INTEGER PRIMARY KEY, {body} VARCHAR(100));\n");
        write(migration + ".down.sql", "DROP TABLE {" + table + "};\n");
    }

    /** The database's tables, as it spells them. */
    List<String> tables() throws Exception {
        try (Connection c = target.jdbc()) {
            return new SchemaInspector(c).tableNames();
        }
    }

    /** The ledger's rows: name|state|statementsDone, by name. */
    List<String> ledger() throws Exception {
        return raw.rows("SELECT {name}, {state}, {statementsDone} FROM {JunctionMeta} ORDER BY {name}");
    }
}
