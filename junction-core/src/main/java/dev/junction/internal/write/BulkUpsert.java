package dev.junction.internal.write;

import dev.junction.BulkOptions;
import dev.junction.ValidationException;
import dev.junction.internal.model.ModelImpl;
import dev.junction.internal.model.ModelPlan;
import dev.junction.query.internal.Sql;
import dev.junction.schema.Attribute;
import dev.junction.schema.DataType;
import dev.junction.schema.ModelDefinition;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The writing half of {@code bulkCreate} with {@link BulkOptions}: works out and checks the conflict target and the
 * attributes to update (never the version, which a stored row updated adds one to), collapses rows of one call that
 * collide with each other, upserts the rest with the dialect's race-safe form, and reads back the generated keys the
 * upsert cannot return. Where that form would give way on another key than the target (MariaDB), the rows go through
 * {@link LockedBulkUpsert} instead. One per call; not thread-safe.
 */
public final class BulkUpsert {
    private final ModelImpl<?> model;
    private final ModelPlan plan;
    private final boolean ignore;
    private final ConflictTarget target;
    private final int[] update;

    /** Internal: the upsert of one {@code bulkCreate} call on {@code model}, checking {@code options} now. */
    public BulkUpsert(ModelImpl<?> model, ModelPlan plan, BulkOptions options) {
        this.model = model;
        this.plan = plan;
        this.ignore = options.ignoresDuplicates();
        this.target = new ConflictTarget(plan, indexes(target(options.conflictAttributes())));
        this.update = indexes(updated(options.updateAttributes()));
    }

    /** Writes {@code rows} (prepared, column order) and stores each one's generated key in it. */
    public void write(Connection connection, List<Object[]> rows) {
        List<Object[]> plain = new ArrayList<>();
        Map<List<Object>, List<Object[]>> groups = new LinkedHashMap<>();
        for (Object[] row : rows) {
            List<Object> values = target.values(row);
            if (values == null) {
                plain.add(row); // a null on the target collides with nothing
            } else {
                groups.computeIfAbsent(values, k -> new ArrayList<>()).add(row);
            }
        }
        model.inserter().insertRows(plan, plain);
        List<Object[]> merged = new ArrayList<>(groups.size());
        groups.values().forEach(group -> merged.add(merged(group)));
        ReferencedRowLocks.of(plan, ReferencedRowLocks.allColumns(plan), merged).acquire(model.runtime(), connection);
        int key = plan.generatedKeyIndex();
        List<Object[]> keyGiven = merged.stream().filter(r -> key < 0 || r[key] != null).toList();
        List<Object[]> keyMissing = merged.stream().filter(r -> key >= 0 && r[key] == null).toList();
        if (upsertYieldsOnlyToTheTarget(key >= 0 && !keyGiven.isEmpty())) {
            upsertAll(connection, keyGiven, keyMissing);
        } else {
            new LockedBulkUpsert(model, plan, target, ignore ? new int[0] : setOnDuplicate()).write(connection, merged);
        }
        int i = 0;
        for (List<Object[]> group : groups.values()) {
            Object[] stored = merged.get(i++);
            if (key >= 0) group.forEach(row -> row[key] = stored[key]);
        }
    }

    /** Whether the dialect's upsert gives way on the target alone, given whether rows give a generated key. */
    private boolean upsertYieldsOnlyToTheTarget(boolean keysGiven) {
        List<String> names = Arrays.stream(target.columns()).mapToObj(i -> plan.attributes().get(i).name()).toList();
        return UpsertRunner.yieldsOnlyTo(plan.dialect(), plan.definition(), names, keysGiven);
    }

    /** The dialect's upsert of rows giving their key, then of rows leaving it to the database, whose keys are read. */
    private void upsertAll(Connection connection, List<Object[]> keyGiven, List<Object[]> keyMissing) {
        upsert(connection, keyGiven, false);
        if (plan.generatedKeyIndex() >= 0 && !keyGiven.isEmpty()) {
            model.inserter().resyncKeySequence(plan, connection, plan.definition().tableName());
        }
        upsert(connection, keyMissing, true);
        if (keyMissing.isEmpty()) return;
        Map<List<Object>, Object> keys = target.lookUp(model.runtime(), connection, keyMissing, false);
        for (Object[] row : keyMissing) row[plan.generatedKeyIndex()] = keys.get(target.values(row));
    }

