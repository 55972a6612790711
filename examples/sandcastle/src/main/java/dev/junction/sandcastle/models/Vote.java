package dev.junction.sandcastle.models;

/**
 * A townsperson's vote in the sandcastle contest (table Votes): one per user and castle, with the stars it gives.
 * Added by the migration {@code sandcastle-contest}.
 */
public record Vote(Long UserId, Long SandcastleId, Integer stars) {
}
