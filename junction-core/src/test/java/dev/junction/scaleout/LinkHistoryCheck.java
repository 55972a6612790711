package dev.junction.scaleout;

import dev.junction.scaleout.LoggedOperation.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks the links a concurrency run left against its operation log: could some order of the operations, one that
 * keeps every operation that ended before another started ahead of it (a linearisation), have left them? Each owner
 * is checked on its own, since operations on different owners do not touch each other's links.
 *
 * <p>The workload makes this decidable link by link: every target is used once — a {@code set} replaces the owner's
 * links with a group of its own, an {@code add} links a target of its own, a {@code remove} unlinks a target its own
 * thread added before — and the owner starts with no links. So in any linearisation the owner ends with the group of
 * the last committed {@code set} in it (whole, and no other group), plus the targets of the committed {@code add}s
 * after that set that no committed {@code remove} took away. What follows are only consequences of that, for every
 * linearisation, so a correct run never shows an anomaly:
 * <ul>
 *   <li>duplicate: a pair stored more than once (the group and the adds are sets);</li>
 *   <li>union: targets of two groups present (only the last set's group stays);</li>
 *   <li>partial set: a committed set's group partly present (the last set's stays whole, the others go whole);</li>
 *   <li>lost: with the surviving group S (the only group present), a committed set that started after S ended —
 *       it follows S in every linearisation, so S cannot be last; with no group present although sets committed,
 *       one of them — the smallest of those no other committed set certainly follows — counted lost; and a
 *       committed add that started after S ended (after every committed set ended, when S is not known), that no
 *       committed remove took away, yet missing: no set can follow it;</li>
 *   <li>zombie: a target present though the operation that linked it failed (a failed operation is rolled back
 *       whole), though no operation of the owner linked it, or though a committed remove of it or a committed set
 *       started after its add ended (either follows the add in every linearisation, and nothing links it again).</li>
 * </ul>
 * An add or set concurrent with the surviving set may land on either side of it, so its links are checked only in
 * the directions above. A failed operation is assumed not to have committed; failures are reported apart, by type.
 */
final class LinkHistoryCheck {
    private static final int DETAIL_LINES = 40;

    private final List<String> details = new ArrayList<>();
    private int duplicates;
    private int unions;
    private int partialSets;
    private int lostLinks;
    private int zombieLinks;
    private int detailsLeftOut;

    private LinkHistoryCheck() {
    }

    /**
     * The anomalies of a run: {@code log} holds every operation, {@code links} the join table's rows as read after
     * the run (owner key → target keys, one entry per row).
     *
     * @throws IllegalArgumentException when the log uses a target twice or removes a target no add of that owner linked
     */
    static Anomalies check(Collection<LoggedOperation> log, Map<Long, List<Long>> links) {
        validate(log);
        LinkHistoryCheck check = new LinkHistoryCheck();
        Map<Long, List<LoggedOperation>> byOwner = new TreeMap<>();
        log.forEach(op -> byOwner.computeIfAbsent(op.owner(), k -> new ArrayList<>()).add(op));
        Set<Long> owners = new TreeSet<>(byOwner.keySet());
        owners.addAll(links.keySet());
        for (Long owner : owners) {
            check.owner(owner, byOwner.getOrDefault(owner, List.of()), links.getOrDefault(owner, List.of()));
        }
        Map<String, Integer> failures = new TreeMap<>();
        log.stream().filter(op -> !op.committed())
                .forEach(op -> failures.merge(op.failure().getClass().getSimpleName(), 1, Integer::sum));
        if (check.detailsLeftOut > 0) check.details.add("… and " + check.detailsLeftOut + " more");
        return new Anomalies(check.duplicates, check.unions, check.partialSets, check.lostLinks, check.zombieLinks,
                failures, check.details);
    }

    private void owner(long owner, List<LoggedOperation> ops, List<Long> rows) {
        Map<Long, Integer> stored = new TreeMap<>();
        rows.forEach(target -> stored.merge(target, 1, Integer::sum));
        stored.forEach((target, n) -> {
            if (n > 1) {
                duplicates++;
                note("duplicate: owner %d links target %d %d times", owner, target, n);
            }
        });
        Set<Long> present = stored.keySet();
        Map<Long, LoggedOperation> linkedBy = new HashMap<>();
        ops.stream().filter(op -> op.kind() != Kind.REMOVE).forEach(op -> op.targets().forEach(t -> linkedBy.put(t, op)));
        present.stream().filter(t -> !linkedBy.containsKey(t)).forEach(t -> {
            zombieLinks++;
            note("zombie: owner %d links target %d, which no operation of it linked", owner, t);
        });

        List<LoggedOperation> committedSets = ops.stream().filter(op -> op.kind() == Kind.SET && op.committed())
                .toList();
        LoggedOperation survivor = sets(owner, ops, present, committedSets);
        long after = survivor != null ? survivor.end() : committedSets.stream().mapToLong(LoggedOperation::end)
                .max().orElse(Long.MIN_VALUE);
        for (LoggedOperation add : ops) {
            if (add.kind() == Kind.ADD) add(owner, add, ops, present, committedSets, after);
        }
    }

