package dev.junction.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.junction.Junction;
import dev.junction.ValidationException;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed records are kept per namespace (two applications' files of one name on one database are each their own),
 * {@code db.drop()} forgets the files whose rows it dropped, and a ledger made before namespaces keeps working.
 */
class SeedNamespaceTest {
    @TempDir
    Path dir;

    record Note(Long id, String text) { }

    /** Another application's model of the same name as {@link Town.User}, on a table of its own. */
    @dev.junction.annotation.Table("Members")
    record User(Long id, String nickname) { }

    private Path folder(String name, String file, String text) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Town.write(folder, file, text);
        return folder;
    }

    @DialectTest
    void filesOfOneNameInTwoNamespacesDoNotShadowEachOther(TestTarget target) throws Exception {
        Junction db = Town.open(target);
        Seeder first = Seeder.of(db, folder("a", "01-people.yaml", "User: [{ username: alice }]\n"))
                .withNamespace("shows");
        Seeder second = Seeder.of(db, folder("b", "01-people.yaml", "User: [{ username: bob }]\n"))
                .withNamespace("beaches");

        assertThat(first.applyPending()).extracting(SeedFile::name).containsExactly("01-people.yaml");
        assertThat(second.applyPending()).extracting(SeedFile::name).containsExactly("01-people.yaml");
        RawSql raw = new RawSql(target, db);
        assertThat(raw.rows("SELECT {username} FROM {Users} ORDER BY {username}")).containsExactly("alice", "bob");

        assertThat(first.undoLast()).isPresent();
        assertThat(raw.rows("SELECT {username} FROM {Users}")).containsExactly("bob");
        assertThat(first.status()).extracting(SeedFile::applied).containsExactly(false);
        assertThat(second.status()).extracting(SeedFile::applied).containsExactly(true);

        first.applyPending();
        first.forgetAll();
        assertThat(first.status()).extracting(SeedFile::applied).containsExactly(false);
        assertThat(second.status()).extracting(SeedFile::applied).containsExactly(true);
    }

    @DialectTest
    void dropForgetsTheFilesWhoseRowsItDropped(TestTarget target) throws Exception {
        Junction db = Town.open(target);
        Seeder seeder = Seeder.of(db, folder("town", "01-people.yaml", "User: [{ username: alice }]\n"));
        Junction notes = target.open();
        notes.define(Note.class);
        notes.sync();
        Seeder noteSeeder = Seeder.of(notes, folder("notes", "01-people.yaml", "Note: [{ text: hi }]\n"))
                .withNamespace("notes");
        seeder.applyPending();
        noteSeeder.applyPending();

        db.drop();
        db.sync();

        assertThat(seeder.status()).extracting(SeedFile::name, SeedFile::applied)
                .containsExactly(tuple("01-people.yaml", false));
        assertThat(seeder.applyPending()).extracting(SeedFile::name).containsExactly("01-people.yaml");
        assertThat(new RawSql(target, db).count("Users")).isEqualTo(1);
        // The other application's file seeded a table drop() left alone: it stays applied.
        assertThat(noteSeeder.status()).extracting(SeedFile::applied).containsExactly(true);
        assertThat(noteSeeder.applyPending()).isEmpty();
        assertThat(new RawSql(target, db).count("Notes")).isEqualTo(1);
    }

    @DialectTest
    void dropForgetsByTableSoAnotherApplicationsModelOfTheSameNameKeepsItsFiles(TestTarget target) throws Exception {
        Junction db = Town.open(target);
        Seeder seeder = Seeder.of(db, folder("town", "01-people.yaml", "User: [{ username: alice }]\n"));
        Junction members = target.open();
        members.define(User.class);
        members.sync();
        Seeder memberSeeder = Seeder.of(members, folder("members", "01-members.yaml", "User: [{ nickname: bo }]\n"))
                .withNamespace("members");
        seeder.applyPending();
        memberSeeder.applyPending();

        db.drop();
        assertThat(seeder.status()).extracting(SeedFile::applied).containsExactly(false);
        assertThat(memberSeeder.status()).as("its User rows are in Members, which drop() left alone")
                .extracting(SeedFile::applied).containsExactly(true);

        db.sync();
        db.sync(dev.junction.schema.SyncMode.FORCE);
        assertThat(memberSeeder.status()).extracting(SeedFile::applied).containsExactly(true);
        assertThat(memberSeeder.applyPending()).isEmpty();
        assertThat(new RawSql(target, db).count("Members")).isEqualTo(1);
    }

    @DialectTest
    void syncForceForgetsTheFilesWhoseRowsItDroppedAndAnAlterForgetsNone(TestTarget target) throws Exception {
        Junction db = Town.open(target);
        Seeder seeder = Seeder.of(db, folder("town", "01-people.yaml", "User: [{ username: alice }]\n"));
        seeder.applyPending();
        db.sync(dev.junction.schema.SyncMode.ALTER);
        assertThat(seeder.status()).extracting(SeedFile::applied).containsExactly(true);

        db.sync(dev.junction.schema.SyncMode.FORCE);
        assertThat(seeder.status()).extracting(SeedFile::applied).containsExactly(false);
        assertThat(seeder.applyPending()).hasSize(1);
        assertThat(new RawSql(target, db).count("Users")).isEqualTo(1);
    }

    @DialectTest
    void aLedgerMadeBeforeNamespacesKeepsWorkingAndGainsItsNamespaceColumn(TestTarget target) throws Exception {
        Junction db = Town.open(target);
        Path folder = folder("town", "01-people.yaml", "User: [{ username: alice }, { username: bob }]\n");
        Town.write(folder, "02-shows.yaml", "Show: [{ title: Dune }]\n");
        Seeder seeder = Seeder.of(db, folder);
        seeder.apply("01-people");
        RawSql raw = new RawSql(target, db);
        toShapeBeforeNamespaces(raw, db);

        assertThat(seeder.status()).extracting(SeedFile::name, SeedFile::applied, SeedFile::rows)
                .containsExactly(tuple("01-people.yaml", true, 2L), tuple("02-shows.yaml", false, 0L));
        assertThat(seeder.withNamespace("other").status()).extracting(SeedFile::applied)
                .containsExactly(false, false);

        assertThat(seeder.applyPending()).extracting(SeedFile::name).containsExactly("02-shows.yaml");
        assertThat(raw.rows("SELECT {namespace}, {name} FROM {JunctionSeeds} ORDER BY {position}"))
                .containsExactly("default|01-people.yaml", "default|02-shows.yaml");
        assertThat(seeder.undoAll()).extracting(SeedFile::name).containsExactly("02-shows.yaml", "01-people.yaml");
        assertThat(raw.count("Users")).isZero();
        assertThat(raw.count("Shows")).isZero();
    }

    @DialectTest
    void undoingOnALedgerMadeBeforeNamespacesDeletesWhatTheFileInserted(TestTarget target) throws Exception {
        Junction db = Town.open(target);
        Seeder seeder = Seeder.of(db, folder("town", "01-people.yaml", "User: [{ username: alice }]\n"));
        seeder.applyPending();
        RawSql raw = new RawSql(target, db);
        toShapeBeforeNamespaces(raw, db);

        assertThat(seeder.undoLast()).map(SeedFile::name).contains("01-people.yaml");
        assertThat(raw.count("Users")).isZero();
        assertThat(seeder.applyPending()).hasSize(1);
        assertThat(raw.count("Users")).isEqualTo(1);
    }

    @DialectTest
    void aRebuildCutShortAfterDroppingTheOldTableIsFinishedByTheNextWrite(TestTarget target) throws Exception {
        Junction db = Town.open(target);
        Seeder seeder = Seeder.of(db, folder("town", "01-people.yaml", "User: [{ username: alice }]\n"));
        seeder.applyPending();
        RawSql raw = new RawSql(target, db);
        raw.script(raw.sql("ALTER TABLE {JunctionSeeds} RENAME TO {JunctionSeeds_v2}"));

        assertThat(seeder.applyPending()).isEmpty();
        assertThat(raw.count("Users")).isEqualTo(1);
        assertThat(raw.rows("SELECT {namespace}, {name} FROM {JunctionSeeds}")).containsExactly("default|01-people.yaml");
    }

    @DialectTest
    void aNamespaceMustBeGiven(TestTarget target) {
        Seeder seeder = Seeder.of(target.open(), dir);
        assertThatThrownBy(() -> seeder.withNamespace(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("namespace must not be null");
        assertThatThrownBy(() -> seeder.withNamespace(" ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("namespace must be 1 to 255 characters");
        assertThat(seeder.namespace()).isEqualTo(Seeder.DEFAULT_NAMESPACE);
    }

    /** Rewrites the ledger as Junction made it before namespaces: keyed by file name, no namespace column. */
    private static void toShapeBeforeNamespaces(RawSql raw, Junction db) throws Exception {
        var d = db.dialect();
        raw.script(raw.sql("CREATE TABLE {OldSeeds} ({name} " + d.columnType(DataType.string(255)) + " NOT NULL, "
                + "{position} " + d.columnType(DataType.bigint()) + " NOT NULL, {appliedAt} "
                + d.columnType(DataType.instant()) + " NOT NULL, {rowCount} " + d.columnType(DataType.bigint())
                + " NOT NULL, {insertedKeys} " + d.columnType(DataType.text()) + " NOT NULL, PRIMARY KEY ({name}),"
                + " UNIQUE ({position}))"),
                raw.sql("INSERT INTO {OldSeeds} SELECT {name}, {position}, {appliedAt}, {rowCount}, {insertedKeys}"
                        + " FROM {JunctionSeeds}"),
                raw.sql("DROP TABLE {JunctionSeeds}"),
                raw.sql("ALTER TABLE {OldSeeds} RENAME TO {JunctionSeeds}"));
        assertThat(raw.rows("SELECT {name} FROM {JunctionSeeds}")).isNotEmpty();
    }
}
