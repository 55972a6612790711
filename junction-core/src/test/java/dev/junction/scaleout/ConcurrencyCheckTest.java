package dev.junction.scaleout;

import static dev.junction.association.Associations.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.AssociationOptions;
import dev.junction.association.BelongsToMany;
import dev.junction.association.Through;
import dev.junction.schema.ModelDefinition;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import dev.junction.testing.Topology;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Nine threads adding, setting and removing the links of six shared owners at once, every operation logged; the links
 * they leave, read with plain JDBC from the primary, must be what some linearisation of the log leaves
 * ({@link LinkHistoryCheck}): no duplicate, union, partial set, lost or zombie link, and no operation may fail.
 * On a Galera cluster the threads are spread over its nodes, three on each. Run with the join table's foreign keys,
 * without them ({@code constraints(false)}: only Junction's own owner lock orders the sets), and with neither foreign
 * keys nor a unique pair ({@code Through.unique(false)}: no index can turn a duplicate into an error). Each run
 * appends a line to {@code target/scale-out/concurrency-<topology>.txt}. {@code -Djunction.concheck.operations=N}
 * sets the operations per thread (default 60).
 */
class ConcurrencyCheckTest {
    private static final int THREADS = 9;
    private static final int OWNERS = 6;
    private static final int OPERATIONS = Integer.getInteger("junction.concheck.operations", 60);
    private static final Duration DEADLINE = Duration.ofMinutes(5);

    record Owner(Long id, String name) { }

    record Target(Long id, String name) { }

    /** A variant of the join table. */
    private enum JoinTable {
        DEFAULT("foreign keys, unique pair"),
        NO_FOREIGN_KEYS("constraints(false): unique pair only"),
        NO_CONSTRAINTS("constraints(false), unique(false): no foreign key, no unique pair");

        final String description;

        JoinTable(String description) {
            this.description = description;
        }

        AssociationOptions options() {
            return switch (this) {
                case DEFAULT -> as("Links").through("OwnerLinks");
                case NO_FOREIGN_KEYS -> as("Links").through("OwnerLinks").constraints(false);
                case NO_CONSTRAINTS -> as("Links").through(Through.of("OwnerLinks").unique(false)).constraints(false);
            };
        }
    }

    @DialectTest
    void linkOperationsOnSharedOwnersStayLinearizable(TestTarget target) throws Exception {
        check(target, JoinTable.DEFAULT);
    }

    @DialectTest
    void linkOperationsWithoutForeignKeysStayLinearizable(TestTarget target) throws Exception {
        check(target, JoinTable.NO_FOREIGN_KEYS);
    }

    @DialectTest
    void linkOperationsWithoutAnyJoinTableConstraintStayLinearizable(TestTarget target) throws Exception {
        check(target, JoinTable.NO_CONSTRAINTS);
    }

    private void check(TestTarget target, JoinTable joinTable) throws Exception {
        boolean cluster = Topology.current() == Topology.GALERA && target.backend() == Backend.MARIADB;
        String database = cluster ? ClusterNodes.database(target.url()) : null;
        List<String> nodes = cluster ? ClusterNodes.urls(database) : List.of();
        AttemptTally tally = new AttemptTally();
        List<BelongsToMany<Owner, ?>> perJunction = new ArrayList<>();
        List<Junction> junctions = new ArrayList<>();
        if (nodes.isEmpty()) {
            junctions.add(target.open(b -> b.maxPoolSize(THREADS + 1).listener(tally)));
        } else {
            for (String node : nodes) junctions.add(target.open(b -> b.url(node).maxPoolSize(4).listener(tally)));
        }
        for (Junction db : junctions) {
            perJunction.add(db.define(Owner.class).belongsToMany(db.define(Target.class), joinTable.options()));
        }
        Junction first = junctions.get(0); // creates the tables and rows; the other nodes' Junctions only name them
        first.sync();
        long seed = new Random().nextLong();
        List<Owner> shared = new ArrayList<>();
        for (int o = 0; o < OWNERS; o++) shared.add(new Owner(null, "owner" + o));
        shared = first.model(Owner.class).bulkCreate(shared);
        LinkWorkload<Owner> workload = new LinkWorkload<>(shared, Owner::id, OPERATIONS, seed, tally);
        List<List<Long>> targetsPerThread = createTargets(first.model(Target.class), workload);
        if (cluster) ClusterNodes.awaitEveryNode(database);
        List<BelongsToMany<Owner, ?>> perThread = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) perThread.add(perJunction.get(t % perJunction.size()));

        long began = System.nanoTime();
        List<LoggedOperation> log = workload.run(perThread, targetsPerThread, DEADLINE);
        long wall = System.nanoTime() - began;
        Map<Long, List<Long>> links = links(target, first, perJunction.get(0), nodes);
        Anomalies found = LinkHistoryCheck.check(log, links);
        RunSummary.append(target, joinTable.description, junctions.size(), log, found, wall, seed);

        assertThat(log).hasSize(THREADS * OPERATIONS);
        assertThat(found.total()).as("anomalies (seed %d): %s", seed, found).isZero();
        assertThat(found.failures()).as("failed operations (seed %d): %s", seed, failures(log)).isEmpty();
        for (Junction db : junctions) assertThat(db.poolStats().active()).isZero();
    }

    /** Fresh targets for every thread, none shared. */
    private static List<List<Long>> createTargets(Model<Target> targets, LinkWorkload<Owner> workload) {
        List<Target> fresh = new ArrayList<>();
        for (int i = 0; i < THREADS * workload.targetsPerThread(); i++) fresh.add(new Target(null, "target" + i));
        List<Long> ids = targets.bulkCreate(fresh).stream().map(Target::id).toList();
        List<List<Long>> perThread = new ArrayList<>();
        int each = workload.targetsPerThread();
        for (int t = 0; t < THREADS; t++) perThread.add(ids.subList(t * each, (t + 1) * each));
        return perThread;
    }

    /** The join table's rows, owner → targets, read with plain JDBC from the primary (causally on a cluster's node). */
    private static Map<Long, List<Long>> links(TestTarget target, Junction db, BelongsToMany<Owner, ?> links,
                                               List<String> nodes) throws SQLException {
        ModelDefinition join = links.through().definition();
        String sql = "SELECT " + column(db, join, links.foreignKey()) + ", " + column(db, join, links.otherKey())
                + " FROM " + db.dialect().quote(join.tableName());
        Map<Long, List<Long>> rows = new TreeMap<>();
        try (Connection c = nodes.isEmpty() ? target.jdbc() : ClusterNodes.causal(nodes.get(0));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) rows.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        }
        return rows;
    }

    private static String column(Junction db, ModelDefinition join, String attribute) {
        return db.dialect().quote(join.attribute(attribute).orElseThrow().column());
    }

    private static List<String> failures(List<LoggedOperation> log) {
        return log.stream().filter(op -> !op.committed()).limit(20).map(LoggedOperation::toString).toList();
    }
}
