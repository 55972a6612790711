package dev.junction.cli.scanned;

import dev.junction.annotation.Column;

/** A model found by its Junction annotation. */
public record Beach(Long id, @Column(unique = true) String name) { }
