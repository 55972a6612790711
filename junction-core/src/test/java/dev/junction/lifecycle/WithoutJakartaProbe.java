package dev.junction.lifecycle;

import dev.junction.Junction;
import dev.junction.Model;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Run by {@link JakartaAbsentTest} in a class loader without the Bean Validation API: defines the annotated
 * {@link JakartaAnnotationsTest.Lifeguard} and stores one that breaks every constraint. Refers to no Jakarta class.
 */
public final class WithoutJakartaProbe {
    private WithoutJakartaProbe() {
    }

    /** How many lifeguards the database at {@code url} holds after storing the invalid one. */
    public static long run(String url) throws ClassNotFoundException {
        // DriverManager hands a caller only drivers of its own class loader: register this loader's.
        for (String driver : new String[] {"org.h2.Driver", "org.sqlite.JDBC", "org.postgresql.Driver",
                "org.mariadb.jdbc.Driver"}) {
            Class.forName(driver, true, WithoutJakartaProbe.class.getClassLoader());
        }
        try (Junction db = Junction.open(url)) {
            Model<JakartaAnnotationsTest.Lifeguard> guards = db.define(JakartaAnnotationsTest.Lifeguard.class);
            db.sync();
            guards.create(new JakartaAnnotationsTest.Lifeguard(null, " ", "not-an-email", "x", 3, BigDecimal.TEN,
                    0L, -1, LocalDate.now().plusDays(1), LocalDate.now().minusDays(1), false, ""));
            return guards.count();
        }
    }
}
