package dev.junction.sandcastle;

import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.cli.JunctionCli;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.sandcastle.models.Beach;
import dev.junction.sandcastle.models.Lifeguard;
import dev.junction.sandcastle.models.Sandcastle;
import dev.junction.sandcastle.models.SandcastleType;
import dev.junction.sandcastle.models.Show;
import dev.junction.sandcastle.models.Tool;
import dev.junction.sandcastle.models.User;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The town report's include trees — each section's query with the same includes, its lists ordered where the report
 * sorts them itself — written as JSON by junction-jackson, as an application's controller would return them, and
 * compared with {@code src/test/resources/town-report.json}: the same on every database once generated keys and
 * timestamps are normalised (see {@link JsonTrees#normalised}). After a deliberate change to the seeds or models,
 * review {@code target/town-report.actual.json}, which a failing run writes, and copy it over the checked-in file.
 */
class TownJsonTest {
    private static final String CHECKED_IN = "/town-report.json";

    private static Query byName(String attribute) {
        return Query.all().order(asc(attribute));
    }

    /** The town as the app leaves it (migrated, seeded, Rip Point taken by the storm), then read section by section. */
    private static Map<String, Object> sections(TestTarget target, Junction db) {
        StringWriter err = new StringWriter();
        int code = JunctionCli.run(new SandcastleApp(), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true), "--url", target.urlWithCredentials());
        assertThat(code).as(err.toString()).isZero();
        new SandcastleApp().defineModels(db);
        Model<User> users = db.model(User.class);
        Model<Show> shows = db.model(Show.class);
        Model<Lifeguard> lifeguards = db.model(Lifeguard.class);
        Model<Beach> beaches = db.model(Beach.class);
        Model<SandcastleType> types = db.model(SandcastleType.class);
        Model<Sandcastle> sandcastles = db.model(Sandcastle.class);
        BelongsToMany<User, Show> favorites = db.association(User.FAVORITES);
        BelongsToMany<Show, User> fans = db.association(Show.FANS);
        BelongsToMany<User, Show> watched = db.association(User.WATCHED);
        BelongsToMany<User, User> following = db.association(User.FOLLOWING);
        BelongsToMany<Lifeguard, Beach> shifts = db.association(Lifeguard.BEACHES);
        BelongsToMany<Beach, Lifeguard> guards = db.association(Beach.LIFEGUARDS);
        BelongsToMany<SandcastleType, Tool> tools = db.association(SandcastleType.TOOLS);
        HasMany<Beach, Sandcastle> castles = db.association(Beach.SANDCASTLES);
        BelongsTo<Sandcastle, SandcastleType> castleType = db.association(Sandcastle.TYPE);
        BelongsToMany<Sandcastle, User> voters = db.association(Sandcastle.VOTERS);

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Favourite shows", users.findAll(byName("username"), include(favorites).order(asc("title"))));
        out.put("Most favourited shows", shows.findAll(byName("title"),
                include(fans).order(asc("username")).required()));
        out.put("Who watched what", users.findAll(byName("username"), include(watched).order(asc("title")).required()));
        out.put("Lifeguards and their shifts", lifeguards.findAll(byName("name"), include(shifts).order(asc("name"))));
        out.put("Beaches taken by the sea", beaches.findAll(byName("name")
                .and(Where.not(Where.isNull("deletedAt"))).withDeleted(), include(guards).order(asc("name"))));
        out.put("Tools for each sandcastle type", types.findAll(byName("name"), include(tools).order(asc("name"))));
        out.put("Sandcastles on each beach", beaches.findAll(byName("name"),
                include(castles).order(asc("name")).include(include(castleType))));
        out.put("Sandcastle contest", sandcastles.findAll(byName("name"),
                include(voters).order(asc("username")).required()));
        out.put("Who follows whom", users.findAll(byName("username"),
                include(following).order(asc("username")).required()));
        return out;
    }

    @DialectTest
    void theReportsIncludeTreesAsJsonAreTheCheckedInOnesOnEveryDatabase(TestTarget target) throws IOException {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        JsonNode actual;
        try (Junction db = target.open()) {
            actual = JsonTrees.normalised(mapper.readTree(mapper.writeValueAsString(sections(target, db))));
        }
        JsonNode expected;
        try (InputStream in = TownJsonTest.class.getResourceAsStream(CHECKED_IN)) {
            assertThat(in).as(CHECKED_IN + " on the test classpath").isNotNull();
            expected = mapper.readTree(in);
        }
        if (!actual.equals(expected)) {
            Path written = Path.of("target", "town-report.actual.json");
            Files.createDirectories(written.getParent());
            Files.writeString(written, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
            List<String> differences = JsonTrees.differences(expected, actual, 20);
            throw new AssertionError("The town's JSON differs from " + CHECKED_IN + " on " + target.backend()
                    .displayName() + " (first " + differences.size() + " differences; the whole tree is in "
                    + written.toAbsolutePath() + "):\n  " + String.join("\n  ", differences));
        }
    }
}
