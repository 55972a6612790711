/**
 * Junction in a Spring Boot application: {@link dev.junction.spring.JunctionAutoConfiguration} puts a
 * {@code Junction} on the application's {@code DataSource}, in Spring's transactions, configured by
 * {@link dev.junction.spring.JunctionProperties} ({@code junction.*}); the scanned model classes
 * ({@link dev.junction.spring.JunctionModelScan}) become {@code Model<T>} beans, and their {@code static final}
 * association keys beans of the keys' handle types ({@code BelongsToMany<User, Show>} for {@code User.FAVORITES},
 * named {@code user.favorites}); and
 * {@link dev.junction.spring.JunctionExceptionTranslator} turns Junction's exceptions into Spring's
 * {@code DataAccessException}s for {@code @Repository} beans.
 */
package dev.junction.spring;
