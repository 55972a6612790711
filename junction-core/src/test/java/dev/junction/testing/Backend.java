package dev.junction.testing;

/** The four databases every behaviour is tested on. */
public enum Backend {
    H2("H2"), SQLITE("SQLite"), POSTGRESQL("PostgreSQL"), MARIADB("MariaDB");

    private final String displayName;

    Backend(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** True for the databases that run as servers (and so may be down). */
    public boolean isServer() {
        return this == POSTGRESQL || this == MARIADB;
    }
}
