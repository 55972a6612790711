package dev.junction.association.internal;

import dev.junction.DefinitionException;
import dev.junction.association.AssociationOptions;
import dev.junction.internal.ModelImpl;
import dev.junction.schema.AttributeSpec;
import dev.junction.schema.DataType;
import dev.junction.schema.ModelSpec;
import dev.junction.schema.Reference;
import dev.junction.schema.ReferentialAction;
import dev.junction.schema.internal.Naming;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Pairs the {@code belongsToMany} sides that share one join model and works out its columns, as Sequelize does
 * and without its surprises: an unset key of one side comes from the explicit key of its partner, contradicting
 * keys or identities are a {@link DefinitionException} naming both declarations, and two self-associations that
 * would need three key columns are refused instead of silently collapsed.
 */
final class JoinResolver {
    /** One key column of the join model: what it refers to and how, and the side that says so. */
    private record KeyColumn(ModelImpl<?> model, String attribute, ReferentialAction onDelete,
                             ReferentialAction onUpdate, boolean constraints, Consumer<AttributeSpec> options,
                             JoinSide side) {
    }

    private final String through;
    private final List<JoinSide> sides;
    private final Map<JoinSide, String[]> keys = new IdentityHashMap<>();

    JoinResolver(String through, List<JoinSide> sides) {
        this.through = through;
        this.sides = sides;
        for (JoinSide side : sides) {
            keys.put(side, new String[] {foreignKey(side), otherKey(side)});
        }
        check();
    }

    /** The resolved plan of one side. */
    JoinPlan plan(JoinSide side) {
        String[] k = keys.get(side);
        List<String> identity = new ArrayList<>(List.of(k[0], k[1]));
        identity.addAll(scopeAttributes());
        return new JoinPlan(through, k[0], k[1], side.through().scope(), side.through().unique(), identity);
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
        return Naming.foreignKeyAttribute(stem, side.targetKey());
    }

    private JoinSide partner(JoinSide side) {
        for (JoinSide other : sides) {
            if (side.isPartnerOf(other)) return other;
        }
        return null;
    }

    private void check() {
        JoinSide first = sides.get(0);
        Set<String> columns = new LinkedHashSet<>();
        for (JoinSide side : sides) {
            JoinSide partner = partner(side);
            if (partner != null) {
                contradiction(side, side.options().foreignKey(), partner, partner.options().otherKey(), "foreignKey",
                        "otherKey");
                contradiction(side, side.options().otherKey(), partner, partner.options().foreignKey(), "otherKey",
                        "foreignKey");
            }
            if (side.through().unique() != first.through().unique()) {
                throw new DefinitionException("Join model " + through + ": " + first.describe() + " says unique "
                        + first.through().unique() + " but " + side.describe() + " says unique "
                        + side.through().unique() + "; both sides must agree");
            }
            Boolean timestamps = side.through().timestamps();
            JoinSide chooser = timestampsChooser();
            if (timestamps != null && !timestamps.equals(chooser.through().timestamps())) {
                throw new DefinitionException("Join model " + through + ": " + chooser.describe() + " says timestamps "
                        + chooser.through().timestamps() + " but " + side.describe() + " says timestamps "
                        + timestamps + "; both sides must agree");
            }
            columns.add(keys.get(side)[0]);
            columns.add(keys.get(side)[1]);
        }
        if (columns.size() > 2) {
            boolean self = sides.stream().anyMatch(JoinSide::isSelf);
            throw new DefinitionException("Join model " + through + ": " + String.join(" and ",
                    sides.stream().map(JoinSide::describe).toList()) + " would need key columns " + columns
                    + ", but a link has two ends" + (self
                    ? "; self-associations on one join model must name foreignKey and otherKey (e.g. as('Followers')"
                    + " with foreignKey('followingId').otherKey('followerId'), and the reverse for as('Following'))"
                    : "; give the sides matching foreignKey/otherKey"));
        }
        keyColumns();
    }

    /** The first side that chooses whether an implicit join model keeps timestamps, or {@code null}. */
    private JoinSide timestampsChooser() {
        return sides.stream().filter(s -> s.through().timestamps() != null).findFirst().orElse(null);
    }

    /** Whether an implicit join model keeps createdAt/updatedAt, as some side chose, or {@code null} (the default). */
    Boolean timestamps() {
        JoinSide chooser = timestampsChooser();
        return chooser == null ? null : chooser.through().timestamps();
    }

    private void contradiction(JoinSide side, String mine, JoinSide partner, String theirs, String myOption,
                               String theirOption) {
        if (mine != null && theirs != null && !mine.equals(theirs)) {
            throw new DefinitionException("Join model " + through + ": " + side.describe() + " says " + myOption
                    + " '" + mine + "' but " + partner.describe() + " says " + theirOption + " '" + theirs
                    + "'; they name the same column");
        }
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
            String fk = keys.get(side)[0];
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
            columns.putIfAbsent(keys.get(side)[1], new KeyColumn(side.target(), side.targetKey(),
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

    private List<String> scopeAttributes() {
        Set<String> names = new LinkedHashSet<>();
        sides.forEach(s -> names.addAll(s.through().scope().keySet()));
        return new ArrayList<>(names);
    }

    /** The join model's share of the definition: key columns with their references, scope columns, identity. */
    Consumer<ModelSpec> contribution() {
        Map<String, KeyColumn> columns = keyColumns();
        Map<String, Object> scopeValues = new LinkedHashMap<>();
        sides.forEach(s -> scopeValues.putAll(s.through().scope()));
        List<String> identity = plan(sides.get(0)).identity();
        boolean unique = sides.get(0).through().unique();
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
                spec.attributeOrAdd(name, type, AttributeSpec::notNull);
            });
            spec.joinIdentity(identity, unique);
        };
    }
}
