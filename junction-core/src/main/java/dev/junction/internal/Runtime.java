package dev.junction.internal;

import dev.junction.dialect.Dialect;

/** What model operations need from the database they belong to. */
public interface Runtime {
    Dialect dialect();

    TransactionScope scope();

    SqlRunner runner();
}
