package dev.junction.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.ResultMappingException;
import dev.junction.Row;
import dev.junction.annotation.Json;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;

/**
 * Raw SQL reads json() columns as models do: into a Map, List or {@code @Json} component of any record or POJO,
 * decoded to its generic type; a {@link Row} holds the column's JSON text.
 */
class RawJsonTest {
    record Address(String street, String city) {
    }

    record Venue(Long id, String name, Map<String, Object> meta, List<String> tags, @Json Address address,
                 List<Address> branches) {
    }

    /** No model's class: its JSON components are read by their own types. */
    record Listing(String name, Map<String, Object> meta, List<String> tags, @Json Address address,
                   List<Address> branches) {
    }

    /** A POJO reading the same. */
    static final class ListingBean {
        String name;
        List<String> tags;
        @Json
        Address address;
    }

    private record Setup(Junction db, RawSql raw, Venue hall) {
        String venues(String template) {
            return raw.sql(template);
        }
    }

    private static Setup setup(TestTarget target) {
        Junction db = target.open();
        Model<Venue> venues = db.define(Venue.class);
        db.sync();
        Venue hall = venues.create(new Venue(null, "Hall", Map.of("seats", 120, "open", true), List.of("jazz", "blues"),
                new Address("Main St 1", "Oslo"), List.of(new Address("A 1", "Bergen"))));
        return new Setup(db, new RawSql(target, db), hall);
    }

    @DialectTest
    void aRecordOfNoModelReadsJsonColumnsAsTheirTypes(TestTarget target) {
        Setup s = setup(target);

        List<Listing> listings = s.db.query(Listing.class, s.venues(
                "SELECT {name}, {meta}, {tags}, {address}, {branches} FROM {Venues}"));

        assertThat(listings).containsExactly(new Listing("Hall", Map.of("seats", 120, "open", true),
                List.of("jazz", "blues"), new Address("Main St 1", "Oslo"), List.of(new Address("A 1", "Bergen"))));
        assertThat(listings.get(0).branches().get(0)).isInstanceOf(Address.class);
    }

    @DialectTest
    void aModelsClassAndAPojoReadJsonColumnsToo(TestTarget target) {
        Setup s = setup(target);

        assertThat(s.db.query(Venue.class, s.venues("SELECT * FROM {Venues}"))).containsExactly(s.hall);
        ListingBean bean = s.db.queryOne(ListingBean.class, s.venues("SELECT {name}, {tags}, {address} FROM"
                + " {Venues}")).orElseThrow();
        assertThat(bean.tags).containsExactly("jazz", "blues");
        assertThat(bean.address).isEqualTo(new Address("Main St 1", "Oslo"));
    }

    @DialectTest
    void aSingleJsonValueReadsAsAMapOrList(TestTarget target) {
        Setup s = setup(target);

        assertThat(s.db.scalar(Map.class, s.venues("SELECT {meta} FROM {Venues}")))
                .isEqualTo(Map.of("seats", 120, "open", true));
        assertThat(s.db.query(List.class, s.venues("SELECT {tags} FROM {Venues}")))
                .containsExactly(List.of("jazz", "blues"));
    }

    @DialectTest
    void aRowHoldsTheJsonText(TestTarget target) throws Exception {
        Setup s = setup(target);

        Row row = s.db.query(s.venues("SELECT {tags}, {address} FROM {Venues}")).get(0);

        assertThat(row.get("tags")).isInstanceOf(String.class);
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree((String) row.get("tags"))).isEqualTo(mapper.readTree("[\"jazz\", \"blues\"]"));
        assertThat(mapper.readTree((String) row.get("address")))
                .isEqualTo(mapper.readTree("{\"street\": \"Main St 1\", \"city\": \"Oslo\"}"));
    }

    @DialectTest
    void textThatIsNotJsonIsAMappingErrorNamingComponentAndColumn(TestTarget target) {
        Setup s = setup(target);

        assertThatThrownBy(() -> s.db.query(Listing.class, s.venues("SELECT {name}, {meta}, 'not json' AS {tags},"
                + " {address}, {branches} FROM {Venues}")))
                .isInstanceOfSatisfying(ResultMappingException.class, e -> assertThat(e.getMessage())
                        .contains("Listing.tags", "not json"));
    }
}
