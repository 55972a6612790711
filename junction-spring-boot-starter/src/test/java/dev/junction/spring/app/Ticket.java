package dev.junction.spring.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A JPA entity, written beside Junction's models in one {@code JpaTransactionManager} transaction. */
@Entity
public class Ticket {
    @Id
    @GeneratedValue
    private Long id;
    private String holder;

    protected Ticket() {
    }

    public Ticket(String holder) {
        this.holder = holder;
    }

    public String holder() {
        return holder;
    }
}
