package dev.junction.json;

import dev.junction.DefinitionException;
import dev.junction.Junction;
import dev.junction.Model;
import java.util.List;
import java.util.Map;

/**
 * Run by {@link JacksonAbsentTest} in a class loader without Jackson: a json() attribute holding its JSON text as a
 * String works, one holding a Map is refused when defined. Refers to no Jackson class.
 */
public final class WithoutJacksonProbe {
    /** A document kept as JSON text. */
    public record Note(Long id, @dev.junction.annotation.Json String body) {
    }

    /** A document that needs a JSON library. */
    public record Tagged(Long id, List<String> tags) {
    }

    private WithoutJacksonProbe() {
    }

    /** What happened: the stored text read back, and the message of the refusal. */
    public static Map<String, String> run(String url) throws ClassNotFoundException {
        for (String driver : new String[] {"org.h2.Driver", "org.sqlite.JDBC", "org.postgresql.Driver",
                "org.mariadb.jdbc.Driver"}) {
            Class.forName(driver, true, WithoutJacksonProbe.class.getClassLoader());
        }
        try (Junction db = Junction.open(url)) {
            Model<Note> notes = db.define(Note.class);
            db.sync();
            Note saved = notes.create(new Note(null, "{\"a\":1}"));
            String read = notes.findByPk(saved.id()).orElseThrow().body();
            String refusal;
            try {
                db.define(Tagged.class);
                refusal = "defined";
            } catch (DefinitionException e) {
                refusal = e.getMessage();
            }
            return Map.of("read", read, "refusal", refusal);
        }
    }
}
