package dev.junction.sandcastle.models;

import dev.junction.Junction;

/** Every model of the sandcastle town, defined together so each declares its own associations. */
public final class Town {
    private Town() {
    }

    public static void define(Junction db) {
        db.defineAll(User.class, Show.class, Lifeguard.class, Beach.class, Sandcastle.class, SandcastleType.class,
                Tool.class);
    }
}
