package dev.junction.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.BulkOptions;
import dev.junction.DefinitionException;
import dev.junction.JsonException;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.ValidationException;
import dev.junction.annotation.Json;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** json() attributes: Maps, Lists, records and lists of records written as JSON and read back as their types. */
class JsonValuesTest {
    record Address(String street, String city) {
    }

    record Venue(Long id, String name, Map<String, Object> meta, List<String> tags, @Json Address address,
                 List<Address> branches) {
    }

    record Document(Long id, String body) {
    }

    private static Model<Venue> venues(Junction db) {
        Model<Venue> venues = db.define(Venue.class);
        db.sync();
        return venues;
    }

    @DialectTest
    void mapsListsRecordsAndListsOfRecordsRoundTrip(TestTarget target) {
        Model<Venue> venues = venues(target.open());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("seats", 120);
        meta.put("open", true);
        meta.put("rating", 4.5);
        meta.put("owner", Map.of("name", "Ada"));
        meta.put("days", List.of("fri", "sat"));
        Venue saved = venues.create(new Venue(null, "Hall", meta, List.of("jazz", "blues"),
                new Address("Main St 1", "Oslo"),
                List.of(new Address("A 1", "Bergen"), new Address("B 2", "Åsgårdstrand"))));
        Venue read = venues.findByPk(saved.id()).orElseThrow();
        assertThat(read.meta()).isEqualTo(meta);
        assertThat(read.tags()).containsExactly("jazz", "blues");
        assertThat(read.address()).isEqualTo(new Address("Main St 1", "Oslo"));
        assertThat(read.branches()).containsExactly(new Address("A 1", "Bergen"), new Address("B 2", "Åsgårdstrand"));
        assertThat(read.branches().get(0)).isInstanceOf(Address.class);
    }

    @DialectTest
    void nullAndEmptyValuesRoundTrip(TestTarget target) {
        Model<Venue> venues = venues(target.open());
        Venue empty = venues.create(new Venue(null, "Empty", Map.of(), List.of(), null, List.of()));
        Venue none = venues.create(new Venue(null, "None", null, null, null, null));
        Venue readEmpty = venues.findByPk(empty.id()).orElseThrow();
        assertThat(readEmpty.meta()).isEmpty();
        assertThat(readEmpty.tags()).isEmpty();
        assertThat(readEmpty.address()).isNull();
        assertThat(readEmpty.branches()).isEmpty();
        Venue readNone = venues.findByPk(none.id()).orElseThrow();
        assertThat(readNone.meta()).isNull();
        assertThat(readNone.tags()).isNull();
        assertThat(venues.count(Where.isNull("meta"))).isEqualTo(1);
    }

    @DialectTest
    void updatesAndBulkCreateWriteJson(TestTarget target) {
        Model<Venue> venues = venues(target.open());
        venues.bulkCreate(List.of(new Venue(null, "A", Map.of("n", 1), List.of("x"), new Address("s", "c"), List.of()),
                new Venue(null, "B", Map.of("n", 2), List.of("y", "z"), null, List.of(new Address("t", "d")))),
                BulkOptions.ignoreDuplicates());
        Venue b = venues.findOne(Query.where(Where.eq("name", "B"))).orElseThrow();
        assertThat(b.tags()).containsExactly("y", "z");
        assertThat(b.branches()).containsExactly(new Address("t", "d"));
        Venue changed = venues.update(new Venue(b.id(), "B", Map.of("n", 3), List.of(), new Address("u", "e"),
                b.branches()));
        assertThat(venues.findByPk(changed.id()).orElseThrow().meta()).isEqualTo(Map.of("n", 3));
        assertThat(venues.findByPk(changed.id()).orElseThrow().address()).isEqualTo(new Address("u", "e"));
    }

    @DialectTest
    void rowModelsHoldMapsAndLists(TestTarget target) {
        Junction db = target.open();
        Model<Row> events = db.define("Event", m -> m.attribute("name", DataType.string())
                .attribute("payload", DataType.json()));
        db.sync();
        events.create(Row.of("name", "a", "payload", Map.of("k", List.of(1, 2), "s", "v")));
        events.create(Row.of("name", "b", "payload", List.of("x", Map.of("y", true))));
        events.create(Row.of("name", "c", "payload", "just text"));
        List<Row> rows = events.findAll(Query.all().order(dev.junction.query.Order.asc("name")));
        assertThat(rows.get(0).get("payload")).isEqualTo(Map.of("k", List.of(1, 2), "s", "v"));
        assertThat(rows.get(1).get("payload")).isEqualTo(List.of("x", Map.of("y", true)));
        assertThat(rows.get(2).get("payload")).isEqualTo("just text");
    }

