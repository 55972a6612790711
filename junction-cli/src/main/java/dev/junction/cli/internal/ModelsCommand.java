package dev.junction.cli.internal;

import dev.junction.Junction;
import dev.junction.schema.Attribute;
import dev.junction.schema.ModelDefinition;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code models}: lists every model with its table, columns, key and references. */
@Command(name = "models", description = "List the models with their tables, columns, keys and references")
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
            for (ModelDefinition model : db.definitions()) {
                out.println(model.name() + " (table " + model.tableName() + ")");
                for (Attribute a : model.attributes()) {
                    out.println("  " + describe(a));
                }
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
}
