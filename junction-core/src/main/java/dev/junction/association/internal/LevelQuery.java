package dev.junction.association.internal;

import dev.junction.dialect.internal.ArrayCodec;
import dev.junction.internal.mapping.ValueEquality;
import dev.junction.internal.model.ModelPlan;
import dev.junction.lifecycle.internal.ScopeFilter;
import dev.junction.query.Query;
import dev.junction.query.Include;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one include level: the query for the children of a chunk of parents, and the {@code EXISTS} that a
 * required include adds to its parent's query. Tables are aliased by depth ({@code t1}, {@code j1}, {@code t2} …)
 * so nested conditions never capture each other's columns.
 */
final class LevelQuery<S, U> {
    private final AssociationBase<S, U> association;
    private final Include<?, ?> include;
    private final int depth;
    private final String t;
    private final String j;
    private final ModelPlan targetPlan;
    private final BelongsToManyImpl<S, U> many;
    private final JoinPlan link;
    private final ModelPlan joinPlan;
    /** Join attributes the include returns with each link. */
    private final List<String> throughNames = new ArrayList<>();
    /** Of those, the ones selected (join-plan indexes); the two keys are known without reading them again. */
    private final List<Integer> throughColumns = new ArrayList<>();
    /** How each link keeps its join row (belongsToMany), or null. */
    private final ThroughLayout layout;
    /** A link's own values as read from one row, before {@link ThroughLayout#link} packs them (one row at a time). */
    private final Object[] ownValues;
    /** The target attribute the join row's other key holds (belongsToMany), as an index into the target plan. */
    private final int targetKeyIndex;
    /** The target's primary key attributes, as indexes into its plan (and, plus one, into the select list). */
    private final int[] identityColumns;
    /** The scope the target reads with (its default scope, as Sequelize applies to includes), or {@code null}. */
    private final Query targetScope;
    /** The join model's own default scope (belongsToMany), or {@code null}: it never inherits its ends' scopes. */
    private final Query joinScope;
    /** A count-only include that needs no target column: it counts the join rows alone, without joining targets. */
    private final boolean linksOnly;

    /**
     * The statement of one include level at {@code depth}, under parents of {@code parentPlan} — null where no link
     * is read (a filter's EXISTS), so no {@link #layout()}.
     */
    LevelQuery(AssociationBase<S, U> association, Include<?, ?> include, int depth, ModelPlan parentPlan) {
        this.association = association;
        this.include = include;
        this.depth = depth;
        this.t = "t" + depth + ".";
        this.j = "j" + depth + ".";
        this.targetPlan = association.target.plan();
        this.targetScope = association.target.readScope();
        this.many = association instanceof BelongsToManyImpl<S, U> m ? m : null;
        this.link = many == null ? null : many.plan();
        this.joinPlan = many == null ? null : many.join().plan();
        this.joinScope = many == null ? null : many.join().readScope();
        this.targetKeyIndex = many == null ? -1 : targetPlan.indexOf(link.targetKey());
        int[] throughSources = new int[0];
        if (many != null) {
            List<Integer> sources = new ArrayList<>();
            for (int i = 0; i < joinPlan.attributes().size(); i++) {
                Attribute a = joinPlan.attributes().get(i);
                List<String> wanted = include.throughAttributeNames();
                if (wanted != null && !wanted.contains(a.name())) continue;
                throughNames.add(a.name());
                if (a.name().equals(link.foreignKey())) {
                    sources.add(ThroughLayout.OWNER_KEY);
                } else if (a.name().equals(link.otherKey()) && a.type().equals(targetKeyAttribute().type())) {
                    sources.add(ThroughLayout.TARGET_KEY);
                } else {
                    sources.add(throughColumns.size());
                    throughColumns.add(i);
                }
            }
            throughSources = sources.stream().mapToInt(Integer::intValue).toArray();
        }
        this.layout = many == null || parentPlan == null ? null : new ThroughLayout(
                throughNames.toArray(String[]::new), throughSources,
                parentPlan.indexOf(IncludeLoader.parentKey(association)), targetKeyIndex);
        this.ownValues = new Object[throughColumns.size()];
        this.identityColumns = association.target.definition().primaryKey().stream()
                .mapToInt(a -> targetPlan.indexOf(a.name())).toArray();
        this.linksOnly = many != null && include.isCountOnly() && LinkCounting.linksAlone(link, joinPlan,
                targetPlan, targetScope, include.where(), include.isWithDeleted());
    }

    /** The children of the parents whose keys are {@code keys}. */
    Sql render(List<Object> keys, IncludeLoader loader) {
        Sql sql = selectChildren();
        fromKeys(sql, keys);
        return finishChildren(sql, loader);
    }

