package dev.junction.migration.internal.run;

import dev.junction.migration.internal.MigrationLayout;
import dev.junction.migration.MigrationStatus;
import dev.junction.migration.MigrationStatus.State;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The migrations on disk read against what the ledgers record, at one moment: which are applied (by Junction or by
 * sequelize-cli), pending, failed, edited since, or recorded with their file gone. Immutable.
 */
public final class MigrationBook {
    private static final Pattern FLYWAY_NAME = Pattern.compile("V(\\d+)__.*");
    /** The files sequelize-cli runs as migrations: {@code /^(?!.*\.d\.ts$).*\.(cjs|js|cts|ts)$/}. */
    private static final Pattern SEQUELIZE_EXTENSION = Pattern.compile("\\.(cjs|js|cts|ts)$");

    private final List<MigrationFile> files;
    private final Map<String, MigrationLedger.Entry> entries = new LinkedHashMap<>();
    private final List<String> sequelize;
    private final Set<String> bySequelize;

    public MigrationBook(List<MigrationFile> files, List<MigrationLedger.Entry> entries, List<String> sequelize) {
        this.files = List.copyOf(files);
        entries.forEach(e -> this.entries.put(e.name(), e));
        this.sequelize = List.copyOf(sequelize);
        this.bySequelize = sequelize.stream().map(MigrationBook::withoutScriptExtension).collect(Collectors.toSet());
    }

    /** Sequelize's entries first (those no file stands for), then every file in order, then records of lost files. */
    public List<MigrationStatus> status() {
        List<MigrationStatus> out = new ArrayList<>();
        Set<String> fileNames = files.stream().map(MigrationFile::name).collect(Collectors.toSet());
        for (String name : sequelize) {
            if (!fileNames.contains(withoutScriptExtension(name))) {
                out.add(new MigrationStatus(name, State.APPLIED_BY_SEQUELIZE, null, null, false, null));
            }
        }
        for (MigrationFile file : files) out.add(status(file));
        for (MigrationLedger.Entry entry : lost()) {
            out.add(new MigrationStatus(entry.name(), State.MISSING_FILE, entry.checksum(), entry.appliedAt(), false,
                    "recorded in " + MigrationLedger.TABLE + " but its file is gone"));
        }
        return out;
    }

    private MigrationStatus status(MigrationFile file) {
        if (bySequelize.contains(file.name())) {
            return new MigrationStatus(file.name(), State.APPLIED_BY_SEQUELIZE, file.checksum(), null, false,
                    "recorded in " + MigrationLedger.SEQUELIZE_TABLE + " by sequelize-cli");
        }
        MigrationLedger.Entry entry = entries.get(file.name());
        if (entry == null) return new MigrationStatus(file.name(), State.PENDING, file.checksum(), null, false, null);
        boolean edited = !entry.checksum().equals(file.checksum());
        String detail = edited ? edited(file, entry) : null;
        if (entry.failed()) {
            String failure = entry.failedStatement() == null
                    ? "running, or interrupted after statement " + entry.statementsDone() + " (its process stopped)"
                    : "failed at statement " + (entry.statementsDone() + 1) + " (statements 1-"
                    + entry.statementsDone() + " ran): " + entry.failedStatement();
            detail = detail == null ? failure : failure + "; " + detail;
        }
        return new MigrationStatus(file.name(), entry.failed() ? State.FAILED : State.APPLIED, entry.checksum(),
                entry.appliedAt(), edited, detail);
    }

    /** {@code 2026…-x.up.sql was edited after it was applied: checksum recorded …, file now …}. */
    static String edited(MigrationFile file, MigrationLedger.Entry entry) {
        return file.upFileName() + " was edited after it was applied: checksum recorded " + entry.checksum()
                + ", file now " + file.checksum();
    }

    /** Files that neither ledger records, in order. */
    public List<MigrationFile> pending() {
        return files.stream().filter(f -> !entries.containsKey(f.name()) && !bySequelize.contains(f.name())).toList();
    }

    /** Recorded migrations whose up file changed since, in order. */
    public List<String> edits() {
        List<String> out = new ArrayList<>();
        for (MigrationFile file : files) {
            MigrationLedger.Entry entry = entries.get(file.name());
            if (entry != null && !entry.checksum().equals(file.checksum())) out.add(edited(file, entry));
        }
        return out;
    }

    /** The migration that stopped at a statement, if one did. */
    public Optional<MigrationLedger.Entry> failed() {
        return entries.values().stream().filter(MigrationLedger.Entry::failed).findFirst();
    }

    /** Junction's records, newest first. */
    public List<MigrationLedger.Entry> recordedNewestFirst() {
        return entries.values().stream().sorted(Comparator.comparing((MigrationLedger.Entry e) -> order(e.name()))
                .thenComparing(MigrationLedger.Entry::name).reversed()).toList();
    }

    /** The file of {@code name}. */
    public Optional<MigrationFile> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Junction's record of {@code name}. */
    public Optional<MigrationLedger.Entry> entry(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** Whether sequelize-cli applied {@code name} (recorded as {@code name}, {@code name.js}, {@code name.cjs}, …). */
    public boolean appliedBySequelize(String name) {
        return bySequelize.contains(withoutScriptExtension(name));
    }

    /** Whether sequelize-cli recorded anything. */
    public boolean hasSequelizeEntries() {
        return !sequelize.isEmpty();
    }

    private List<MigrationLedger.Entry> lost() {
        Set<String> fileNames = files.stream().map(MigrationFile::name).collect(Collectors.toSet());
        List<MigrationLedger.Entry> lost = new ArrayList<>(recordedNewestFirst());
        java.util.Collections.reverse(lost);
        return lost.stream().filter(e -> !fileNames.contains(e.name())).toList();
    }

    /** The order of a recorded name: its file's, else read from the name. */
    private BigInteger order(String name) {
        Optional<MigrationFile> file = file(name);
        if (file.isPresent()) return file.get().order();
        if (MigrationLayout.isJunctionName(name)) return new BigInteger(name.substring(0, 14));
        Matcher flyway = FLYWAY_NAME.matcher(name);
        return flyway.matches() ? new BigInteger(flyway.group(1)) : BigInteger.ZERO;
    }

    /**
     * {@code name} without the extension of a file sequelize-cli runs ({@code .js}, {@code .cjs}, {@code .ts},
     * {@code .cts}): {@code SequelizeMeta} records each migration under its file name.
     */
    static String withoutScriptExtension(String name) {
        return SEQUELIZE_EXTENSION.matcher(name).replaceFirst("");
    }
}
