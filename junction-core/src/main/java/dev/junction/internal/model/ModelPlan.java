package dev.junction.internal.model;

import dev.junction.JsonCodec;
import dev.junction.dialect.Dialect;
import dev.junction.dialect.ValueCodec;
import dev.junction.lifecycle.internal.InstanceValidator;
import dev.junction.lifecycle.internal.SoftDeleteFilter;
import dev.junction.query.Where;
import dev.junction.lifecycle.internal.ScopeFilter;
import dev.junction.query.internal.StatementCache;
import dev.junction.query.internal.WhereRenderer;
import dev.junction.internal.json.JsonSupport;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import dev.junction.schema.ModelDefinition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a model's operations need, worked out once when the model is defined: the codec of every attribute, the
 * quoted table and select list, where the key and timestamps are. Immutable and thread-safe.
 */
public final class ModelPlan {
    final ModelDefinition definition;
    final Dialect dialect;
    final List<Attribute> attributes;
    final ValueCodec[] codecs;
    final String quotedTable;
    final String selectList;
    final int[] keyIndexes;
    final int createdAtIndex;
    final int updatedAtIndex;
    final int deletedAtIndex;
    final int generatedKeyIndex;
    /** Index of the optimistic-locking version attribute, or -1 (the model's writes then check nothing). */
    final int versionIndex;
    final WhereRenderer where;
    /** The model's validators, or {@code null} when it has none (writes then skip validation for free). */
    final InstanceValidator validator;
    /** The soft-delete condition of a paranoid model, or {@code null} (reads then pay nothing). */
    final SoftDeleteFilter softDelete;
    /** The model's scopes, and how they merge into a read. */
    final ScopeFilter scopes;
    private final Map<Attribute, ValueCodec> codecByAttribute = new IdentityHashMap<>();
    /** Statements of this plan rendered once per shape of call; a new plan (an amended model) starts afresh. */
    final StatementCache statements = new StatementCache();
    /** What the write path learned from the database about this plan's table (see {@link #bulkTarget()}), or null. */
    private volatile Object bulkTarget;

    /** @param json the codec of json() attributes, or {@code null} when the model has none needing one */
    public ModelPlan(ModelDefinition definition, Dialect dialect, JsonCodec json) {
        this.definition = definition;
        this.dialect = dialect;
        this.attributes = definition.attributes();
        this.codecs = new ValueCodec[attributes.size()];
        StringBuilder select = new StringBuilder();
        int created = -1;
        int updated = -1;
        int deleted = -1;
        int generated = -1;
        int version = -1;
        for (int i = 0; i < attributes.size(); i++) {
            Attribute a = attributes.get(i);
            codecs[i] = a.type().kind() == DataType.Kind.JSON ? JsonSupport.attributeCodec(definition, a, dialect, json)
                    : dialect.codec(a.type());
            codecByAttribute.put(a, codecs[i]);
            if (i > 0) select.append(", ");
            select.append(dialect.quote(a.column()));
            if (a.role() == Attribute.Role.CREATED_AT) created = i;
            if (a.role() == Attribute.Role.UPDATED_AT) updated = i;
            if (a.role() == Attribute.Role.DELETED_AT) deleted = i;
            if (a.autoIncrement()) generated = i;
            if (a.role() == Attribute.Role.VERSION) version = i;
        }
        this.selectList = select.toString();
        this.quotedTable = dialect.quote(definition.tableName());
        this.keyIndexes = definition.primaryKey().stream().mapToInt(attributes::indexOf).toArray();
        this.createdAtIndex = created;
        this.updatedAtIndex = updated;
        this.deletedAtIndex = deleted;
        this.generatedKeyIndex = generated;
        this.versionIndex = version;
        this.where = new WhereRenderer(definition, dialect, this::codec, "");
        InstanceValidator rules = new InstanceValidator(definition);
        this.validator = rules.active() ? rules : null;
        this.softDelete = SoftDeleteFilter.of(definition);
        this.scopes = new ScopeFilter(definition);
    }