    /** The children of the parents that {@code parents} selects again. */
    Sql render(ParentSubquery parents, IncludeLoader loader) {
        Sql sql = selectChildren();
        fromParents(sql, parents, loader);
        return finishChildren(sql, loader);
    }

    private Sql selectChildren() {
        Sql sql = new Sql().append("SELECT ").append(targetPlan.selectList(t));
        if (many != null) {
            sql.append(", ").append(j).append(q(column(joinPlan, link.foreignKey())));
            for (int i : throughColumns) sql.append(", ").append(j).append(q(joinPlan.attributes().get(i).column()));
        }
        return sql;
    }

    private Sql finishChildren(Sql sql, IncludeLoader loader) {
        conditions(sql, loader);
        IncludeLoader.appendOrder(sql, targetPlan, include.order(), t);
        return sql;
    }

    /**
     * {@code SELECT <child key>, COUNT(*) … GROUP BY <child key>}: how many children each parent of the chunk has
     * (a count-only include), under the same conditions as {@link #render}; parents without any have no row.
     */
    Sql renderCount(List<Object> keys, IncludeLoader loader) {
        Sql sql = new Sql().append("SELECT ").append(childKeyColumn()).append(", COUNT(*)");
        fromKeys(sql, keys);
        conditions(sql, loader);
        return sql.append(" GROUP BY ").append(childKeyColumn());
    }

    /** {@link #renderCount(List, IncludeLoader)} for the parents that {@code parents} selects. */
    Sql renderCount(ParentSubquery parents, IncludeLoader loader) {
        Sql sql = new Sql().append("SELECT ").append(childKeyColumn()).append(", COUNT(*)");
        fromParents(sql, parents, loader);
        conditions(sql, loader);
        return sql.append(" GROUP BY ").append(childKeyColumn());
    }

    /** {@code FROM … WHERE <the child key names one of the parents>}. */
    private void fromParents(Sql sql, ParentSubquery parents, IncludeLoader loader) {
        from(sql);
        sql.append(" WHERE ");
        parents.renderCondition(sql, IncludeLoader.parentKey(association), childKeyColumn(), loader);
    }

    /** The parent key of a row of {@link #renderCount}. */
    Object countKey(ResultSet rs) throws SQLException {
        return childKeyCodec().read(rs, 1);
    }

    /** {@code FROM … WHERE <child key> IN (keys)}, or joined to one array of them where the database has arrays. */
    private void fromKeys(Sql sql, List<Object> keys) {
        from(sql);
        String arrayType = arrayElementType();
        if (arrayType != null && targetPlan.dialect().joinsKeyArrays()) {
            String k = "k" + depth;
            sql.append(", UNNEST(").bind(List.copyOf(keys), new ArrayCodec(arrayType)).append(") ").append(k)
                    .append("(v) WHERE ").append(childKeyColumn()).append(" = ").append(k).append(".v");
        } else if (arrayType != null) {
            sql.append(" WHERE ").append(childKeyColumn()).append(" = ANY(")
                    .bind(List.copyOf(keys), new ArrayCodec(arrayType)).append(')');
        } else {
            sql.append(" WHERE ").append(childKeyColumn()).append(" IN (");
            var codec = childKeyCodec();
            for (int n = 0; n < keys.size(); n++) {
                if (n > 0) sql.append(", ");
                sql.bind(keys.get(n), codec);
            }
            sql.append(')');
        }
    }

    /** How many parameters the conditions beyond the keys bind (filters, scope, required includes beneath). */
    int conditionBinds(IncludeLoader loader) {
        Sql probe = new Sql();
        conditions(probe, loader);
        return probe.binds().size();
    }

    /** {@code EXISTS (SELECT 1 FROM … WHERE <child key> = <outer parent key> AND …)}. */
    void renderExists(Sql sql, String outer, IncludeLoader loader) {
        sql.append("EXISTS (SELECT 1");
        from(sql);
        ModelPlan source = association.source.plan();
        sql.append(" WHERE ").append(childKeyColumn()).append(" = ").append(outer)
                .append(q(column(source, IncludeLoader.parentKey(association))));
        conditions(sql, loader);
        sql.append(')');
    }

    private void from(Sql sql) {
        if (linksOnly) {
            sql.append(" FROM ").append(joinPlan.quotedTable()).append(' ').append(alias(j));
            return;
        }
        String target = alias(t);
        sql.append(" FROM ").append(targetPlan.quotedTable()).append(' ').append(target);
        if (many != null) {
            sql.append(" JOIN ").append(joinPlan.quotedTable()).append(' ').append(alias(j)).append(" ON ").append(j)
                    .append(q(column(joinPlan, link.otherKey()))).append(" = ").append(t)
                    .append(q(column(targetPlan, link.targetKey())));
        }
    }

