package dev.junction.scaleout;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.association.BelongsToMany;
import dev.junction.scaleout.SharedOwners.Owner;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Duration;
import java.util.List;

/**
 * The concurrency check run on a deliberately broken {@code set} — it adds its group and deletes nothing, as a set
 * whose DELETE was lost would — must report unions. With the fixed seed the threads run dozens of sets on six owners,
 * so some owner gets at least two, and both groups stay, whatever the interleaving.
 */
class BrokenLinkWritesTest {
    private static final long SEED = 18;
    private static final int OPERATIONS = 30;

    @DialectTest
    void aSetThatDeletesNothingLeavesUnions(TestTarget target) throws Exception {
        AttemptTally tally = new AttemptTally();
        SharedOwners db = new SharedOwners(target, as("Links").through("OwnerLinks"), tally);
        LinkWorkload<Owner> workload = new LinkWorkload<>(db.owners, Owner::id, OPERATIONS, SEED, tally);
        List<List<Long>> targets = db.targetsPerThread(workload.targetsPerThread());

        List<LoggedOperation> log = workload.run(db.linksPerThread().stream().map(BrokenLinkWritesTest::addOnly)
                .toList(), targets, Duration.ofMinutes(2));
        Anomalies found = LinkHistoryCheck.check(log, db.rows());

        assertThat(found.failures()).isEmpty();
        assertThat(found.unions()).as("%s", found).isPositive();
    }

    /** The association's writes, but {@code set} only adds. */
    private static LinkWrites<Owner> addOnly(BelongsToMany<Owner, ?> links) {
        LinkWrites<Owner> real = LinkWrites.of(links);
        return new LinkWrites<>() {
            @Override
            public void add(Owner owner, long target) {
                real.add(owner, target);
            }

            @Override
            public void set(Owner owner, List<Long> targets) {
                links.add(owner, targets.toArray());
            }

            @Override
            public void remove(Owner owner, long target) {
                real.remove(owner, target);
            }
        };
    }
}
