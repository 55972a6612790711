package dev.junction.association.internal;

import dev.junction.Row;
import dev.junction.internal.model.ModelImpl;
import dev.junction.internal.model.ModelPlan;
import dev.junction.internal.write.VersionGuard;
import dev.junction.query.internal.Sql;
import dev.junction.schema.DataType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the statements that insert links — upserts on the link identity, or plain INSERTs — before any runs, so
 * that a call knows how many it sends: chunked below the dialect's bind-parameter limit, rows in target-key order,
 * join rows with defaults and timestamps filled. A statement of a few rows has its text rendered once per shape
 * (plain or upsert, which join values it sets, how many rows, returning them or not) and bound per call; the texts
 * belong to the plans this was made for ({@link LinkWriter} is remade when they change). Thread-safe.
 */
final class LinkInserts {
    /** One wanted link: the target's key and the join values given for it. */
    record Wanted(Object key, Map<String, Object> values) {
    }

    /**
     * One statement of link rows; {@code upsert}: an insert-if-absent, which may lose a race on H2. {@code rows}: the
     * join rows it inserts (column order), into which a plain INSERT's generated keys are read back.
     */
    record Statement(Sql sql, boolean upsert, List<Object[]> rows) {
    }

    /** The shape of one statement's text: {@code update} null for a plain INSERT. */
    private record Shape(List<String> update, int rows, boolean returning) {
    }

    /** The most statement texts kept (as {@code StatementCache}: shapes beyond it are rendered per call). */
    private static final int CAPACITY = 256;
    /**
     * The most rows of a statement whose text is kept: calls of a few links repeat their shape, a large set's chunk of
     * hundreds of rows rarely does, and its text would hold tens of kilobytes.
     */
    private static final int CACHED_ROWS = 16;

    private final JoinPlan plan;
    private final ModelImpl<Row> join;
    private final ModelPlan j;
    /** The join model's attributes an insert writes (all but a generated key), in column order, and their columns. */
    private final int[] columns;
    private final List<String> names;
    private final List<DataType> types;
    private final List<String> conflict;
    private final Map<Shape, String> texts = new ConcurrentHashMap<>();

    LinkInserts(BelongsToManyImpl<?, ?> association, ModelImpl<Row> join) {
        this.plan = association.plan();
        this.join = join;
        this.j = join.plan();
        List<Integer> written = new ArrayList<>();
        for (int i = 0; i < j.attributes().size(); i++) {
            if (i != j.generatedKeyIndex()) written.add(i);
        }
        this.columns = written.stream().mapToInt(Integer::intValue).toArray();
        this.names = written.stream().map(i -> j.attributes().get(i).column()).toList();
        this.types = written.stream().map(i -> j.attributes().get(i).type()).toList();
        this.conflict = plan.identity().stream().map(a -> BelongsToManyImpl.column(j, a)).toList();
    }

    /**
     * The statements that insert the links {@code wanted} of {@code owner}: upserts for unique links, which set the
     * join values given on links already there; plain INSERTs for non-unique ones.
     */
    List<Statement> upserts(Object owner, List<Wanted> wanted) {
        return upserts(owner, wanted, false);
    }

    /**
     * As {@link #upserts(Object, List)}, each statement returning the join rows it inserted (in the join model's
     * select list), for a dialect whose upsert returns only those.
     */
    List<Statement> upsertsReturningInserted(Object owner, List<Wanted> wanted) {
        return upserts(owner, wanted, true);
    }

    private List<Statement> upserts(Object owner, List<Wanted> wanted, boolean returning) {
        Instant now = Instant.now();
        List<Statement> inserts = new ArrayList<>();
        if (wanted.size() == 1) {
            Wanted w = wanted.get(0);
            addChunks(inserts, List.<Object[]>of(row(owner, w, now)), plan.unique() ? given(w) : null, returning);
            return inserts;
        }
        Map<Set<String>, List<Object[]>> groups = new LinkedHashMap<>();
        for (Wanted w : inKeyOrder(wanted)) {
            groups.computeIfAbsent(w.values().keySet(), k -> new ArrayList<>()).add(row(owner, w, now));
        }
        if (!plan.unique()) {
            List<Object[]> rows = new ArrayList<>();
            groups.values().forEach(rows::addAll);
            addChunks(inserts, rows, null, returning);
        } else {
            groups.forEach((given, rows) -> addChunks(inserts, rows, List.copyOf(given), returning));
        }
        return inserts;
    }