    /**
     * The filter a read of this model applies: {@code where} ({@code null}: every row) plus what the model adds to
     * every read — soft-deleted rows hidden unless {@code withDeleted}. {@code where} itself when nothing is added.
     */
    public Where readWhere(Where where, boolean withDeleted) {
        return softDelete == null || withDeleted ? where : softDelete.live(where);
    }

    /** The soft-delete condition, or {@code null} when the model is not paranoid. */
    public SoftDeleteFilter softDelete() {
        return softDelete;
    }

    /** The model's scopes, and how they merge into a read. */
    public ScopeFilter scopes() {
        return scopes;
    }

    private final java.util.concurrent.ConcurrentHashMap<String, WhereRenderer> qualifiedWhere =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, String> qualifiedSelect =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The statements of this plan rendered once per shape of call, for readers that render their own (association
     * accessors): dropped with the plan when the model is amended.
     */
    public StatementCache statements() {
        return statements;
    }

    /**
     * What the bulk write path learned about this plan's table from the database (on PostgreSQL, whether COPY may
     * write it), kept for the plan's life; {@code null} until learned. The write path owns the value's type.
     */
    public Object bulkTarget() {
        return bulkTarget;
    }

    /** Remembers {@link #bulkTarget()}. */
    public void bulkTarget(Object learned) {
        bulkTarget = learned;
    }

    /** The model's validators, or {@code null} when it has none (for writers that render their own statements). */
    public InstanceValidator validator() {
        return validator;
    }

    /** A filter renderer whose columns carry the table alias {@code qualifier} ({@code "t."}). */
    public WhereRenderer where(String qualifier) {
        return qualifier.isEmpty() ? where : qualifiedWhere.computeIfAbsent(qualifier,
                q -> new WhereRenderer(definition, dialect, this::codec, q));
    }

    /** The select list with every column prefixed by {@code qualifier} ({@code t."id", t."title"}). */
    public String selectList(String qualifier) {
        return qualifier.isEmpty() ? selectList : qualifiedSelect.computeIfAbsent(qualifier, q -> {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < attributes.size(); i++) {
                if (i > 0) out.append(", ");
                out.append(q).append(dialect.quote(attributes.get(i).column()));
            }
            return out.toString();
        });
    }

    /** The index of the attribute called {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).name().equals(name)) return i;
        }
        return -1;
    }

    /** The attributes in column order. */
    public java.util.List<Attribute> attributes() {
        return attributes;
    }

    /** The codec of the attribute at {@code index}. */
    public ValueCodec codec(int index) {
        return codecs[index];
    }

    /** Index of the auto-increment key, or -1. */
    public int generatedKeyIndex() {
        return generatedKeyIndex;
    }

    /** Index of updatedAt, or -1. */
    public int updatedAtIndex() {
        return updatedAtIndex;
    }

    /** Index of deletedAt (rows are soft-deleted), or -1. */
    public int deletedAtIndex() {
        return deletedAtIndex;
    }

    /** Index of the version attribute ({@code ModelSpec.version()}), or -1. */
    public int versionIndex() {
        return versionIndex;
    }

    /** Index of createdAt, or -1. */
    public int createdAtIndex() {
        return createdAtIndex;
    }

    /** The quoted table name. */
    public String quotedTable() {
        return quotedTable;
    }

    /** The dialect. */
    public Dialect dialect() {
        return dialect;
    }

    /** The codec of one of this model's attributes. */
    public ValueCodec codec(Attribute attribute) {
        return codecByAttribute.get(attribute);
    }

    public ModelDefinition definition() {
        return definition;
    }

    /** The attribute values (column order) of the current row of {@code rs}, whose columns start at {@code first}. */
    Object[] readRow(ResultSet rs, int first) throws SQLException {
        Object[] row = new Object[codecs.length];
        for (int i = 0; i < row.length; i++) {
            row[i] = codecs[i].read(rs, first + i);
        }
        return row;
    }
}
