package dev.junction.sandcastle.models;

import static dev.junction.association.Associations.through;

import dev.junction.Models;
import dev.junction.annotation.Column;
import dev.junction.association.AssociationKey;
import dev.junction.association.BelongsToManyKey;

/** A tool for building sandcastles: many tools build many kinds of sandcastles. */
public record Tool(Long id, @Column(unique = true, allowNull = false) String name) {
    /** The sandcastle types built with this tool: the other side of {@link SandcastleType#TOOLS}. */
    public static final BelongsToManyKey<Tool, SandcastleType> SANDCASTLE_TYPES = AssociationKey.belongsToMany(
            Tool.class, "SandcastleTypes", SandcastleType.class);

    public Tool(String name) {
        this(null, name);
    }

    static void associate(Models models) {
        models.model(Tool.class).belongsToMany(models.model(SandcastleType.class), SANDCASTLE_TYPES,
                through(SandcastleTypeTool.class));
    }
}
