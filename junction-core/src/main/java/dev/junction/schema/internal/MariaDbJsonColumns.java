package dev.junction.schema.internal;

import dev.junction.schema.DatabaseSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MariaDB's JSON is LONGTEXT with a {@code CHECK (json_valid(`col`))}, which its catalog reports as LONGTEXT: this
 * finds those checks and reports such columns as {@code JSON}, so that {@code check} and {@code pull} see the JSON
 * column a model made (MySQL reports its native JSON type itself). Stateless.
 */
final class MariaDbJsonColumns {
    private static final String QUERY = "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
            + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ?";

    private MariaDbJsonColumns() {
    }

    /** {@code columns} of {@code table}, its JSON ones typed {@code JSON}, on MariaDB; as they are elsewhere. */
    static List<DatabaseSchema.Column> typed(Connection connection, String product, String table,
                                             List<DatabaseSchema.Column> columns) throws SQLException {
        if (!product.equals("MariaDB")) return columns;
        Set<String> json = new HashSet<>();
        try (PreparedStatement s = connection.prepareStatement(QUERY)) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString(1);
                    String clause = rs.getString(2).replace(" ", "");
                    if (clause.equalsIgnoreCase("json_valid(`" + column.replace("`", "``") + "`)")) {
                        json.add(column.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        if (json.isEmpty()) return columns;
        List<DatabaseSchema.Column> out = new ArrayList<>(columns.size());
        for (DatabaseSchema.Column c : columns) {
            boolean text = c.typeName() != null && c.typeName().toLowerCase(Locale.ROOT).contains("text");
            out.add(text && json.contains(c.name().toLowerCase(Locale.ROOT)) ? new DatabaseSchema.Column(c.name(),
                    "JSON", 0, c.nullable(), c.defaultValue(), c.autoIncrement(), c.scale()) : c);
        }
        return out;
    }
}
