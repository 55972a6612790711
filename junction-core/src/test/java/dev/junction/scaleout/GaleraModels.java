package dev.junction.scaleout;

/**
 * The models the Galera set tests share: fans and their favourite bands (a belongsToMany), crews and their hands (a
 * hasMany, keyed by {@code CrewId}).
 */
final class GaleraModels {
    record Fan(Long id, String name) { }

    record Band(Long id, String name) { }

    record Crew(Long id, String name) { }

    record Hand(Long id, String name, Long CrewId) { }

    private GaleraModels() {
    }
}