    /** One row for a group colliding on the target: the first, updated by the later ones as the database would. */
    private Object[] merged(List<Object[]> group) {
        Object[] row = group.get(0).clone();
        if (ignore) return row;
        Object[] last = group.get(group.size() - 1);
        for (int i : update) row[i] = last[i];
        if (plan.updatedAtIndex() >= 0) row[plan.updatedAtIndex()] = last[plan.updatedAtIndex()];
        return row;
    }

    private void upsert(Connection connection, List<Object[]> rows, boolean generateKey) {
        if (rows.isEmpty()) return;
        int[] columns = InsertRenderer.columns(plan, generateKey);
        List<String> names = columnNames(columns);
        List<DataType> types = new ArrayList<>(columns.length);
        for (int c : columns) types.add(plan.attributes().get(c).type());
        List<String> updated = ignore ? List.of() : columnNames(setOnDuplicate());
        String table = plan.definition().tableName();
        UpsertRunner runner = new UpsertRunner(model.runtime().runner(), plan.dialect(), table, target.names());
        for (List<Object[]> part : InsertRenderer.chunks(plan, columns, rows,
                InsertRenderer.rowsPerStatement(plan, columns.length), model.runtime().maxStatementBytes(connection))) {
            Sql sql = new Sql()
                    .append(target.upsert(plan.dialect().upsert(table, names, types, part.size(), target.names(),
                            updated, VersionGuard.column(plan))));
            for (Object[] row : part) {
                for (int c : columns) sql.addBind(row[c], plan.codec(c));
            }
            runner.run(connection, sql);
        }
    }

    /** The columns a row matching the target gets from the new one: those named, and updatedAt. */
    private int[] setOnDuplicate() {
        if (plan.updatedAtIndex() < 0 || contains(update, plan.updatedAtIndex())) return update;
        int[] set = Arrays.copyOf(update, update.length + 1);
        set[update.length] = plan.updatedAtIndex();
        return set;
    }

    /** The conflict target: as named (the key or a unique key), else the default {@link BulkOptions} describes. */
    private List<Attribute> target(List<String> named) {
        ModelDefinition d = plan.definition();
        if (named.isEmpty()) {
            if (d.generatedKey().isPresent() && !d.uniqueKeys().isEmpty()) return d.uniqueKeys().get(0).attributes();
            return d.primaryKey();
        }
        return ConflictTarget.named(plan, named, "bulkCreate on " + d.name() + ": conflictOn");
    }

    private List<Attribute> updated(List<String> names) {
        List<Attribute> attributes = new ArrayList<>();
        for (String name : names) {
            Attribute a = plan.where("").attribute(name);
            if (plan.attributes().indexOf(a) == plan.versionIndex()) {
                throw new ValidationException(plan.definition().name(), name, "bulkCreate on "
                        + plan.definition().name() + ": updateOnDuplicate cannot set " + name + ", the version"
                        + " Junction keeps (optimistic locking): every update adds one to it");
            }
            if (contains(target.columns(), plan.attributes().indexOf(a)) || a.autoIncrement()) {
                throw new ValidationException(plan.definition().name(), name,
                        "bulkCreate on " + plan.definition().name()
                        + ": updateOnDuplicate cannot set " + name + ", which is part of the conflict target "
                        + target.names() + " or generated by the database");
            }
            attributes.add(a);
        }
        return attributes;
    }

    private int[] indexes(List<Attribute> attributes) {
        return attributes.stream().mapToInt(plan.attributes()::indexOf).toArray();
    }

    private List<String> columnNames(int[] indexes) {
        return Arrays.stream(indexes).mapToObj(i -> plan.attributes().get(i).column()).toList();
    }

    private static boolean contains(int[] indexes, int index) {
        for (int i : indexes) if (i == index) return true;
        return false;
    }
}
