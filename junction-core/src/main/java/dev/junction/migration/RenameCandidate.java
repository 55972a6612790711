package dev.junction.migration;

/**
 * A column the models no longer have and a new column of the same type in the same table: perhaps a rename. The
 * generator never takes it for one by itself; {@code migration:generate} asks on a terminal, and a yes becomes
 * {@link GenerateOptions#rename(String, String, String)}.
 *
 * @param table the table (its new name)
 * @param from  the column that would be dropped
 * @param to    the column that would be added
 */
public record RenameCandidate(String table, String from, String to) {
}
