package dev.junction.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.junction.DefinitionException;
import dev.junction.JsonCodec;
import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.schema.DataType;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON codec is the configured one: a Jackson ObjectMapper of the application's, or any other library's. */
class JsonCodecConfigTest {
    @DialectTest
    void aConfiguredObjectMapperWritesTheValues(TestTarget target) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        Junction db = target.open(b -> b.jsonCodec(JsonCodec.jackson(mapper)));
        Model<Row> events = db.define("Event", m -> m.attribute("payload", DataType.json()));
        db.sync();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("zebra", 1);
        payload.put("apple", 2);
        events.create(Row.of("payload", payload));
        Object raw = new RawSql(target, db).column("SELECT {payload} FROM {Events}").get(0);
        String stored = raw instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                : String.valueOf(raw); // H2 hands JSON out as bytes
        assertThat(stored.indexOf("apple")).isLessThan(stored.indexOf("zebra"));
        assertThat(events.findAll().get(0).get("payload")).isEqualTo(Map.of("zebra", 1, "apple", 2));
    }

    @DialectTest
    void anyLibraryFitsTheCodec(TestTarget target) {
        List<String> calls = new ArrayList<>();
        JsonCodec counting = new JsonCodec() {
            private final ObjectMapper mapper = new ObjectMapper();

            public String write(Object value) throws Exception {
                calls.add("write");
                return mapper.writeValueAsString(value);
            }

            public Object read(String json, Type type) throws Exception {
                calls.add("read");
                return mapper.readValue(json, mapper.constructType(type));
            }
        };
        Junction db = target.open(b -> b.jsonCodec(counting));
        Model<Row> events = db.define("Event", m -> m.attribute("payload", DataType.json()));
        db.sync();
        events.create(Row.of("payload", List.of(1)));
        assertThat(events.findAll().get(0).get("payload")).isEqualTo(List.of(1));
        assertThat(calls).containsExactly("write", "read");
    }

    @DialectTest
    void jacksonTakesOnlyAnObjectMapper(TestTarget target) {
        assertThatThrownBy(() -> JsonCodec.jackson("not a mapper")).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("expected a com.fasterxml.jackson.databind.ObjectMapper, got java.lang.String");
        assertThatThrownBy(() -> JsonCodec.jackson(null)).isInstanceOf(DefinitionException.class);
    }
}
