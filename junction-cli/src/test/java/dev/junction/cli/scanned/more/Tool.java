package dev.junction.cli.scanned.more;

import dev.junction.annotation.Table;

/** A model of a subpackage, found by its class annotation. */
@Table("Tools")
public record Tool(Long id, String name) { }
