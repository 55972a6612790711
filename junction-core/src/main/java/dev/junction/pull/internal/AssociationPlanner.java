package dev.junction.pull.internal;

import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.internal.Naming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the foreign keys of the pulled tables into associations, written into each model's {@code associate} hook:
 * a key → {@code belongsTo} on its holder and {@code hasMany} (or {@code hasOne} when the key column is unique) on
 * the referenced model; a table whose primary key or a unique key is exactly two single-column foreign keys → a
 * join model, with {@code belongsToMany} both ways through it. Each declaration names the key column's attribute
 * and the key's ON DELETE/ON UPDATE actions, so the models say what the table says; an alias is given where the
 * default name would be ambiguous (self-references, two keys to one table, two join tables between two models).
 */
final class AssociationPlanner {
    private final Map<String, PulledModel> byTable;
    private final AssociationNames names;
    private final List<String> warnings;

    AssociationPlanner(Map<String, PulledModel> byTable, List<PulledModel> models, List<String> warnings) {
        this.byTable = byTable;
        this.names = new AssociationNames(models);
        this.warnings = warnings;
    }

    /** Fills in every model's associate hook, the tables in {@code models}' order. */
    void plan(List<PulledModel> models) {
        for (PulledModel holder : models) {
            List<ForeignKeyLink> links = links(holder);
            List<ForeignKeyLink> pair = joinPair(holder, links);
            for (ForeignKeyLink link : links) {
                if (!pair.contains(link)) belongsTo(holder, link, links);
            }
            if (!pair.isEmpty()) {
                belongsToMany(holder, pair.get(0), pair.get(1));
                belongsToMany(holder, pair.get(1), pair.get(0));
            }
        }
    }

    /** The single-column foreign keys of {@code holder} whose both ends are pulled; the others are noted. */
    private List<ForeignKeyLink> links(PulledModel holder) {
        List<ForeignKeyLink> links = new ArrayList<>();
        for (DatabaseSchema.ForeignKey fk : holder.table().foreignKeys()) {
            PulledModel target = byTable.get(fk.referencedTable());
            PulledProperty column = fk.columns().size() == 1 ? holder.property(fk.columns().get(0)) : null;
            PulledProperty referenced = target == null || fk.referencedColumns().size() != 1 ? null
                    : target.property(fk.referencedColumns().get(0));
            if (column == null || referenced == null) {
                note(holder, "the foreign key (" + String.join(", ", fk.columns()) + ") → " + fk.referencedTable()
                        + " (" + String.join(", ", fk.referencedColumns()) + ") is not modelled: Junction's"
                        + " associations take a single key column of a pulled table");
                continue;
            }
            links.add(new ForeignKeyLink(fk, column, target, referenced));
        }
        return links;
    }

    /** The two keys that make {@code holder} a join model (its primary key or a unique key), else none. */
    private static List<ForeignKeyLink> joinPair(PulledModel holder, List<ForeignKeyLink> links) {
        List<List<String>> keys = new ArrayList<>();
        keys.add(holder.table().primaryKey());
        holder.table().uniqueConstraints().forEach(u -> keys.add(u.columns()));
        for (List<String> key : keys) {
            if (key.size() != 2) continue;
            ForeignKeyLink first = linkOn(links, key.get(0));
            ForeignKeyLink second = linkOn(links, key.get(1));
            if (first != null && second != null && first != second) return List.of(first, second);
        }
        return List.of();
    }

    private static ForeignKeyLink linkOn(List<ForeignKeyLink> links, String column) {
        return links.stream().filter(l -> l.column().column().equalsIgnoreCase(column)).findFirst().orElse(null);
    }

