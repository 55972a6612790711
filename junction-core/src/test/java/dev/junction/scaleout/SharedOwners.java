package dev.junction.scaleout;

import dev.junction.Junction;
import dev.junction.association.AssociationOptions;
import dev.junction.association.BelongsToMany;
import dev.junction.schema.ModelDefinition;
import dev.junction.testing.Backend;
import dev.junction.testing.TestTarget;
import dev.junction.testing.Topology;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The concurrency check's database: owners linked to targets through a belongsToMany, a few owners created, and one
 * Junction per thread group — one for all threads, or on a Galera cluster one per node ({@code JUNCTION_MARIADB_NODES}),
 * the threads spread over them. Also reads the join table back with plain JDBC.
 */
final class SharedOwners {
    static final int THREADS = 9;
    static final int OWNERS = 6;

    record Owner(Long id, String name) { }

    record Target(Long id, String name) { }

    final TestTarget target;
    final List<Junction> junctions = new ArrayList<>();
    final List<BelongsToMany<Owner, ?>> links = new ArrayList<>();
    final List<Owner> owners;
    private final List<String> nodes;

    /** Defines the models on every Junction (each with {@code tally} as its listener), syncs, creates the owners. */
    SharedOwners(TestTarget target, AssociationOptions options, AttemptTally tally) throws SQLException {
        this.target = target;
        boolean cluster = Topology.current() == Topology.GALERA && target.backend() == Backend.MARIADB;
        nodes = cluster ? ClusterNodes.urls(ClusterNodes.database(target.url())) : List.of();
        if (nodes.isEmpty()) {
            junctions.add(target.open(b -> b.maxPoolSize(THREADS + 1).listener(tally)));
        } else {
            for (String node : nodes) junctions.add(target.open(b -> b.url(node).maxPoolSize(4).listener(tally)));
        }
        for (Junction db : junctions) {
            links.add(db.define(Owner.class).belongsToMany(db.define(Target.class), options));
        }
        first().sync(); // the first Junction creates the tables and rows; the others only name them
        List<Owner> fresh = new ArrayList<>();
        for (int o = 0; o < OWNERS; o++) fresh.add(new Owner(null, "owner" + o));
        owners = first().model(Owner.class).bulkCreate(fresh);
    }

    Junction first() {
        return junctions.get(0);
    }

    /** Creates {@code each} fresh targets for every thread, none shared; returns their keys by thread. */
    List<List<Long>> targetsPerThread(int each) throws SQLException {
        List<Target> fresh = new ArrayList<>();
        for (int i = 0; i < THREADS * each; i++) fresh.add(new Target(null, "target" + i));
        List<Long> ids = first().model(Target.class).bulkCreate(fresh).stream().map(Target::id).toList();
        List<List<Long>> perThread = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) perThread.add(ids.subList(t * each, (t + 1) * each));
        if (!nodes.isEmpty()) ClusterNodes.awaitEveryNode(ClusterNodes.database(target.url()));
        return perThread;
    }

    /** The association each thread writes through: thread {@code t} on Junction {@code t % junctions}. */
    List<BelongsToMany<Owner, ?>> linksPerThread() {
        List<BelongsToMany<Owner, ?>> perThread = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) perThread.add(links.get(t % links.size()));
        return perThread;
    }

    /** The join table's rows, owner → targets, read with plain JDBC from the primary (causally on a cluster's node). */
    Map<Long, List<Long>> rows() throws SQLException {
        BelongsToMany<Owner, ?> association = links.get(0);
        ModelDefinition join = association.through().definition();
        String sql = "SELECT " + column(join, association.foreignKey()) + ", " + column(join, association.otherKey())
                + " FROM " + first().dialect().quote(join.tableName());
        Map<Long, List<Long>> rows = new TreeMap<>();
        try (Connection c = nodes.isEmpty() ? target.jdbc() : ClusterNodes.causal(nodes.get(0));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) rows.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        }
        return rows;
    }

    private String column(ModelDefinition join, String attribute) {
        return first().dialect().quote(join.attribute(attribute).orElseThrow().column());
    }
}
