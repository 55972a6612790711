package dev.junction.schema.internal;

import dev.junction.dialect.Dialect;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import dev.junction.schema.ModelDefinition;
import dev.junction.schema.ReferentialAction;
import java.util.Collection;
import java.util.List;

/**
 * Renders CREATE TABLE, ALTER TABLE and CREATE INDEX statements for model definitions. Identifiers come from
 * validated definitions and are quoted; the only literals are defaults and enum constants from definitions, rendered
 * by the dialect.
 */
public final class DdlRenderer {
    private final Dialect dialect;
    /** The models' foreign keys, which keep the unique keys they reference full; {@code null}: none known. */
    private final ForeignKeyGraph graph;

    public DdlRenderer(Dialect dialect) {
        this(dialect, null);
    }

    /** A renderer for {@code graph}'s models: a unique key a foreign key references stays a full constraint. */
    public DdlRenderer(Dialect dialect, ForeignKeyGraph graph) {
        this.dialect = dialect;
        this.graph = graph;
    }

    /** CREATE TABLE for {@code model}, with the given foreign keys declared inline. */
    public String createTable(ModelDefinition model, Collection<ForeignKeyTarget> inlineForeignKeys) {
        StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(q(model.tableName())).append(" (");
        boolean first = true;
        for (Attribute a : model.attributes()) {
            if (!first) sql.append(", ");
            first = false;
            sql.append(columnDefinition(a, true));
        }
        boolean inlineKey = model.generatedKey().isPresent();
        if (!inlineKey && !model.primaryKey().isEmpty()) {
            sql.append(", PRIMARY KEY (").append(columns(model.primaryKey())).append(')');
        }
        // A paranoid model's unique keys are partial indexes where the database has them: see liveUniques.
        for (ModelDefinition.UniqueKey unique : model.uniqueKeys()) {
            if (live(model, unique) != null) continue;
            sql.append(", CONSTRAINT ").append(q(unique.name())).append(" UNIQUE (")
                    .append(columns(unique.attributes())).append(')');
        }
        for (ForeignKeyTarget fk : inlineForeignKeys) {
            sql.append(", ").append(foreignKeyClause(fk));
        }
        return sql.append(')').append(dialect.tableOptions()).toString();
    }

    /** The column definition: name, type, NOT NULL, default, enum check. */
    public String columnDefinition(Attribute a, boolean allowInlineKey) {
        return columnDefinition(a.column(), a.type(), a.allowNull(), a.defaultValue(), a.type().enumNames(),
                a.autoIncrement() && allowInlineKey);
    }

    /**
     * The column definition from its parts (the migration generator renders columns it only has a snapshot of):
     * name, type, NOT NULL, default, CHECK over {@code enumNames} when the type is an enum; an auto-increment
     * primary key when {@code inlineKey}.
     */
    public String columnDefinition(String column, DataType type, boolean allowNull, Object defaultValue,
                                   List<String> enumNames, boolean inlineKey) {
        StringBuilder sql = new StringBuilder(q(column)).append(' ');
        if (inlineKey) {
            return sql.append(dialect.autoIncrementKeyColumn(type)).toString();
        }
        sql.append(dialect.columnType(type));
        if (!allowNull) {
            sql.append(" NOT NULL");
        }
        String literal = defaultValue == null ? null : dialect.literal(defaultValue);
        if (literal != null) {
            sql.append(" DEFAULT ").append(literal);
        }
        if (type.kind() == DataType.Kind.ENUM) {
            sql.append(" CHECK (").append(q(column)).append(" IN (");
            for (int i = 0; i < enumNames.size(); i++) {
                if (i > 0) sql.append(", ");
                sql.append(dialect.stringLiteral(enumNames.get(i)));
            }
            sql.append("))");
        }
        return sql.toString();
    }

    /** {@code CONSTRAINT name FOREIGN KEY (col) REFERENCES table (key) ON DELETE … ON UPDATE …}. */
    public String foreignKeyClause(ForeignKeyTarget fk) {
        var reference = fk.attribute().reference();
        return foreignKeyClause(fk.name(), fk.attribute().column(), fk.target().tableName(), fk.targetKey().column(),
                reference.onDelete(), reference.onUpdate());
    }

    /** The foreign key clause from its parts. */
    public String foreignKeyClause(String name, String column, String targetTable, String targetColumn,
                                   ReferentialAction onDelete, ReferentialAction onUpdate) {
        return "CONSTRAINT " + q(name) + " FOREIGN KEY (" + q(column) + ") REFERENCES " + q(targetTable) + " ("
                + q(targetColumn) + ") ON DELETE " + onDelete.sql() + " ON UPDATE " + onUpdate.sql();
    }

    /** ALTER TABLE … ADD CONSTRAINT for a foreign key on an existing table. */
    public String addForeignKey(ForeignKeyTarget fk) {
        return "ALTER TABLE " + q(fk.owner().tableName()) + " ADD " + foreignKeyClause(fk);
    }

    /** ALTER TABLE … ADD COLUMN, with an inline REFERENCES clause when {@code fk} is given (SQLite's only way). */
    public String addColumn(ModelDefinition model, Attribute a, ForeignKeyTarget inlineReference) {
        String sql = "ALTER TABLE " + q(model.tableName()) + " ADD COLUMN " + columnDefinition(a, false);
        if (inlineReference != null) {
            var reference = a.reference();
            sql += " REFERENCES " + q(inlineReference.target().tableName()) + " ("
                    + q(inlineReference.targetKey().column()) + ") ON DELETE " + reference.onDelete().sql()
                    + " ON UPDATE " + reference.onUpdate().sql();
        }
        return sql;
    }

    /** Adds a unique constraint to an existing table (a partial unique index for a paranoid model, where it can). */
    public String addUnique(ModelDefinition model, ModelDefinition.UniqueKey unique) {
        if (live(model, unique) != null) {
            return LiveUniqueKeys.create(model, unique, dialect);
        }
        return dialect.addUnique(model.tableName(), unique.name(), unique.columns());
    }

    /**
     * The partial unique indexes that follow {@link #createTable} for a paranoid model where the database has them
     * ({@code CREATE UNIQUE INDEX … WHERE "deletedAt" IS NULL}), in place of its UNIQUE constraints; else none.
     */
    public List<String> liveUniques(ModelDefinition model) {
        return model.uniqueKeys().stream().filter(u -> live(model, u) != null)
                .map(u -> LiveUniqueKeys.create(model, u, dialect)).toList();
    }

    /** {@code CREATE INDEX name ON table (columns)}: the same statement on every database. */
    public String createIndex(ModelDefinition model, ModelDefinition.Index index) {
        return "CREATE INDEX " + q(index.name()) + " ON " + q(model.tableName()) + " (" + columns(index.attributes())
                + ")";
    }

    /** The column limiting {@code unique} to live rows, or {@code null} for a full one ({@link LiveUniqueKeys}). */
    public String live(ModelDefinition model, ModelDefinition.UniqueKey unique) {
        return LiveUniqueKeys.liveColumn(model, unique, dialect, graph);
    }

    private String columns(List<Attribute> attributes) {
        return dialect.quoteAll(attributes.stream().map(Attribute::column).toList());
    }

    private String q(String identifier) {
        return dialect.quote(identifier);
    }
}
