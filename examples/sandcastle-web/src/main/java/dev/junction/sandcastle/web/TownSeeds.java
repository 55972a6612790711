package dev.junction.sandcastle.web;

import dev.junction.seed.Seeder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Applies the town's seed files ({@code junction.seeders-folder}, {@code seeders/} of the working directory) once the
 * application has started and {@code junction.sync} has made the tables; files applied before are skipped.
 */
@Component
public class TownSeeds implements ApplicationRunner {
    private final Seeder seeder;

    public TownSeeds(Seeder seeder) {
        this.seeder = seeder;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeder.applyPending();
    }
}
