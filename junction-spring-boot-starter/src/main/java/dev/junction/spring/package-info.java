/**
 * Junction in a Spring Boot application: {@link dev.junction.spring.JunctionAutoConfiguration} puts a
 * {@code Junction} on the application's {@code DataSource}, in Spring's transactions, configured by
 * {@link dev.junction.spring.JunctionProperties} ({@code junction.*}); the scanned model classes
 * ({@link dev.junction.spring.JunctionModelScan}) become {@code Model<T>} beans; and
 * {@link dev.junction.spring.JunctionExceptionTranslator} turns Junction's exceptions into Spring's
 * {@code DataAccessException}s for {@code @Repository} beans.
 */
package dev.junction.spring;
