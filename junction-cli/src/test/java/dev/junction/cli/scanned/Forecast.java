package dev.junction.cli.scanned;

/** Not a model: a record with neither a hook nor a Junction annotation (an application's value type). */
public record Forecast(String beach, int waves) {
    /** Not a model either: an enum. */
    public enum Tide { LOW, HIGH }
}
