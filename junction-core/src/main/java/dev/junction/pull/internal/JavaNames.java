package dev.junction.pull.internal;

import dev.junction.schema.internal.Naming;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Java names for what a database names: a class for a table, a record component for a column, literals. */
final class JavaNames {
    /** Names a record cannot give a component: they are methods every object already has. */
    private static final Set<String> OBJECT_METHODS = Set.of("clone", "finalize", "getClass", "hashCode", "notify",
            "notifyAll", "toString", "wait");

    /** Simple names the records import or use: a model class of that name would hide them. */
    private static final Set<String> TAKEN_CLASS_NAMES = Set.of("Models", "Column", "Id", "Index", "Table", "Timestamps",
            "Underscored", "ReferentialAction", "Object", "Record", "String", "Integer", "Long", "Double", "Boolean",
            "BigDecimal", "Instant", "LocalDateTime", "LocalDate", "UUID");

    private JavaNames() {
    }

    /**
     * The model class for {@code table}: its English singular in PascalCase ({@code Users → User},
     * {@code sandcastle_types → SandcastleType}), made a legal Java name.
     */
    static String className(String table) {
        // Words Sequelize keeps as they are (Status, Class, Analysis): singular rules would make "Statu" of them.
        boolean singularAlready = table.toLowerCase(Locale.ROOT).matches(".*(ss|us|is)");
        String singular = singularAlready ? table : Naming.singular(table);
        String camel = Naming.capitalize(Naming.camelize(identifierChars(singular)));
        if (camel.isEmpty() || !Character.isJavaIdentifierStart(camel.charAt(0))) camel = "T" + camel;
        return SourceVersion.isKeyword(camel) || TAKEN_CLASS_NAMES.contains(camel) ? camel + "Model" : camel;
    }

    /**
     * The attribute for {@code column}: camelCase when the model is underscored (so that snake_case gives the column
     * back), else the column itself where that is a legal component name.
     */
    static String attributeName(String column, boolean underscored) {
        String name = underscored ? Naming.camelize(identifierChars(column)) : identifierChars(column);
        if (underscored && !name.isEmpty()) name = Naming.decapitalize(name);
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) name = "c" + name;
        if (SourceVersion.isKeyword(name) || OBJECT_METHODS.contains(name) || name.equals("_")) name = name + "Value";
        return name;
    }

    /** The column an attribute gets by default, as Junction derives it. */
    static String defaultColumn(String attribute, boolean underscored) {
        return underscored ? Naming.underscore(attribute) : attribute;
    }

    /** {@code text} as a Java string literal. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    /** {@code text} safe inside a comment (no comment end, no line break, no unicode escape). */
    static String commentSafe(String text) {
        return text.replace("*/", "*\\/").replace("\\u", "\\\\u").replaceAll("[\\r\\n]", " ");
    }

    /** Letters, digits, {@code _} and {@code $} kept; anything else becomes {@code _}. */
    private static String identifierChars(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            out.append(Character.isJavaIdentifierPart(c) && c < 0x80 ? c : '_');
        }
        return out.toString();
    }
}
