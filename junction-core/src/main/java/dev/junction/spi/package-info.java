/**
 * Service-provider interfaces for frameworks that embed Junction: {@link dev.junction.spi.TransactionHook} puts
 * Junction's operations into the framework's transactions. Application code does not need this package.
 */
package dev.junction.spi;
