package dev.junction.migration;

import dev.junction.internal.Arguments;
import java.util.List;

/**
 * What a {@link Migrator} run did: each migration it ran or undid, in order, with how many statements it ran.
 * Immutable.
 *
 * @param direction {@code "up"} for migrate and resume, {@code "down"} for undo
 * @param ran       the migrations, in the order they ran; empty when there was nothing to do
 * @param notes     what the caller should know besides (a failed migration forgotten by undo and the statements of
 *                  it that had run; Sequelize entries left in place)
 */
public record MigrationReport(String direction, List<Ran> ran, List<String> notes) {
    /**
     * One migration that ran.
     *
     * @param name       its name
     * @param statements how many of its statements ran in this run (a resumed one: those after the failed one's
     *                   predecessors; a forgotten failed one: 0)
     */
    public record Ran(String name, int statements) {
    }

    public MigrationReport {
        ran = List.copyOf(Arguments.given(ran, "MigrationReport", "ran"));
        notes = List.copyOf(Arguments.given(notes, "MigrationReport", "notes"));
    }

    /** The names of the migrations that ran, in order. */
    public List<String> names() {
        return ran.stream().map(Ran::name).toList();
    }
}
