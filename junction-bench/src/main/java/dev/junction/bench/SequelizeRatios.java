package dev.junction.bench;

import java.util.List;

/**
 * The Sequelize part of {@link Report}: where {@code junction-bench/run --sequelize} added the results of
 * {@code junction-bench/sequelize} (Sequelize 6 on PostgreSQL, the same workloads in Sequelize's idiom), one line per
 * workload {@code ratio <W> postgresql sequelize/junction=<x>} (W4 also {@code sequelizeTx/junction=<y>}, its set in a
 * transaction), and a small table for {@code docs/BENCHMARKS.md}. Nothing is printed for a workload Sequelize did not
 * run; a ratio whose Junction time is missing prints as {@code n/a} (W9 before its Java workload exists) without
 * failing the report, since the Sequelize script fails the run itself when a check fails.
 */
final class SequelizeRatios {
    /** The workloads junction-bench/sequelize runs. */
    static final List<String> WORKLOADS = List.of("W1", "W2", "W4", "W5", "W9");
    /** Its contenders: Sequelize's idiomatic call, and (W4) the same call in a managed transaction. */
    static final List<String> CONTENDERS = List.of("sequelize", "sequelizeTx");
    static final String DB = "postgresql";

    private SequelizeRatios() {
    }

    /** The lower bound on Sequelize ÷ Junction, or NaN where the ratio is only informative. */
    static double target(String workload) {
        return switch (workload) {
            case "W1" -> 10;
            case "W4", "W5" -> 3;
            default -> Double.NaN;
        };
    }

    static void print(Report report) {
        for (String workload : WORKLOADS) {
            StringBuilder line = new StringBuilder();
            for (String contender : CONTENDERS) {
                Report.Score sequelize = report.score(workload, DB, contender);
                if (sequelize == null) continue;
                double[] ratio = Report.ratio(sequelize, report.score(workload, DB, "junction"));
                line.append(' ').append(contender).append("/junction=").append(Report.fixed(ratio[0]));
            }
            if (!line.isEmpty()) System.out.println("ratio " + workload + " " + DB + line);
        }
    }

    static String markdown(Report report) {
        StringBuilder out = new StringBuilder();
        for (String workload : WORKLOADS) {
            for (String contender : CONTENDERS) {
                Report.Score sequelize = report.score(workload, DB, contender);
                if (sequelize == null) continue;
                Report.Score junction = report.score(workload, DB, "junction");
                double[] ratio = Report.ratio(sequelize, junction);
                double target = target(workload);
                out.append("| ").append(workload).append(" | ").append(DB).append(" | ").append(contender)
                        .append(" | ").append(Report.time(sequelize)).append(" | ").append(Report.time(junction))
                        .append(" | ").append(Report.withError(ratio)).append(" | ")
                        .append(Double.isNaN(target) ? "—"
                                : "≥ " + (int) target + (ratio[0] >= target ? " met" : " **missed**"))
                        .append(" |\n");
            }
        }
        if (out.isEmpty()) return "";
        return "\n| workload | db | contender | Sequelize ms | Junction ms | Sequelize/Junction | target |\n"
                + "|---|---|---|---:|---:|---:|---|\n" + out;
    }
}
