package dev.junction.cli.scanned;

import dev.junction.Models;

/** A model found by its associate hook, which runs once every scanned model is defined. */
public record Castle(Long id, String name, Long BeachId) {
    static void associate(Models models) {
        models.model(Castle.class).belongsTo(models.model(Beach.class));
    }
}
