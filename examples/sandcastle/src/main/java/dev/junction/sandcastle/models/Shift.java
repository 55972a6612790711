package dev.junction.sandcastle.models;

import java.time.LocalDate;

/** One shift of a lifeguard at a beach (table Shifts): the same pair may work many shifts. */
public record Shift(Long id, Long LifeguardId, Long BeachId, LocalDate day, Integer hours) {
}