    private void belongsTo(PulledModel holder, ForeignKeyLink link, List<ForeignKeyLink> all) {
        PulledModel target = link.target();
        String stem = link.stem();
        String name = names.claim(holder, List.of(stem, stem + target.className()));
        StringBuilder options = new StringBuilder(foreignKey(link));
        if (!name.equals(target.className())) options.append(".as(").append(JavaNames.literal(name)).append(')');
        if (!link.referencesKey()) {
            options.append(".targetKey(").append(JavaNames.literal(link.referenced().name())).append(')');
        }
        holder.associate().add(call(holder, "belongsTo", target, options));

        boolean one = link.column().unique() || holder.table().primaryKey().size() == 1
                && holder.table().primaryKey().get(0).equalsIgnoreCase(link.column().column());
        long toSameTarget = all.stream().filter(l -> l.target() == target).count();
        boolean ambiguous = holder == target || toSameTarget > 1;
        String prefix = stem.endsWith(target.className()) && stem.length() > target.className().length()
                ? stem.substring(0, stem.length() - target.className().length()) : stem;
        String singular = holder.className();
        String plain = one ? singular : Naming.plural(singular);
        String aliased = one ? prefix + singular : Naming.plural(prefix + singular);
        String inverse = names.claim(target, ambiguous ? List.of(aliased) : List.of(plain, aliased));
        StringBuilder back = new StringBuilder(foreignKey(link));
        if (!inverse.equals(plain)) back.append(".as(").append(JavaNames.literal(inverse)).append(')');
        if (!link.referencesKey()) {
            back.append(".sourceKey(").append(JavaNames.literal(link.referenced().name())).append(')');
        }
        target.associate().add(call(target, one ? "hasOne" : "hasMany", holder, back));
    }

    /** {@code source.belongsToMany(other end)} through {@code join}, keyed by {@code own} and {@code other}. */
    private void belongsToMany(PulledModel join, ForeignKeyLink own, ForeignKeyLink other) {
        PulledModel source = own.target();
        PulledModel target = other.target();
        String plain = Naming.plural(target.className());
        String byKey = Naming.plural(other.stem());
        String joinPlural = Naming.plural(join.className());
        String byJoin = joinPlural.startsWith(source.className()) && joinPlural.length() > source.className().length()
                ? joinPlural.substring(source.className().length()) : joinPlural;
        List<String> candidates = source == target ? List.of(byKey, byJoin, joinPlural)
                : List.of(plain, byKey, byJoin, joinPlural);
        String name = names.claim(source, candidates);
        StringBuilder options = new StringBuilder("through(").append(join.className()).append(".class)")
                .append(".foreignKey(").append(JavaNames.literal(own.column().name())).append(nullable(own))
                .append(".otherKey(").append(JavaNames.literal(other.column().name())).append(nullable(other))
                .append(actions(own));
        if (!name.equals(plain) || source == target) {
            options.append(".as(").append(JavaNames.literal(name)).append(')');
        }
        if (!own.referencesKey()) {
            options.append(".sourceKey(").append(JavaNames.literal(own.referenced().name())).append(')');
        }
        if (!other.referencesKey()) {
            options.append(".targetKey(").append(JavaNames.literal(other.referenced().name())).append(')');
        }
        source.associate().add(call(source, "belongsToMany", target, options));
    }

    /** Closes a link key's option: a join model's keys are NOT NULL unless allowed, as a nullable column is. */
    private static String nullable(ForeignKeyLink link) {
        return link.column().notNull() || link.column().id() ? ")" : ", a -> a.allowNull(true))";
    }

    private static String foreignKey(ForeignKeyLink link) {
        return "foreignKey(" + JavaNames.literal(link.column().name()) + ")" + actions(link);
    }

    private static String actions(ForeignKeyLink link) {
        return "\n                        .onDelete(ReferentialAction." + link.key().onDelete().name()
                + ").onUpdate(ReferentialAction."
                + link.key().onUpdate().name() + ")";
    }

    private static String call(PulledModel source, String kind, PulledModel target, CharSequence options) {
        return "models.model(" + source.className() + ".class)." + kind + "(models.model(" + target.className()
                + ".class),\n                " + options + ");";
    }

    private void note(PulledModel model, String text) {
        model.notes().add(text);
        warnings.add(model.table().name() + ": " + text);
    }

    /**
     * One single-column foreign key with both ends resolved.
     *
     * @param key        the live foreign key
     * @param column     the holder's component for the key column
     * @param target     the referenced model
     * @param referenced the referenced model's component
     */
    record ForeignKeyLink(DatabaseSchema.ForeignKey key, PulledProperty column, PulledModel target,
                          PulledProperty referenced) {
        /** Whether the key refers to the target's primary key (else to another unique column). */
        boolean referencesKey() {
            return referenced == target.singleKey();
        }

        /**
         * The association name the key column suggests, as Sequelize names the key after it: {@code BeachId →
         * Beach}, {@code homeTownId → HomeTown}, {@code manager_id → Manager}.
         */
        String stem() {
            String attribute = column.name();
            String bare = attribute.replaceAll("(_?[Ii][Dd])$", "");
            return Naming.capitalize(Naming.camelize(bare.isEmpty() ? attribute : bare));
        }
    }
}
