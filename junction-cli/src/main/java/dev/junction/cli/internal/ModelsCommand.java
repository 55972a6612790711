package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.Row;
import dev.junction.association.Association;
import dev.junction.association.BelongsToMany;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code models}: lists every model with its table, columns, keys, references and associations, then join tables. */
@Command(name = "models", description = "List the models with their tables, columns, keys, references and"
        + " associations, and the join tables")
public final class ModelsCommand implements Callable<Integer> {
    private final RootCommand root;

    @Spec
    CommandSpec spec;

    public ModelsCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Junction db = root.openWithModels()) {
            PrintWriter out = spec.commandLine().getOut();
            ModelGraph graph = ModelGraph.of(db);
            for (ModelGraph.Entity entity : graph.entities()) {
                ModelDefinition model = entity.definition();
                out.println(model.name() + " (table " + model.tableName() + (entity.join() ? ", join model" : "")
                        + ")");
                for (Attribute a : model.attributes()) {
                    out.println("  " + describe(a));
                }
                List<Association<Row, ?>> associations = db.model(model.name()).associations();
                if (!associations.isEmpty()) out.println("  associations:");
                associations.forEach(a -> out.println("    " + describe(a)));
            }
            if (!graph.manyToMany().isEmpty()) out.println("Join tables:");
            for (ModelGraph.ManyToMany m : graph.manyToMany()) {
                out.println("  " + m.through() + ": " + keys(db.model(m.through()).definition()) + "; links "
                        + String.join(", ", m.declaredBy()));
            }
            return 0;
        }
    }

    private static String describe(Attribute a) {
        List<String> notes = new ArrayList<>();
        if (a.primaryKey()) notes.add(a.autoIncrement() ? "primary key, generated" : "primary key");
        if (!a.allowNull() && !a.primaryKey()) notes.add("not null");
        if (a.unique()) notes.add("unique");
        if (a.reference() != null) {
            notes.add("→ " + a.reference().model() + "." + a.reference().attribute() + " on delete "
                    + a.reference().onDelete().sql().toLowerCase(java.util.Locale.ROOT));
        }
        String column = a.column().equals(a.name()) ? "" : " [column " + a.column() + "]";
        return a.name() + column + ": " + a.type() + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
    }

    /** {@code Favorites: belongsToMany Show through UserFavorites (UserId → ShowId)}. */
    private static String describe(Association<?, ?> a) {
        String target = a.target().name();
        return a.as() + ": " + switch (a.kind()) {
            case BELONGS_TO -> "belongsTo " + target + " (" + a.foreignKey() + ")";
            case HAS_ONE -> "hasOne " + target + " (" + target + "." + a.foreignKey() + ")";
            case HAS_MANY -> "hasMany " + target + " (" + target + "." + a.foreignKey() + ")";
            case BELONGS_TO_MANY -> "belongsToMany " + target + " through " + ((BelongsToMany<?, ?>) a).through().name()
                    + " (" + a.foreignKey() + " → " + ((BelongsToMany<?, ?>) a).otherKey() + ")";
        };
    }

    /** {@code key (UserId, ShowId)}, and the unique keys of a join model with a surrogate key. */
    private static String keys(ModelDefinition d) {
        List<String> parts = new ArrayList<>();
        parts.add("key (" + names(d.primaryKey()) + ")");
        d.uniqueKeys().forEach(k -> parts.add("unique (" + names(k.attributes()) + ")"));
        return String.join(", ", parts);
    }

    private static String names(List<Attribute> attributes) {
        return String.join(", ", attributes.stream().map(Attribute::name).toList());
    }
}