    /**
     * Association scope, join model's and target's scopes, target filter (soft-deleted targets and links hidden
     * unless asked), join filter, and the EXISTS of required includes beneath.
     */
    private void conditions(Sql sql, IncludeLoader loader) {
        if (many != null) BelongsToManyImpl.appendScope(sql, link, joinPlan, j);
        if (many != null && !include.isWithDeleted()) ParanoidLinks.appendLive(sql, joinPlan, j);
        if (many != null) ScopeFilter.appendAnd(sql, joinScope, joinPlan.where(j));
        ScopeFilter.appendAnd(sql, targetScope, targetPlan.where(t));
        dev.junction.query.Where targetWhere = targetPlan.readWhere(include.where(), include.isWithDeleted());
        if (targetWhere != null) {
            sql.append(" AND ");
            targetPlan.where(t).render(sql, targetWhere);
        }
        if (include.throughWhere() != null) {
            // IncludeCheck has made sure only a belongsToMany (which has join rows) gets here.
            sql.append(" AND ");
            joinPlan.where(j).render(sql, include.throughWhere());
        }
        for (Include<?, ?> child : include.children()) {
            if (!child.isRequired()) continue;
            sql.append(" AND ");
            loader.appendExists(sql, child, t, depth + 1);
        }
    }

    private Attribute targetKeyAttribute() {
        return targetPlan.attributes().get(targetKeyIndex);
    }

    /** The column whose value ties a child row to its parent. */
    private String childKeyColumn() {
        if (many != null) return j + q(column(joinPlan, link.foreignKey()));
        if (association instanceof BelongsToImpl<S, U> b) return t + q(column(targetPlan, b.targetKey));
        return t + q(column(targetPlan, association.foreignKey()));
    }

    /** The array element type for the child key where the database binds key lists as one array, else null. */
    String arrayElementType() {
        String attribute = many != null ? link.foreignKey() : association instanceof BelongsToImpl<S, U> b
                ? b.targetKey : association.foreignKey();
        ModelPlan plan = many != null ? joinPlan : targetPlan;
        return plan.dialect().arrayElementType(plan.attributes().get(plan.indexOf(attribute)).type());
    }

    private dev.junction.dialect.ValueCodec childKeyCodec() {
        if (many != null) return joinPlan.codec(joinPlan.indexOf(link.foreignKey()));
        if (association instanceof BelongsToImpl<S, U> b) return targetPlan.codec(targetPlan.indexOf(b.targetKey));
        return targetPlan.codec(targetPlan.indexOf(association.foreignKey()));
    }

    /** The parent key a child row belongs to. */
    Object groupKey(ResultSet rs, Object[] targetValues) throws SQLException {
        if (many != null) {
            return joinPlan.codec(joinPlan.indexOf(link.foreignKey())).read(rs, targetPlan.attributes().size() + 1);
        }
        if (association instanceof BelongsToImpl<S, U> b) return targetValues[targetPlan.indexOf(b.targetKey)];
        return targetValues[targetPlan.indexOf(association.foreignKey())];
    }

    /** How this level's links keep their join rows (belongsToMany), or null. */
    ThroughLayout layout() {
        return layout;
    }

    /** The link to {@code child} that the current row reads (belongsToMany), with the join values asked for. */
    LoadedLink link(ResultSet rs, LoadedNode<U> child) throws SQLException {
        int first = targetPlan.attributes().size() + 2;
        for (int k = 0; k < ownValues.length; k++) {
            ownValues[k] = joinPlan.codec(throughColumns.get(k)).read(rs, first + k);
        }
        return layout.link(child, ownValues);
    }

    /**
     * What makes two child rows the same target (its primary key), read from the row's key columns alone, so that
     * a target seen already under another parent is not read again. A hash key ({@link ValueEquality#key}).
     */
    Object identity(ResultSet rs) throws SQLException {
        if (identityColumns.length == 1) {
            return ValueEquality.key(targetPlan.codec(identityColumns[0]).read(rs, 1 + identityColumns[0]));
        }
        List<Object> parts = new ArrayList<>(identityColumns.length);
        for (int i : identityColumns) parts.add(ValueEquality.key(targetPlan.codec(i).read(rs, 1 + i)));
        return parts;
    }

    private String q(String identifier) {
        return targetPlan.dialect().quote(identifier);
    }

    private static String column(ModelPlan plan, String attribute) {
        return plan.attributes().get(plan.indexOf(attribute)).column();
    }

    private static String alias(String qualifier) {
        return qualifier.substring(0, qualifier.length() - 1);
    }

}
