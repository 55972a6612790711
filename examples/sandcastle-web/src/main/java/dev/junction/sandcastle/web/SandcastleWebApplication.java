package dev.junction.sandcastle.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sandcastle town's users and shows as a REST API: {@code GET /users/{id}} with the user's favourites,
 * {@code POST /users/{id}/favorites}. Junction comes from {@code junction-spring-boot-starter}, on Spring's
 * {@code DataSource} (an in-memory H2 database unless {@code spring.datasource.url} says otherwise).
 */
@SpringBootApplication
public class SandcastleWebApplication {

    public static void main(String[] args) {
        SpringApplication.run(SandcastleWebApplication.class, args);
    }
}