    /** The names of the join values given for {@code w}, which its upsert sets on a link already there. */
    private static List<String> given(Wanted w) {
        return w.values().isEmpty() ? List.of() : List.copyOf(w.values().keySet());
    }

    /** Plain INSERTs of {@code rows}. */
    List<Statement> plain(List<Object[]> rows) {
        List<Statement> inserts = new ArrayList<>();
        addChunks(inserts, rows, null, false);
        return inserts;
    }

    /** The join row of one link, ready to insert (defaults and timestamps filled). */
    Object[] row(Object owner, Wanted w, Instant now) {
        Row row = new Row();
        row.put(plan.foreignKey(), owner);
        row.put(plan.otherKey(), w.key());
        plan.scope().forEach(row::put);
        row.putAll(w.values());
        return join.prepareInsert(row, now);
    }

    /**
     * The links in target-key order. Two adds of overlapping targets then take the link rows' locks in the same
     * order, so they wait for each other instead of deadlocking (MariaDB and H2 did, with the targets reversed).
     */
    static List<Wanted> inKeyOrder(List<Wanted> wanted) {
        if (!wanted.stream().allMatch(w -> w.key() instanceof Comparable<?>)) return wanted;
        List<Wanted> sorted = new ArrayList<>(wanted);
        sorted.sort((a, b) -> compareKeys(a.key(), b.key()));
        return sorted;
    }

    /** Keys of one attribute are coerced to its one Java type, so they compare with each other. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    /** The most link rows one upsert carries (below the dialect's bind-parameter limit, at most 1,000). */
    int rowsPerStatement() {
        return Math.max(1, Math.min(1000, j.dialect().maxBindParameters() / columns.length));
    }

    /**
     * Adds to {@code inserts} the statements inserting {@code rows}, in chunks below the dialect's bind-parameter
     * limit. With {@code update} null: plain INSERT. Otherwise an upsert on the link identity that sets
     * {@code update} (and updatedAt) on links already there, or does nothing when {@code update} is empty.
     */
    private void addChunks(List<Statement> inserts, List<Object[]> rows, List<String> update, boolean returning) {
        int chunk = rowsPerStatement();
        // A plain INSERT reads its surrogate ids back, which some databases give for one row per statement only.
        if (update == null && j.generatedKeyIndex() >= 0 && !j.dialect().returnsKeysOfManyRows()) chunk = 1;
        for (int from = 0; from < rows.size(); from += chunk) {
            List<Object[]> part = rows.size() <= chunk ? rows : rows.subList(from, Math.min(rows.size(), from + chunk));
            Sql sql = new Sql().append(text(new Shape(update, part.size(), returning)));
            for (Object[] row : part) {
                for (int i : columns) sql.addBind(row[i], j.codec(i));
            }
            inserts.add(new Statement(sql, update != null, part));
        }
    }

    /** The text of a statement of {@code shape}, rendered the first time it is asked for. */
    private String text(Shape shape) {
        if (shape.rows() > CACHED_ROWS) return render(shape);
        String text = texts.get(shape);
        if (text != null) return text;
        text = render(shape);
        if (texts.size() < CAPACITY) texts.putIfAbsent(shape, text);
        return text;
    }

    private String render(Shape shape) {
        String table = j.definition().tableName();
        String text;
        if (shape.update() == null) {
            text = j.dialect().insert(table, names, shape.rows());
        } else {
            List<String> updated = new ArrayList<>();
            shape.update().forEach(a -> updated.add(BelongsToManyImpl.column(j, a)));
            if (!shape.update().isEmpty() && j.updatedAtIndex() >= 0) {
                updated.add(j.attributes().get(j.updatedAtIndex()).column());
            }
            // A link soft-deleted since it was looked for is revived: the new row's deletedAt (null) replaces it.
            if (ParanoidLinks.paranoid(j)) updated.add(j.attributes().get(j.deletedAtIndex()).column());
            text = j.dialect().upsert(table, names, types, shape.rows(), conflict, updated, VersionGuard.column(j));
        }
        return shape.returning() ? text + " RETURNING " + j.selectList("") : text;
    }
}
