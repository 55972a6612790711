package dev.junction.query;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.annotation.Column;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The model the query tests filter and order: one attribute of every type a filter may compare. */
final class Catalog {
    enum Color { RED, GREEN, BLUE }

    record Item(Long id, @Column(allowNull = false) String name, Integer qty,
                @Column(precision = 10, scale = 2) BigDecimal price, Boolean active, LocalDate day, Instant seenAt,
                UUID ref, Color color, Instant createdAt, Instant updatedAt) {
        Item(String name, Integer qty, String price, Boolean active, LocalDate day, Instant seenAt, UUID ref,
             Color color) {
            this(null, name, qty, price == null ? null : new BigDecimal(price), active, day, seenAt, ref, color,
                    null, null);
        }
    }

    static final Instant T0 = Instant.parse("2024-03-01T10:00:00.123456Z");
    static final UUID REF_A = UUID.fromString("6f1c2a1e-0d7e-4b7a-9a51-0c1d2e3f4a5b");
    static final UUID REF_B = UUID.fromString("0b9e8d7c-6a5b-4c3d-8e2f-1a0b9c8d7e6f");
    static final LocalDate D0 = LocalDate.of(2024, 3, 1);

    /** Five items: apple, apricot, banana, cherry, and "date" which has nulls in every optional attribute. */
    static final List<Item> ITEMS = List.of(
            new Item("apple", 10, "1.50", true, D0, T0, REF_A, Color.RED),
            new Item("apricot", 20, "2.25", false, D0.plusDays(1), T0.plusSeconds(60), REF_B, Color.GREEN),
            new Item("banana", 30, "0.99", true, D0.plusDays(2), T0.plusSeconds(120), null, Color.GREEN),
            new Item("cherry", 40, "12.00", false, D0.plusDays(3), T0.plusSeconds(180), null, Color.BLUE),
            new Item("date", null, null, null, null, null, null, null));

    private Catalog() {
    }

    /** Defines and syncs the Item model and creates the five items. */
    static Model<Item> seeded(Junction db) {
        Model<Item> items = db.define(Item.class);
        db.sync();
        ITEMS.forEach(items::create);
        return items;
    }
}
