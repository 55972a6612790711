package dev.junction.bench.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A show, on Junction's "Shows" table. Equality is identity: every workload stays inside one session, where
 * Hibernate hands out one instance per row, and overriding equals would make references load their rows.
 */
@Entity
@Table(name = "Shows")
public class HShow {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    protected HShow() {
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }
}
