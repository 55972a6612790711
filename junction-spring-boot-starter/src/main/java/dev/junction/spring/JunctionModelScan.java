package dev.junction.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * Names the packages whose model classes the Spring Boot starter defines and registers as {@code Model<T>} beans:
 * every class declaring a static {@code associate(Models)} or {@code init(ModelSpec)} hook. Without it (and without
 * {@code junction.models-package}), the application's own package is scanned. Given no package, it scans the
 * annotated class's. The packages of several annotations, and of {@code junction.models-package}, add up.
 *
 * <pre>{@code
 * @SpringBootApplication
 * @JunctionModelScan("com.example.models")
 * class ShopApplication { }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(ModelScanPackages.Registrar.class)
public @interface JunctionModelScan {

    /** The packages to scan (alias of {@link #basePackages}). */
    @AliasFor("basePackages")
    String[] value() default {};

    /** The packages to scan. */
    @AliasFor("value")
    String[] basePackages() default {};

    /** Classes whose packages are scanned: a type-safe {@link #basePackages}. */
    Class<?>[] basePackageClasses() default {};
}
