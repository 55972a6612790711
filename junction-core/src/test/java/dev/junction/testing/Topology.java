package dev.junction.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which server topology this run's tests talk to, from {@code JUNCTION_TOPOLOGY}: one server per database (the
 * default), a PostgreSQL primary with a streaming replica ({@code replica}), or a three-node MariaDB Galera cluster
 * ({@code galera}). The scripts in {@code scale-out/} start the latter two; the {@code replica} and {@code galera}
 * Maven profiles of junction-core point the tests at them.
 */
public enum Topology {
    SINGLE(null, null), REPLICA("replica", Backend.POSTGRESQL), GALERA("galera", Backend.MARIADB);

    private static final Topology CURRENT = parse(Servers.env("JUNCTION_TOPOLOGY", ""));
    private static final List<Backend> BACKENDS = backends(Servers.env("JUNCTION_BACKENDS", ""));

    private final String label;
    private final Backend backend;

    Topology(String label, Backend backend) {
        this.label = label;
        this.backend = backend;
    }

    /** The topology of this run. */
    public static Topology current() {
        return CURRENT;
    }

    /** The backends this run's {@link DialectTest}s cover: {@code JUNCTION_BACKENDS} (display names), else all four. */
    public static List<Backend> backends() {
        return BACKENDS;
    }

    /** The backend this topology replicates; {@code null} for {@link #SINGLE}. */
    public Backend backend() {
        return backend;
    }

    /** How a target on {@code b} names itself: "PostgreSQL", or "PostgreSQL (replica)" when the topology is b's. */
    String describe(Backend b) {
        return b == backend ? b.displayName() + " (" + label + ")" : b.displayName();
    }

    private static Topology parse(String value) {
        if (value.isBlank()) return SINGLE;
        for (Topology t : values()) {
            if (t != SINGLE && t.label.equalsIgnoreCase(value.trim())) return t;
        }
        throw new IllegalStateException("JUNCTION_TOPOLOGY=" + value + ": expected replica or galera");
    }

    private static List<Backend> backends(String value) {
        if (value.isBlank()) return List.of(Backend.values());
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(name -> Arrays
                .stream(Backend.values()).filter(b -> b.displayName().equalsIgnoreCase(name)
                        || b.name().equalsIgnoreCase(name.toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalStateException("JUNCTION_BACKENDS names " + name
                        + ": expected H2, SQLite, PostgreSQL or MariaDB"))).toList();
    }
}
