package dev.junction.pull.internal;

import java.util.List;

/**
 * A non-unique index of a pulled table, as {@code @Index} says it.
 *
 * @param name       its name where the default ({@code <table>_<columns>} in snake_case) is not it, else {@code null}
 * @param attributes the indexed attributes, in index order
 */
record PulledIndex(String name, List<String> attributes) {
}
