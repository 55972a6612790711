package dev.junction.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A test run once on each database (H2, SQLite, PostgreSQL, MariaDB), each time on a database of its own; each run
 * is named by its database ({@code [PostgreSQL]}) under the method's name, so surefire's XML reports name it
 * {@code addIsIdempotent (TestTarget)[PostgreSQL]}. The test method takes a {@link TestTarget}.
 *
 * <pre>{@code
 * @DialectTest
 * void createReturnsTheGeneratedKey(TestTarget target) {
 *     Junction db = target.open();
 *     …
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "[{0}]")
@ArgumentsSource(AllDialects.class)
public @interface DialectTest {
}
