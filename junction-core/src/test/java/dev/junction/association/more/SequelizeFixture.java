package dev.junction.association.more;

import dev.junction.testing.Backend;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database as real Sequelize v6 made it: one of the files {@code tools/sequelize-fixtures/generate.js} writes to
 * {@code src/test/resources/sequelize/} — the DDL of its {@code sync()}, the rows its own writes left (escaped by
 * Sequelize), and on PostgreSQL where each SERIAL's sequence stands. H2, which Sequelize does not support, gets the
 * PostgreSQL file with SERIAL as an identity column, timestamps in H2's literal form and the sequences as restarts.
 */
final class SequelizeFixture {
    private static final Pattern SETVAL = Pattern.compile("SELECT setval\\('\"(.+)_id_seq\"', (\\d+), true\\);");
    private static final Pattern INSERT = Pattern.compile(
            "INSERT INTO [\"`]([^\"`]+)[\"`] \\((.*)\\) VALUES \\((.*)\\);");
    /** Sequelize's timestamp literals: with an offset ({@code +00:00}), but on MariaDB without (UTC). */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}) ?([+-]\\d\\d:\\d\\d)?");

    private final List<String> ddl;
    private final List<String> rows;
    private final List<String> sequences;

    private SequelizeFixture(List<String> ddl, List<String> rows, List<String> sequences) {
        this.ddl = ddl;
        this.rows = rows;
        this.sequences = sequences;
    }

    /** The fixture Sequelize made on {@code backend}'s database (PostgreSQL's, adapted, for H2). */
    static SequelizeFixture of(Backend backend) {
        String file = switch (backend) {
            case POSTGRESQL, H2 -> "postgresql.sql";
            case MARIADB -> "mariadb.sql";
            case SQLITE -> "sqlite.sql";
        };
        Map<String, List<String>> sections = sections(read("/sequelize/" + file));
        SequelizeFixture fixture = new SequelizeFixture(sections.get("ddl"), sections.get("rows"),
                sections.getOrDefault("sequences", List.of()));
        return backend == Backend.H2 ? fixture.forH2() : fixture;
    }

    /** Every statement to replay, in order: the DDL, the rows, then the sequences. */
    List<String> statements() {
        List<String> all = new ArrayList<>(ddl);
        all.addAll(rows);
        all.addAll(sequences);
        return all;
    }

    /**
     * The rows Sequelize left, per table in the order it created them: each row as column → value, the value
     * as {@link #plain} makes a literal comparable (text unquoted, a timestamp as its ISO instant, NULL as null).
     */
    Map<String, List<Map<String, String>>> rowsByTable() {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        for (String row : rows) {
            Matcher m = INSERT.matcher(row);
            if (!m.matches()) throw new AssertionError("not an INSERT: " + row);
            List<String> columns = split(m.group(2)).stream().map(c -> c.substring(1, c.length() - 1)).toList();
            List<String> values = split(m.group(3));
            if (columns.size() != values.size()) throw new AssertionError("columns and values differ: " + row);
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) byColumn.put(columns.get(i), plain(values.get(i)));
            tables.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(byColumn);
        }
        return tables;
    }

    /** A literal Sequelize escaped, as comparable text: {@code 'alice'} → alice, a timestamp → its instant. */
    private static String plain(String literal) {
        if (literal.equals("NULL")) return null;
        if (!literal.startsWith("'")) return literal;
        String text = literal.substring(1, literal.length() - 1).replace("''", "'");
        Matcher t = TIMESTAMP.matcher(text);
        if (!t.matches()) return text;
        String offset = t.group(2) == null ? "Z" : t.group(2);
        return OffsetDateTime.parse(t.group(1).replace(' ', 'T') + offset).toInstant().toString();
    }

    /** Splits a comma-separated list at the commas outside quotes. */
    private static List<String> split(String list) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '\'') quoted = !quoted;
            if (c == ',' && !quoted) {
                parts.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().strip());
        return parts;
    }

    private SequelizeFixture forH2() {
        List<String> h2Ddl = ddl.stream()
                .map(s -> s.replace("\"id\"   SERIAL", "\"id\" INTEGER GENERATED BY DEFAULT AS IDENTITY")).toList();
        List<String> h2Rows = rows.stream()
                .map(s -> s.replaceAll("(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) \\+00:00'", "$1+00:00'")).toList();
        List<String> restarts = sequences.stream().map(s -> {
            Matcher m = SETVAL.matcher(s);
            if (!m.matches()) throw new AssertionError("not a setval: " + s);
            return "ALTER TABLE \"" + m.group(1) + "\" ALTER COLUMN \"id\" RESTART WITH "
                    + (Long.parseLong(m.group(2)) + 1);
        }).toList();
        return new SequelizeFixture(h2Ddl, h2Rows, restarts);
    }

    private static Map<String, List<String>> sections(String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : text.split("\n")) {
            if (line.matches("-- [a-z]+")) {
                current = sections.computeIfAbsent(line.substring(3), k -> new ArrayList<>());
            } else if (!line.isBlank() && !line.startsWith("--")) {
                if (current == null) throw new AssertionError("a statement before any section: " + line);
                current.add(line);
            }
        }
        return sections;
    }

    private static String read(String resource) {
        try (InputStream in = SequelizeFixture.class.getResourceAsStream(resource)) {
            if (in == null) throw new AssertionError("no fixture " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + resource, e);
        }
    }
}
