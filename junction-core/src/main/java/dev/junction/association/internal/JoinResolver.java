package dev.junction.association.internal;

import dev.junction.DefinitionException;
import dev.junction.association.AssociationOptions;
import dev.junction.internal.model.ModelImpl;
import dev.junction.schema.AttributeSpec;
import dev.junction.schema.DataType;
import dev.junction.schema.ModelSpec;
import dev.junction.schema.Reference;
import dev.junction.schema.ReferentialAction;
import dev.junction.schema.internal.Naming;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Pairs the {@code belongsToMany} sides that share one join model and works out its columns, as Sequelize does
 * and without its surprises: an unset key of one side comes from its partner (its key columns from the partner's
 * explicit ones, its {@code targetKey} from the partner's {@code sourceKey}); an unscoped side whose only partner
 * has a scope shares it; contradicting options are refused at once by {@link JoinChecks}. Sides that would still
 * need more than two key columns, or one column for both ends of a link, are {@link #incomplete()}: a later
 * declaration may complete them, and what remains is reported when the definitions are used.
 */
final class JoinResolver {
    /** One key column of the join model: what it refers to and how, and the side that says so. */
    private record KeyColumn(ModelImpl<?> model, String attribute, ReferentialAction onDelete,
                             ReferentialAction onUpdate, boolean constraints, Consumer<AttributeSpec> options,
                             JoinSide side) {
    }

    /** One side's resolved keys: its join columns and the target attribute the other key refers to. */
    private record SideKeys(String foreignKey, String otherKey, String targetKey) {
    }

    private final String through;
    private final List<JoinSide> sides;
    private final Map<JoinSide, SideKeys> keys = new IdentityHashMap<>();

    /** @throws DefinitionException when the declarations contradict each other (see {@link JoinChecks}) */
    JoinResolver(String through, List<JoinSide> sides) {
        this.through = through;
        this.sides = sides;
        JoinChecks.check(through, sides, this::partner);
        for (JoinSide side : sides) {
            keys.put(side, new SideKeys(foreignKey(side), otherKey(side), targetKey(side)));
        }
    }

    /** The resolved plan of one side. */
    JoinPlan plan(JoinSide side) {
        SideKeys k = keys.get(side);
        List<String> identity = new ArrayList<>(List.of(k.foreignKey(), k.otherKey()));
        identity.addAll(scopeAttributes());
        return new JoinPlan(through, k.foreignKey(), k.otherKey(), scope(side), side.through().unique(), identity,
                side.sourceKey(), k.targetKey());
    }

    private String foreignKey(JoinSide side) {
        if (side.options().foreignKey() != null) return side.options().foreignKey();
        JoinSide partner = partner(side);
        if (partner != null && partner.options().otherKey() != null) return partner.options().otherKey();
        return Naming.foreignKeyAttribute(side.source().name(), side.sourceKey());
    }

    private String otherKey(JoinSide side) {
        if (side.options().otherKey() != null) return side.options().otherKey();
        JoinSide partner = partner(side);
        if (partner != null && partner.options().foreignKey() != null) return partner.options().foreignKey();
        String stem = side.isSelf() ? Naming.singular(side.as()) : side.target().name();
        return Naming.foreignKeyAttribute(stem, targetKey(side));
    }

    /** The target attribute links refer to: the given one, else the partner's sourceKey, else the target's key. */
    private String targetKey(JoinSide side) {
        if (side.options().targetKey() != null || side.isSelf()) return side.targetKey();
        JoinSide partner = partner(side);
        return partner != null ? partner.sourceKey() : side.targetKey();
    }

    private JoinSide partner(JoinSide side) {
        for (JoinSide other : sides) {
            if (side.isPartnerOf(other)) return other;
        }
        return null;
    }

    /**
     * A side's scope: its own; or, when it has none and exactly one side is declared from the other end, that
     * side's — so {@code Tag.belongsToMany(Post)} beside a {@code Post} side scoped {@code taggable = 'post'} reads
     * and writes only the posts' links (Sequelize leaves it unscoped and mixes in the links of other owners).
     */
    private Map<String, Object> scope(JoinSide side) {
        if (!side.through().scope().isEmpty()) return side.through().scope();
        List<JoinSide> partners = sides.stream().filter(side::isPartnerOf).toList();
        return partners.size() == 1 ? partners.get(0).through().scope() : Map.of();
    }

    /**
     * Why these sides cannot make the join model yet — a side whose two ends would share one column, or more than
     * two key columns in all — naming the declarations; {@code null} when they can.
     */
    String incomplete() {
        for (JoinSide side : sides) {
            SideKeys k = keys.get(side);
            if (k.foreignKey().equals(k.otherKey())) return collapsed(side, k.foreignKey());
        }
        Set<String> columns = new LinkedHashSet<>();
        sides.forEach(side -> {
            columns.add(keys.get(side).foreignKey());
            columns.add(keys.get(side).otherKey());
        });
        if (columns.size() <= 2) return null;
        return "Join model " + through + ": " + String.join(" and ", sides.stream().map(JoinSide::describe).toList())
                + " would need key columns " + columns + ", but a link has two ends; give the sides matching"
                + " foreignKey/otherKey (or declare the missing partner)";
    }

    private String collapsed(JoinSide side, String column) {
        JoinSide partner = partner(side);
        String foreignFrom = side.options().foreignKey() != null ? "its foreignKey"
                : partner != null && partner.options().otherKey() != null ? "the otherKey of " + partner.describe()
                : "its source";
        String otherFrom = side.options().otherKey() != null ? "its otherKey"
                : partner != null && partner.options().foreignKey() != null ? "the foreignKey of "
                + partner.describe() : side.isSelf() ? "its singular alias '" + Naming.singular(side.as()) + "'"
                : "its target";
        return "Join model " + through + ": " + side.describe() + " would keep both ends of a link in the one"
                + " column '" + column + "' (foreignKey from " + foreignFrom + ", otherKey from " + otherFrom
                + "); name two different columns with foreignKey(…) and otherKey(…)";
    }

    /** Whether an implicit join model keeps createdAt/updatedAt, as some side chose, or {@code null} (the default). */
    Boolean timestamps() {
        return sides.stream().map(s -> s.through().timestamps()).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Whether some side asked for a paranoid join model ({@code Through.paranoid()}). */
    boolean paranoid() {
        return sides.stream().anyMatch(s -> s.through().isParanoid());
    }

    /** The key columns in order, each with the side that owns it (its foreign key) winning over a mere mention. */
    private Map<String, KeyColumn> keyColumns() {
        Map<String, KeyColumn> columns = new LinkedHashMap<>();
        for (JoinSide side : sides) {
            AssociationOptions o = side.options();
            boolean constraints = !Boolean.FALSE.equals(o.constraints());
            KeyColumn owned = new KeyColumn(side.source(), side.sourceKey(),
                    Objects.requireNonNullElse(o.onDelete(), ReferentialAction.CASCADE),
                    Objects.requireNonNullElse(o.onUpdate(), ReferentialAction.CASCADE), constraints,
                    o.foreignKeyOptions(), side);
            String fk = keys.get(side).foreignKey();
            KeyColumn previous = columns.get(fk);
            if (previous != null && previous.constraints() && constraints
                    && !previous.model().name().equals(side.source().name())) {
                throw new DefinitionException("Join model " + through + ": column '" + fk + "' would refer to both "
                        + previous.model().name() + " and " + side.source().name() + "; use constraints(false) on"
                        + " both sides of a polymorphic link");
            }
            columns.put(fk, owned);
        }
        for (JoinSide side : sides) {
            boolean constraints = !Boolean.FALSE.equals(side.options().constraints());
            columns.putIfAbsent(keys.get(side).otherKey(), new KeyColumn(side.target(), keys.get(side).targetKey(),
                    ReferentialAction.CASCADE, ReferentialAction.CASCADE, constraints,
                    side.options().otherKeyOptions(), side));
        }
        return columns;
    }

    /**
     * A link key is NOT NULL unless its options allow null, so SET NULL could only fail when the referenced row
     * goes; refused here, naming the declaration, rather than when the tables are created.
     */
    private void refuseSetNullOnNotNull(String name, KeyColumn column, AttributeSpec key) {
        String option = column.onDelete() == ReferentialAction.SET_NULL ? "onDelete"
                : column.onUpdate() == ReferentialAction.SET_NULL ? "onUpdate" : null;
        if (option == null || key.isAllowNull()) return;
        throw new DefinitionException("Join model " + through + ": " + column.side().describe() + " says " + option
                + "(SET_NULL), but its key '" + name + "' is NOT NULL; use CASCADE or RESTRICT, or allow null with"
                + " foreignKey(\"" + name + "\", a -> a.allowNull(true))");
    }

    /**
     * The scope attributes that tell links apart: those the sides scope with different values (several owners sharing
     * one join table, as {@code taggable} in Sequelize's {@code item_tag}), where a pair alone would make one owner's
     * link collide with another's. A scope only one value of which is used ({@code started = true}) filters and
     * fills links but leaves the pair their identity, as the primary key Sequelize gives that table says.
     */
    private List<String> scopeAttributes() {
        Map<String, Set<Object>> values = new LinkedHashMap<>();
        sides.forEach(s -> scope(s).forEach((name, value) -> values.computeIfAbsent(name, n -> new HashSet<>())
                .add(value)));
        return values.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
    }

    /**
     * The join model's share of the definition: key columns with their references, scope columns, identity.
     *
     * @throws DefinitionException when the sides are {@link #incomplete()} or a key column would refer to two tables
     */
    Consumer<ModelSpec> contribution() {
        String incomplete = incomplete();
        if (incomplete != null) throw new DefinitionException(incomplete);
        Map<String, KeyColumn> columns = keyColumns();
        Map<String, Object> scopeValues = new LinkedHashMap<>();
        sides.forEach(s -> scopeValues.putAll(scope(s)));
        List<String> identity = plan(sides.get(0)).identity();
        boolean unique = sides.get(0).through().unique();
        boolean paranoid = paranoid();
        String uniqueKey = sides.stream().map(s -> s.through().uniqueKey()).filter(Objects::nonNull).findFirst()
                .orElse(null);
        return spec -> {
            columns.forEach((name, column) -> {
                DataType type = column.model().definition().attribute(column.attribute()).orElseThrow().type();
                spec.attributeOrAdd(name, type, a -> {
                    a.notNull();
                    if (column.options() != null) column.options().accept(a);
                    a.reference(new Reference(column.model().name(), column.attribute(), column.onDelete(),
                            column.onUpdate(), column.constraints()));
                    refuseSetNullOnNotNull(name, column, a);
                });
            });
            scopeValues.forEach((name, value) -> {
                DataType type = DataType.forJavaType(value.getClass());
                if (type == null) {
                    throw new DefinitionException("Join model " + through + ": scope value of '" + name + "' is a "
                            + value.getClass().getSimpleName() + ", which cannot be stored");
                }
                // Each link of a table shared by owners belongs to one of them; a one-value scope stays nullable, so
                // the other sides write the column like any other (Sequelize's UserTask.started).
                spec.attributeOrAdd(name, type, a -> {
                    if (identity.contains(name)) a.notNull();
                });
            });
            spec.joinIdentity(identity, unique, uniqueKey, paranoid);
        };
    }
}
