package dev.junction.scaleout;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.association.AssociationOptions;
import dev.junction.association.Through;
import dev.junction.scaleout.SharedOwners.Owner;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Nine threads adding, setting and removing the links of six shared owners at once, every operation logged; the links
 * they leave, read with plain JDBC from the primary, must be what some linearisation of the log leaves
 * ({@link LinkHistoryCheck}): no duplicate, union, partial set, lost or zombie link, and no operation may fail.
 * On a Galera cluster the threads are spread over its nodes, three on each. Run with the join table's foreign keys;
 * without them ({@code constraints(false)}, which in Junction drops only the FOREIGN KEYs and keeps the pair's
 * primary key: only Junction's owner lock orders the sets); and with neither foreign keys nor a unique pair
 * ({@code Through.unique(false)}: no index can turn a duplicate into an error). Each run appends a line to
 * {@code target/scale-out/concurrency-<topology>.txt}. {@code -Djunction.concheck.operations=N} sets the operations
 * per thread (default 60).
 */
class ConcurrencyCheckTest {
    private static final int OPERATIONS = Integer.getInteger("junction.concheck.operations", 60);
    private static final Duration DEADLINE = Duration.ofMinutes(5);

    @DialectTest
    void linkOperationsOnSharedOwnersStayLinearizable(TestTarget target) throws Exception {
        check(target, as("Links").through("OwnerLinks"), "foreign keys, unique pair");
    }

    @DialectTest
    void linkOperationsWithoutForeignKeysStayLinearizable(TestTarget target) throws Exception {
        check(target, as("Links").through("OwnerLinks").constraints(false), "constraints(false): unique pair only");
    }

    @DialectTest
    void linkOperationsWithoutAnyJoinTableConstraintStayLinearizable(TestTarget target) throws Exception {
        check(target, as("Links").through(Through.of("OwnerLinks").unique(false)).constraints(false),
                "constraints(false), unique(false): no foreign key, no unique pair");
    }

    private static void check(TestTarget target, AssociationOptions options, String joinTable) throws Exception {
        AttemptTally tally = new AttemptTally();
        SharedOwners db = new SharedOwners(target, options, tally);
        long seed = new Random().nextLong();
        LinkWorkload<Owner> workload = new LinkWorkload<>(db.owners, Owner::id, OPERATIONS, seed, tally);
        List<List<Long>> targets = db.targetsPerThread(workload.targetsPerThread());

        long began = System.nanoTime();
        List<LoggedOperation> log = workload.run(db.linksPerThread().stream().map(LinkWrites::of).toList(), targets,
                DEADLINE);
        long wall = System.nanoTime() - began;
        Map<Long, List<Long>> rows = db.rows();
        Anomalies found = LinkHistoryCheck.check(log, rows);
        RunSummary.append(target, joinTable, db.junctions.size(), log, found, wall, seed);

        assertThat(log).hasSize(SharedOwners.THREADS * OPERATIONS);
        assertThat(found.total()).as("anomalies (seed %d): %s", seed, found).isZero();
        assertThat(found.failures()).as("failed operations (seed %d): %s", seed,
                log.stream().filter(op -> !op.committed()).limit(20).toList()).isEmpty();
        for (Junction junction : db.junctions) assertThat(junction.poolStats().active()).isZero();
    }
}
