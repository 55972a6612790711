package dev.junction.cli.internal;

import dev.junction.migration.MigrationReport;
import dev.junction.migration.MigrationStatus;
import java.io.PrintWriter;

/** How the migration commands print, after sequelize-cli: {@code == name: migrated}, {@code up   name}. */
final class MigrationLines {
    private MigrationLines() {
    }

    /** Each migration the report ran, then its notes; {@code nothing} when it ran none. */
    static void printReport(PrintWriter out, MigrationReport report, String nothing) {
        String done = "up".equals(report.direction()) ? "migrated" : "reverted";
        for (MigrationReport.Ran ran : report.ran()) {
            out.println("== " + ran.name() + ": " + done + " (" + ran.statements() + " statement"
                    + (ran.statements() == 1 ? "" : "s") + ")");
        }
        if (report.ran().isEmpty()) out.println(nothing);
        report.notes().forEach(note -> out.println("note: " + note));
    }

    /** {@code up     name}, {@code down   name}, {@code failed name  (why)}, {@code edited name  (checksums)}. */
    static String statusLine(MigrationStatus status) {
        String word = switch (status.state()) {
            case APPLIED -> status.edited() ? "edited" : "up";
            case APPLIED_BY_SEQUELIZE -> "up";
            case PENDING -> "down";
            case FAILED -> "failed";
            case MISSING_FILE -> "gone";
        };
        String why = status.state() == MigrationStatus.State.APPLIED_BY_SEQUELIZE ? "applied by sequelize-cli"
                : status.detail();
        return String.format("%-7s%s", word, status.name()) + (why == null ? "" : "  (" + why + ")");
    }
}
