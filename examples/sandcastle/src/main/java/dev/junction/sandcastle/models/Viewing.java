package dev.junction.sandcastle.models;

import java.time.Instant;

/** One time a user watched a show: the join model of the lesson's duplicates example (table Viewings). */
public record Viewing(Long id, Long UserId, Long show_id, Instant watchedAt) {
}
