package dev.junction.sandcastle;

import dev.junction.Junction;
import dev.junction.query.Where;
import dev.junction.sandcastle.models.Beach;

/** The August storm: it takes Rip Point, which Beach (a paranoid model) soft-deletes, keeping its shifts on record. */
final class Storm {
    private Storm() {
    }

    /** Soft-deletes Rip Point if it is there and not gone already; a second run changes nothing. */
    static void takeRipPoint(Junction db) {
        db.model(Beach.class).destroy(Where.eq("name", "Rip Point"));
    }
}