    @DialectTest
    void aStringAttributeHoldsTheJsonTextItself(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Document> documents = db.define(Document.class, m -> m.attribute("body", DataType.json()));
        db.sync();
        Document saved = documents.create(new Document(null, "{\"a\": [1, 2]}"));
        String body = documents.findByPk(saved.id()).orElseThrow().body();
        assertThat(body.replace(" ", "")).isEqualTo("{\"a\":[1,2]}");
        assertThatThrownBy(() -> documents.create(new Document(null, "{not json")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Document.body")
                .hasMessageContaining("is not JSON text");
        assertThat(documents.count()).isEqualTo(1);
        assertThat(new RawSql(target, db).column("SELECT COUNT(*) FROM {Documents}").get(0).toString()).isEqualTo("1");
    }

    @DialectTest
    void textThatIsNotJsonOfTheAttributesTypeIsATypedErrorOnRead(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Venue> venues = venues(db);
        Venue saved = venues.create(new Venue(null, "Hall", Map.of(), List.of(), null, null));
        // A JSON object where a list of strings belongs: valid JSON (every database takes it), the wrong shape.
        String update = db.dialect().name().equals("PostgreSQL")
                ? "UPDATE {Venues} SET {tags} = CAST(? AS JSONB) WHERE {id} = ?"
                : db.dialect().name().equals("H2") ? "UPDATE {Venues} SET {tags} = ? FORMAT JSON WHERE {id} = ?"
                : "UPDATE {Venues} SET {tags} = ? WHERE {id} = ?";
        new RawSql(target, db).execute(update, "{\"not\": \"a list\"}", saved.id());
        assertThatThrownBy(() -> venues.findByPk(saved.id())).isInstanceOf(JsonException.class)
                .hasMessageContaining("Venue.tags").satisfies(e -> {
                    assertThat(((JsonException) e).model()).isEqualTo("Venue");
                    assertThat(((JsonException) e).attribute()).isEqualTo("tags");
                });
    }

    @DialectTest
    void textThatIsNotJsonAtAllIsATypedErrorOnReadWhereTheDatabaseKeepsIt(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Venue> venues = venues(db);
        Venue saved = venues.create(new Venue(null, "Hall", Map.of(), List.of(), null, null));
        RawSql raw = new RawSql(target, db);
        String update = db.dialect().name().equals("PostgreSQL")
                ? "UPDATE {Venues} SET {meta} = CAST(? AS JSONB) WHERE {id} = ?"
                : db.dialect().name().equals("H2") ? "UPDATE {Venues} SET {meta} = ? FORMAT JSON WHERE {id} = ?"
                : "UPDATE {Venues} SET {meta} = ? WHERE {id} = ?";
        if (target.backend() != dev.junction.testing.Backend.SQLITE) {
            // PostgreSQL, H2 and MariaDB's json_valid check refuse it: only SQLite's TEXT keeps it.
            assertThatThrownBy(() -> raw.execute(update, "{oops", saved.id()))
                    .isInstanceOf(java.sql.SQLException.class);
            return;
        }
        raw.execute(update, "{oops", saved.id());
        assertThatThrownBy(() -> venues.findAll()).isInstanceOf(JsonException.class)
                .hasMessageContaining("Venue.meta holds '{oops'");
    }

    @DialectTest
    void aValueTheCodecCannotWriteIsRefusedBeforeAnythingIsWritten(TestTarget target) {
        Junction db = target.open();
        Model<Row> events = db.define("Event", m -> m.attribute("payload", DataType.json()));
        db.sync();
        assertThatThrownBy(() -> events.create(Row.of("payload", new Object())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Event.payload");
        assertThat(events.count()).isZero();
    }

    @DialectTest
    void aValueThatDoesNotFitTheAttributesTypeIsRefused(TestTarget target) {
        Junction db = target.open();
        venues(db);
        Model<Row> rows = db.model("Venue");
        assertThatThrownBy(() -> rows.create(Row.of("name", "x", "branches", Map.of("street", "not a list"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Venue.branches")
                .hasMessageContaining("does not fit java.util.List<dev.junction.json.JsonValuesTest$Address>");
        rows.create(Row.of("name", "y", "branches", List.of(Map.of("street", "s", "city", "c"))));
        assertThat(db.model(Venue.class).findAll().get(0).branches()).containsExactly(new Address("s", "c"));
    }

    record Ticket(Long id, Address venue, int[] seats) {
    }

    record Plain(Long id, Address venue) {
    }

    @DialectTest
    void aRecordPropertyIsJsonWhenDeclaredSoAndRefusedOtherwise(TestTarget target) {
        Junction db = target.open();
        Model<Ticket> tickets = db.define(Ticket.class, m -> m.attribute("venue", DataType.json())
                .attribute("seats", DataType.json()));
        db.sync();
        Ticket saved = tickets.create(new Ticket(null, new Address("s", "c"), new int[] {4, 5}));
        Ticket read = tickets.findByPk(saved.id()).orElseThrow();
        assertThat(read.venue()).isEqualTo(new Address("s", "c"));
        assertThat(read.seats()).containsExactly(4, 5);
        assertThatThrownBy(() -> db.define(Plain.class)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("attribute 'venue' has type Address").hasMessageContaining("@Json");
        Model<Row> others = db.define("Other", m -> m.attribute("doc", DataType.json(Address.class)));
        db.sync();
        others.create(Row.of("doc", Map.of("street", "t", "city", "d")));
        assertThat(others.findAll().get(0).get("doc")).isEqualTo(new Address("t", "d"));
    }

    record Keyed(@Json Map<String, Object> id) {
    }

    @DialectTest
    void aJsonAttributeCannotBeAKeyOrUnique(TestTarget target) {
        Junction db = target.open();
        assertThatThrownBy(() -> db.define("Thing", m -> m.attribute("doc", DataType.json(), a -> a.unique())))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("'doc' cannot be unique");
        assertThatThrownBy(() -> db.define(Keyed.class)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("cannot be a primary key");
    }
}
