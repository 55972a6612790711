package dev.junction.cli.scanned;

import java.util.List;

/** A class listing the models, for {@code --models dev.junction.cli.scanned.TownModels}. */
public final class TownModels {
    private TownModels() {
    }

    static List<Class<?>> models() {
        return List.of(Beach.class, Castle.class);
    }
}
