package dev.junction.seed;

import dev.junction.Junction;
import dev.junction.internal.Arguments;
import dev.junction.seed.internal.SeedFileRunner;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Applies the seed files of a folder (default {@code seeders/}) to a database, records them, and undoes them.
 * Thread-safe; cheap to make.
 *
 * <pre>{@code
 * Seeder seeder = Seeder.of(db, Path.of("seeders"));
 * seeder.applyPending();     // 01-users.yaml, 02-shows.yaml, 03-favorites.yaml — each in one transaction
 * seeder.applyPending();     // nothing: applied files are recorded
 * seeder.undoLast();         // deletes exactly the rows 03-favorites.yaml inserted
 * seeder.status();           // applied and pending files
 * }</pre>
 *
 * <h2>Seed files</h2>
 * Files ending in {@code .yaml}, {@code .yml} or {@code .json} are applied in name order (prefix them:
 * {@code 01-users.yaml}). A file is a map of model name to a list of rows — or a list of such maps, to list a
 * model twice — in YAML or JSON. Join models are named like any model:
 *
 * <pre>{@code
 * User:
 *   - { username: alice }
 *   - { username: bob }
 * Show:
 *   - { title: Dune, premiered: 2021-10-22 }
 * UserFavorites:                                   # the join model of User belongsToMany Show
 *   - { User: { username: alice }, Show: { title: Dune } }
 *   - { UserId: 2, ShowId: 1 }                     # plain keys work too
 * Sandcastle:
 *   - { name: Moat Manor, Beach: { name: North Beach } }   # belongsTo target by natural key → BeachId
 * }</pre>
 *
 * <p>A key of a row is an attribute; or the name of one of the model's {@code belongsTo} associations; or the name
 * of a model that exactly one of its foreign keys refers to ({@code User:} in a join model is its {@code UserId}).
 * The value of a foreign key is the referenced key itself, or a <em>natural key</em>: a map of the referenced
 * model's attributes (which may be references in turn) that must match exactly one row — of the database, or of an
 * earlier block of the same file. Scalars are read as the attribute's type: numbers, exact decimals, booleans, ISO
 * dates and times ({@code 2024-05-01}, {@code 2024-05-01T10:15:30Z}), UUIDs, enum names, base64 for binary.
 * Defaults and timestamps are filled as by {@code create}.
 *
 * <h2>Records, undo and errors</h2>
 * Each applied file is recorded in the table {@code JunctionSeeds}, under the seeder's namespace
 * ({@link #withNamespace}, so that applications sharing a database keep their own records), with the keys of the rows
 * it inserted: applying again skips it, and undoing it deletes exactly those rows (the file's blocks in reverse order) — and refuses,
 * naming them, while rows made otherwise refer to them through foreign keys, unless asked to cascade
 * ({@link UndoOptions}). Each file is
 * applied, or undone, in one transaction. A bad file — YAML syntax, an unknown model or column, a value of the wrong
 * type, a reference matching no row or several, a constraint the database enforces — is a {@link SeedException}
 * naming file, line, entry and column, and leaves the database as it was; files applied before it stay applied.
 *
 * <h2>Several processes</h2>
 * Applying or undoing a file holds a lock shared by every process on the database (an advisory lock on PostgreSQL,
 * {@code GET_LOCK} on MariaDB/MySQL, a lock within the JVM on the embedded H2 and SQLite) from before its transaction
 * begins until after it ends, and checks the ledger under it: two seed runs at once apply each file once — the
 * second skips what the first applied — and every applied file has a position of its own.
 */
public final class Seeder {
    /**
     * The table that records applied files. No model may use it ({@code define} refuses with a
     * {@code DefinitionException}), and Junction drops it only when it is its own ledger.
     */
    public static final String LEDGER_TABLE = "JunctionSeeds";

    /** The folder seed files are read from unless another is given. */
    public static final String DEFAULT_FOLDER = "seeders";

    /**
     * The namespace of a seeder that names none, and of every file recorded before namespaces existed: one
     * application per database needs no other.
     */
    public static final String DEFAULT_NAMESPACE = "default";

    private final Junction db;
    private final Path folder;
    private final String namespace;
    private final SeedFileRunner runner;
    private final SeedProgress progress;

    private Seeder(Junction db, Path folder, String namespace, SeedProgress progress) {
        this.db = db;
        this.folder = folder;
        this.namespace = namespace;
        this.runner = new SeedFileRunner(db, namespace);
        this.progress = progress;
    }

    /** A seeder for the files in {@code seeders/} of the working directory. */
    public static Seeder of(Junction db) {
        return of(Arguments.given(db, "Seeder.of", "db"), Path.of(DEFAULT_FOLDER));
    }

    /** A seeder for the files in {@code folder}. */
    public static Seeder of(Junction db, Path folder) {
        Arguments.given(db, "Seeder.of", "db");
        return new Seeder(db, Arguments.given(folder, "Seeder.of", "folder"), DEFAULT_NAMESPACE, SeedProgress.NONE);
    }

    /** This seeder, reporting its progress to {@code listener}. */
    public Seeder withProgress(SeedProgress listener) {
        return new Seeder(db, folder, namespace, Arguments.given(listener, "Seeder", "listener"));
    }

    /**
     * This seeder, recording its files under {@code namespace} (an application's name): files of the same name
     * that applications of other namespaces applied to the same database are theirs, neither skipped nor undone
     * by this one. {@link #DEFAULT_NAMESPACE} unless given.
     *
     * @throws dev.junction.ValidationException when {@code namespace} is null, blank or longer than 255 characters
     */
    public Seeder withNamespace(String namespace) {
        Arguments.given(namespace, "Seeder.withNamespace", "namespace");
        if (namespace.isBlank() || namespace.length() > 255) {
            throw new dev.junction.ValidationException(null, null, "Seeder: namespace must be 1 to 255 characters, not blank (got '"
                    + namespace + "')");
        }
        return new Seeder(db, folder, namespace, progress);
    }

    /** The namespace its files are recorded under. */
    public String namespace() {
        return namespace;
    }

    /** The folder the files are read from. */
    public Path folder() {
        return folder;
    }

    /**
     * Every file: those on disk in name order, applied or pending, then applied ones no longer on disk. A missing
     * folder has no files.
     */
    public List<SeedFile> status() {
        Map<String, SeedFile> files = new LinkedHashMap<>();
        List<String> onDisk = Files.isDirectory(folder) ? names() : List.of();
        Map<String, SeedFileRunner.Applied> applied = new LinkedHashMap<>();
        runner.applied().forEach(a -> applied.put(a.name(), a));
        for (String name : onDisk) {
            SeedFileRunner.Applied a = applied.get(name);
            files.put(name, a == null ? new SeedFile(name, null, 0, true) : file(a, true));
        }
        applied.values().forEach(a -> files.putIfAbsent(a.name(), file(a, false)));
        return List.copyOf(files.values());
    }

    /**
     * Applies every pending file in name order, each in its own transaction; returns those applied now (none when
     * all are applied already). Stops at the first bad file, which is left pending with the ones after it.
     *
     * @throws SeedException when a file is bad, or the folder is missing
     */
    public List<SeedFile> applyPending() {
        List<String> names = names();
        java.util.Set<String> applied = new java.util.HashSet<>();
        runner.applied().forEach(a -> applied.add(a.name()));
        List<SeedFile> done = new ArrayList<>();
        for (String name : names) {
            if (!applied.contains(name)) apply(name, folder.resolve(name)).ifPresent(done::add);
        }
        return done;
    }

    /**
     * Applies one file, named with or without its extension, whether or not files before it are applied; empty
     * when it is applied already.
     *
     * @throws SeedException when there is no such file, or it is bad
     */
    public Optional<SeedFile> apply(String name) {
        String file = find(name);
        return apply(file, folder.resolve(file));
    }

    /**
     * Undoes the file applied last; empty when none is applied. Refuses while rows made otherwise refer to rows it
     * seeded (see {@link #undoLast(UndoOptions)}).
     *
     * @throws SeedException naming those rows, or when a row cannot be deleted; nothing is deleted
     */
    public Optional<SeedFile> undoLast() {
        return undoLast(UndoOptions.refuse());
    }

    /**
     * Undoes the file applied last, treating rows made otherwise that refer to its rows as {@code options} say;
     * empty when none is applied.
     *
     * @throws SeedException when such rows exist and {@code options} refuse, or a row cannot be deleted; nothing is
     *                       deleted
     */
    public Optional<SeedFile> undoLast(UndoOptions options) {
        List<SeedFileRunner.Applied> applied = runner.applied();
        if (applied.isEmpty()) return Optional.empty();
        return undoApplied(applied.get(applied.size() - 1).name(), options);
    }

    /** Undoes every applied file, the latest first, refusing as {@link #undoLast()} does; returns them in order. */
    public List<SeedFile> undoAll() {
        return undoAll(UndoOptions.refuse());
    }

    /**
     * Undoes every applied file, the latest first, each in its own transaction; returns them in that order. A file
     * that cannot be undone stops it: the later files stay undone, it and the earlier ones stay applied.
     */
    public List<SeedFile> undoAll(UndoOptions options) {
        List<SeedFileRunner.Applied> applied = new ArrayList<>(runner.applied());
        Collections.reverse(applied);
        List<SeedFile> undone = new ArrayList<>();
        for (SeedFileRunner.Applied a : applied) undoApplied(a.name(), options).ifPresent(undone::add);
        return undone;
    }

    /**
     * Undoes one applied file, named with or without its extension; empty when it is a file of the folder that is
     * not applied.
     *
     * @throws SeedException when no file of that name is applied or in the folder
     */
    public Optional<SeedFile> undo(String name) {
        return undo(name, UndoOptions.refuse());
    }

    /**
     * Undoes one applied file as {@link #undoLast(UndoOptions)} does; empty when it is a file of the folder that is
     * not applied.
     *
     * @throws SeedException when no file of that name is applied or in the folder (as {@link #apply} says)
     */
    public Optional<SeedFile> undo(String name, UndoOptions options) {
        Arguments.given(name, "Seeder.undo", "name");
        Arguments.given(options, "Seeder", "options");
        List<SeedFileRunner.Applied> applied = runner.applied();
        for (SeedFileRunner.Applied a : applied) {
            if (a.name().equals(name) || stem(a.name()).equals(name)) return undoApplied(a.name(), options);
        }
        List<String> onDisk = Files.isDirectory(folder) ? names() : List.of();
        if (onDisk.stream().anyMatch(f -> f.equals(name) || stem(f).equals(name))) return Optional.empty();
        throw new SeedException("No seed file " + name + " is applied or in " + folder + " (applied: "
                + (applied.isEmpty() ? "none" : String.join(", ", applied.stream().map(SeedFileRunner.Applied::name)
                .toList())) + ")", name, 0, null, null, null);
    }

    /**
     * Forgets every applied file of this seeder's namespace, for when the seeded tables themselves were dropped:
     * every file is pending again. Deletes no seeded row; the {@code JunctionSeeds} table is dropped when no other
     * namespace has files in it. ({@code Junction.drop()} forgets the files whose rows it dropped by itself.)
     *
     * @throws SeedException when a table of that name exists but is not Junction's ledger; it is left alone
     */
    public void forgetAll() {
        runner.forgetAll();
    }

    private Optional<SeedFile> undoApplied(String name, UndoOptions options) {
        Arguments.given(options, "Seeder", "options");
        return runner.undo(name, options, progress).map(u -> new SeedFile(u.applied().name(),
                u.applied().appliedAt(), u.applied().rows(), Files.exists(folder.resolve(name)), u.cascaded()));
    }

    private Optional<SeedFile> apply(String name, Path path) {
        return runner.apply(name, read(name, path), progress).map(a -> file(a, true));
    }

    private String read(String name, Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new SeedException("Seed file " + name + ": is not UTF-8 text", name, 0, null, null, e);
        } catch (IOException e) {
            throw new SeedException("Seed file " + name + ": cannot be read (" + e + ")", name, 0, null, null, e);
        }
    }

    private String find(String name) {
        List<String> names = names();
        for (String file : names) {
            if (file.equals(name)) return file;
        }
        List<String> stems = names.stream().filter(f -> stem(f).equals(name)).toList();
        if (stems.size() == 1) return stems.get(0);
        throw new SeedException("No seed file " + name + " in " + folder + (stems.isEmpty() ? " (files: "
                + String.join(", ", names) + ")" : " (several match: " + String.join(", ", stems) + ")"),
                name, 0, null, null, null);
    }

    /** The seed files in the folder, in name order. */
    private List<String> names() {
        if (!Files.isDirectory(folder)) {
            throw new SeedException("No seeders folder at " + folder.toAbsolutePath() + " (create it, or name"
                    + " another)", folder.toString(), 0, null, null, null);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(Seeder::isSeedFile).sorted().toList();
        } catch (IOException e) {
            throw new SeedException("Cannot list the seeders folder " + folder + " (" + e + ")", folder.toString(),
                    0, null, null, e);
        }
    }

    private static boolean isSeedFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"));
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static SeedFile file(SeedFileRunner.Applied a, boolean onDisk) {
        return new SeedFile(a.name(), a.appliedAt(), a.rows(), onDisk);
    }
}
