package dev.junction.sandcastle.models;

import dev.junction.annotation.Column;

/** A sandcastle, built on a beach. */
public record Sandcastle(Long id, @Column(allowNull = false) String name, Integer height, Long BeachId) {
    public Sandcastle(String name, Integer height, Long beachId) {
        this(null, name, height, beachId);
    }
}
