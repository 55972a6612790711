package dev.junction.schema;

import dev.junction.internal.Arguments;
import java.util.List;

/**
 * What a sync did.
 *
 * @param statements the DDL statements it ran, in order
 * @param warnings   what it could not do safely and left alone (each names table and column)
 */
public record SyncReport(List<String> statements, List<String> warnings) {
    public SyncReport {
        statements = Arguments.listOrEmpty(statements);
        warnings = Arguments.listOrEmpty(warnings);
    }
}
