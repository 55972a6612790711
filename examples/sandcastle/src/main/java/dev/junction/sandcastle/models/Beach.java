package dev.junction.sandcastle.models;

import dev.junction.annotation.Column;

/** A beach in town. */
public record Beach(Long id, @Column(unique = true, allowNull = false) String name) {
    public Beach(String name) {
        this(null, name);
    }
}
