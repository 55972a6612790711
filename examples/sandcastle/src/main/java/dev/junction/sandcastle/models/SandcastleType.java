package dev.junction.sandcastle.models;

import static dev.junction.association.Associations.through;

import dev.junction.Models;
import dev.junction.annotation.Column;
import dev.junction.association.AssociationKey;
import dev.junction.association.BelongsToManyKey;

/** A kind of sandcastle, built with many kinds of tools. */
public record SandcastleType(Long id, @Column(unique = true, allowNull = false) String name) {
    /** The tools this type needs, with how many of each (join model SandcastleTypeTool). */
    public static final BelongsToManyKey<SandcastleType, Tool> TOOLS = AssociationKey.belongsToMany(
            SandcastleType.class, "Tools", Tool.class);

    public SandcastleType(String name) {
        this(null, name);
    }

    static void associate(Models models) {
        models.model(SandcastleType.class).belongsToMany(models.model(Tool.class), TOOLS,
                through(SandcastleTypeTool.class));
    }
}
