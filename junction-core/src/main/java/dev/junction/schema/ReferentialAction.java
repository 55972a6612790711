package dev.junction.schema;

/** What a foreign key does when the row it references is deleted or its key updated. */
public enum ReferentialAction {
    CASCADE("CASCADE"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT"), RESTRICT("RESTRICT"), NO_ACTION("NO ACTION");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The SQL keyword(s) for this action. */
    public String sql() {
        return sql;
    }

    /** Parses the SQL form ({@code "SET NULL"}, {@code "cascade"} …); {@code null} for an unknown form. */
    public static ReferentialAction fromSql(String sql) {
        if (sql == null) {
            return null;
        }
        String normal = sql.trim().toUpperCase(java.util.Locale.ROOT).replace('_', ' ');
        for (ReferentialAction action : values()) {
            if (action.sql.equals(normal)) {
                return action;
            }
        }
        return null;
    }
}
