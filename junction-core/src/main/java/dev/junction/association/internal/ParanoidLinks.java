package dev.junction.association.internal;

import dev.junction.Row;
import dev.junction.internal.model.ModelPlan;
import dev.junction.internal.model.Timestamps;
import dev.junction.internal.write.VersionGuard;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import java.time.Instant;

/**
 * The links of a paranoid join model ({@code Through.paranoid()}): a link whose {@code deletedAt} is set is
 * soft-deleted — reads skip it, {@code remove} and {@code set} stamp it instead of deleting, and {@code add} revives
 * it. Every method is a no-op (or {@code false}) for a join model that is not paranoid, so such models pay one index
 * check and render the SQL they always did. Stateless.
 */
final class ParanoidLinks {
    private ParanoidLinks() {
    }

    /** Whether the join model soft-deletes its links. */
    static boolean paranoid(ModelPlan j) {
        return j.deletedAtIndex() >= 0;
    }

    /** {@code AND j."deletedAt" IS NULL} for a paranoid join model: only live links. */
    static void appendLive(Sql sql, ModelPlan j, String qualifier) {
        if (!paranoid(j)) return;
        sql.append(" AND ").append(qualifier).append(quotedColumn(j)).append(" IS NULL");
    }

    /**
     * The start of a soft delete, {@code UPDATE table SET "deletedAt" = ?} (and a version's {@code + 1}), stamped
     * {@code now}; the caller adds
     * the WHERE, which must end with {@link #appendLive} so that a link deleted earlier keeps its moment.
     */
    static Sql softDelete(ModelPlan j, Instant now) {
        Attribute deletedAt = j.attributes().get(j.deletedAtIndex());
        Sql sql = new Sql().append("UPDATE ").append(j.quotedTable()).append(" SET ").append(quotedColumn(j))
                .append(" = ");
        sql.bind(Timestamps.of(deletedAt, now), j.codec(j.deletedAtIndex()));
        VersionGuard.appendBump(j, sql, false); // a versioned join row soft-deleted is a new version
        return sql;
    }

    /** {@code "deletedAt" = NULL}, to revive a link in an UPDATE's SET list. */
    static String revive(ModelPlan j) {
        return quotedColumn(j) + " = NULL";
    }

    /** Whether a stored link row (read with every attribute) is soft-deleted. */
    static boolean deleted(ModelPlan j, Row row) {
        return paranoid(j) && row.get(j.attributes().get(j.deletedAtIndex()).name()) != null;
    }

    /** The deletedAt attribute's name ({@code paranoid(j)} only). */
    static String attribute(ModelPlan j) {
        return j.attributes().get(j.deletedAtIndex()).name();
    }

    private static String quotedColumn(ModelPlan j) {
        return j.dialect().quote(j.attributes().get(j.deletedAtIndex()).column());
    }
}