    /** Checks the set groups; returns the surviving set, when exactly one group is present and its set committed. */
    private LoggedOperation sets(long owner, List<LoggedOperation> ops, Set<Long> present,
                                 List<LoggedOperation> committedSets) {
        List<LoggedOperation> shown = ops.stream().filter(op -> op.kind() == Kind.SET)
                .filter(op -> op.targets().stream().anyMatch(present::contains)).toList();
        if (shown.size() > 1) {
            unions += shown.size() - 1;
            note("union: owner %d has links of %d set groups: %s", owner, shown.size(), shown);
        }
        for (LoggedOperation set : shown) {
            long there = set.targets().stream().filter(present::contains).count();
            if (!set.committed()) {
                zombieLinks += (int) there;
                note("zombie: owner %d has %d links of a failed %s", owner, there, set);
            } else if (there < set.targets().size()) {
                partialSets++;
                note("partial set: owner %d has %d of %d links of %s", owner, there, set.targets().size(), set);
            }
        }
        if (shown.isEmpty() && !committedSets.isEmpty()) {
            LoggedOperation smallest = committedSets.stream()
                    .filter(s -> committedSets.stream().noneMatch(s::certainlyBefore))
                    .min(java.util.Comparator.comparingInt(s -> s.targets().size())).orElseThrow();
            lostLinks += smallest.targets().size();
            note("lost: owner %d has no set group, though %d sets committed; one of them last: %s", owner,
                    committedSets.size(), smallest);
        }
        LoggedOperation survivor = shown.size() == 1 && shown.get(0).committed() ? shown.get(0) : null;
        if (survivor == null) return null;
        for (LoggedOperation later : committedSets) {
            if (survivor.certainlyBefore(later)) {
                lostLinks += later.targets().size();
                note("lost: owner %d kept %s over %s, which started after it ended", owner, survivor, later);
            }
        }
        return survivor;
    }

    private void add(long owner, LoggedOperation add, List<LoggedOperation> ops, Set<Long> present,
                     List<LoggedOperation> committedSets, long afterSurvivor) {
        long target = add.targets().get(0);
        List<LoggedOperation> removes = ops.stream().filter(op -> op.kind() == Kind.REMOVE && op.committed()
                && op.targets().get(0) == target).toList();
        if (present.contains(target)) {
            LoggedOperation undo = removes.stream().filter(add::certainlyBefore).findFirst()
                    .orElse(committedSets.stream().filter(add::certainlyBefore).findFirst().orElse(null));
            if (!add.committed()) {
                zombieLinks++;
                note("zombie: owner %d links target %d of a failed %s", owner, target, add);
            } else if (undo != null) {
                zombieLinks++;
                note("zombie: owner %d links target %d of %s, though %s came after it", owner, target, add, undo);
            }
        } else if (add.committed() && removes.isEmpty() && add.start() > afterSurvivor) {
            lostLinks++;
            note("lost: owner %d lacks target %d of %s, which no set can follow and no remove undid", owner, target,
                    add);
        }
    }

    private void note(String format, Object... values) {
        if (details.size() < DETAIL_LINES) details.add(String.format(format, values)); else detailsLeftOut++;
    }

    private static void validate(Collection<LoggedOperation> log) {
        Map<Long, LoggedOperation> linkedBy = new HashMap<>();
        for (LoggedOperation op : log) {
            if (op.kind() == Kind.REMOVE) continue;
            for (long target : op.targets()) {
                LoggedOperation before = linkedBy.put(target, op);
                if (before != null) {
                    throw new IllegalArgumentException("target " + target + " is used twice: " + before + "; " + op);
                }
            }
        }
        for (LoggedOperation op : log) {
            if (op.kind() != Kind.REMOVE) continue;
            LoggedOperation add = linkedBy.get(op.targets().get(0));
            if (add == null || add.kind() != Kind.ADD || add.owner() != op.owner()) {
                throw new IllegalArgumentException("a remove must undo an add of its owner: " + op);
            }
        }
    }
}
