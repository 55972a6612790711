package dev.junction.bench.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One row of the join table as an entity of its own, for what Hibernate's documentation does in bulk through a
 * {@code StatelessSession} (W1). The {@code Set} on {@link HUser} maps the same table.
 */
@Entity
@Table(name = "UserFavorites")
@IdClass(HFavorite.Key.class)
public class HFavorite {
    @Id
    @Column(name = "UserId")
    private Long userId;

    @Id
    @Column(name = "ShowId")
    private Long showId;

    protected HFavorite() {
    }

    public HFavorite(Long userId, Long showId) {
        this.userId = userId;
        this.showId = showId;
    }

    /** The composite key. */
    public record Key(Long userId, Long showId) implements Serializable {
    }
}
