package dev.junction.schema.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.atteo.evo.inflector.English;

/** Sequelize's naming rules: plural table names, snake_case when underscored, constraint names that fit a limit. */
public final class Naming {
    /**
     * Plurals that evo-inflector gets wrong for table names: it says "Oxes" and "Matrixes" (and "Persons", handled as
     * an ending so that {@code Salesperson → Salespeople}), where Sequelize, and so a database it made, says "Oxen",
     * "Matrices" and "People". Keyed by the lower-case word.
     */
    private static final Map<String, String> IRREGULAR = Map.of(
            "ox", "oxen", "matrix", "matrices", "vertex", "vertices", "index", "indices");

    /**
     * Mass nouns that have no plural, so Sequelize keeps them as they are; evo-inflector would write "Equipments",
     * "Softwares" or even "Wildlives".
     */
    private static final Set<String> UNCOUNTABLE = Set.of(
            "advice", "aircraft", "baggage", "education", "equipment", "evidence", "food", "furniture", "gold",
            "golf", "hardware", "health", "help", "homework", "information", "knowledge", "livestock", "luggage",
            "management", "money", "music", "research", "rice", "safety", "software", "stuff", "traffic",
            "weather", "wildlife");

    private Naming() {
    }

    /** English plural of a model name, as Sequelize makes table names: {@code User → Users}, {@code Person → People}. */
    public static String plural(String name) {
        int split = lastWordStart(name);
        String head = name.substring(0, split);
        String last = name.substring(split);
        String lower = last.toLowerCase(Locale.ROOT);
        if (UNCOUNTABLE.contains(lower) || isAlreadyPlural(lower)) {
            return name;
        }
        if (lower.endsWith("person")) {
            return name.substring(0, name.length() - "rson".length()) + "ople";
        }
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return head + last.charAt(0) + irregular.substring(1);
        }
        return head + English.plural(last);
    }

    /**
     * Whether a lower-case word is taken to be a plural already, so that a model defined as {@code "Users"} or
     * {@code "Viewings"} keeps that table name, as Sequelize does (its inflector keeps any word ending in a plain
     * "s"); evo-inflector would write "Userses". Words Sequelize still pluralises — "-ss", "-us", "-is" and
     * "alias" — are left to the usual rules ({@code Class → Classes}, {@code Status → Statuses}).
     */
    private static boolean isAlreadyPlural(String lower) {
        return lower.length() > 1 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is") && !lower.endsWith("alias");
    }

    /**
     * English singular of a plural name: {@code Followers → Follower}, {@code People → Person},
     * {@code Categories → Category}. Candidates are made by the usual suffix rules and the first whose plural is
     * {@code name} wins; a name none of them explains is returned unchanged (it is taken to be singular already).
     */
    public static String singular(String name) {
        int split = lastWordStart(name);
        String head = name.substring(0, split);
        String last = name.substring(split);
        for (String candidate : singularCandidates(last)) {
            if (!candidate.isEmpty() && plural(candidate).equals(last)) {
                return head + candidate;
            }
        }
        return name;
    }

    private static java.util.List<String> singularCandidates(String word) {
        java.util.List<String> out = new java.util.ArrayList<>();
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("people")) out.add(word.substring(0, word.length() - 6) + keepCase(word, 0, "person"));
        if (lower.endsWith("men")) out.add(word.substring(0, word.length() - 3) + keepCase(word, word.length() - 3, "man"));
        if (lower.endsWith("children")) out.add(word.substring(0, word.length() - 3));
        if (lower.endsWith("ies")) out.add(word.substring(0, word.length() - 3) + "y");
        if (lower.endsWith("ves")) {
            out.add(word.substring(0, word.length() - 3) + "f");
            out.add(word.substring(0, word.length() - 3) + "fe");
        }
        if (lower.endsWith("es")) out.add(word.substring(0, word.length() - 2));
        if (lower.endsWith("s")) out.add(word.substring(0, word.length() - 1));
        if (lower.endsWith("i")) out.add(word.substring(0, word.length() - 1) + "us");
        if (lower.endsWith("a")) out.add(word.substring(0, word.length() - 1) + "um");
        return out;
    }

    private static String keepCase(String word, int at, String replacement) {
        return at < word.length() && Character.isUpperCase(word.charAt(at)) ? capitalize(replacement) : replacement;
    }

    private static int lastWordStart(String name) {
        for (int i = name.length() - 1; i > 0; i--) {
            if (Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(name.charAt(i - 1))) {
                return i;
            }
            if (name.charAt(i - 1) == '_') {
                return i;
            }
        }
        return 0;
    }

    /**
     * The table Sequelize v6 gives a model that names none: the plural of the model name, snake_case when the model
     * is underscored ({@code Lifeguard → Lifeguards}, underscored {@code SandcastleType → sandcastle_types}).
     */
    public static String tableName(String modelName, boolean underscored) {
        String plural = plural(modelName);
        return underscored ? underscore(plural) : plural;
    }

    /**
     * snake_case as Sequelize's inflector makes it: an underscore before every capital A–Z, then lower case
     * ({@code firstName → first_name}, {@code UserId → user_id}, {@code HTMLPage → h_t_m_l_page}), less one
     * leading underscore. A database Sequelize made has exactly these column names, acronyms included.
     */
    public static String underscore(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') out.append('_');
            out.append(Character.toLowerCase(c));
        }
        return out.length() > 0 && out.charAt(0) == '_' ? out.substring(1) : out.toString();
    }

    /**
     * camelCase as Sequelize joins words into an attribute name: each run of {@code -}, {@code _} or white space
     * is dropped and the character after it upper-cased ({@code Town_id → TownId}, {@code home_town_id →
     * homeTownId}).
     */
    public static String camelize(String name) {
        String trimmed = name.strip();
        StringBuilder out = new StringBuilder(trimmed.length());
        boolean upperNext = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '-' || c == '_' || Character.isWhitespace(c)) {
                upperNext = true;
            } else {
                out.append(upperNext ? Character.toUpperCase(c) : c);
                upperNext = false;
            }
        }
        return out.toString();
    }

    /**
     * The attribute Sequelize v6 names a foreign key after, when none is given: {@code camelize(stem + "_" + key)}
     * ({@code Town, id → TownId}; {@code home_town, id → homeTownId}).
     */
    public static String foreignKeyAttribute(String stem, String key) {
        return camelize(stem + "_" + key);
    }

    /** Upper-cases the first letter: {@code user → User}. */
    public static String capitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** Lower-cases the first letter: {@code User → user}. */
    public static String decapitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    /**
     * {@code name} if it fits in {@code limit} (counted as {@link Identifiers#length} counts); otherwise its head plus
     * an 8-character hash of the whole, so distinct long names stay distinct and the result is the same on every run.
     */
    public static String fit(String name, int limit) {
        if (Identifiers.length(name) <= limit) {
            return name;
        }
        String hash = sha256(name).substring(0, 8);
        int room = limit - hash.length() - 1;
        int end = 0;
        while (end < name.length()) {
            int next = name.offsetByCodePoints(end, 1);
            room -= Identifiers.length(name.substring(end, next));
            if (room < 0) break;
            end = next;
        }
        return name.substring(0, end) + "_" + hash;
    }

    /**
     * The name Sequelize v6 gives an index that names none, {@code underscore(table + "_" + columns joined by "_")}
     * ({@code Beaches} on {@code UserId, name} → {@code beaches__user_id_name}), fitted to {@code limit}.
     */
    public static String indexName(String table, java.util.List<String> columns, int limit) {
        return fit(underscore(table + "_" + String.join("_", columns)), limit);
    }

    /** The name Junction gives the foreign key on {@code table.column}, fitted to {@code limit}. */
    public static String foreignKeyName(String table, String column, int limit) {
        return fit(table + "_" + column + "_fkey", limit);
    }

    /**
     * Whether {@code constraint} is the name Junction gives the foreign key on {@code table.column} under some
     * identifier limit: the full name, or the same name shortened by {@link #fit} to the constraint's length.
     */
    public static boolean isForeignKeyName(String constraint, String table, String column) {
        String full = table + "_" + column + "_fkey";
        if (constraint.equals(full)) return true;
        int length = Identifiers.length(constraint);
        if (length <= 9 || length >= Identifiers.length(full)) return false;
        for (int limit = length; limit <= length + 3; limit++) { // a head cut before a character of up to 4 bytes
            if (constraint.equals(fit(full, limit))) return true;
        }
        return false;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
