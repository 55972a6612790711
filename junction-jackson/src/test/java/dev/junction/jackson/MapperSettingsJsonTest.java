package dev.junction.jackson;

import static dev.junction.query.Include.include;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.junction.jackson.Studio.Network;
import dev.junction.jackson.Studio.Show;
import dev.junction.jackson.Studio.User;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.io.IOException;

/**
 * An instance inside {@code Loaded} is written as the application's mapper writes it on its own: mix-ins, naming
 * strategies and serializers of its own apply; one the mapper does not write as an object is a clear error.
 */
class MapperSettingsJsonTest {
    /** Hides {@code joinedAt}, as an application might for a field it keeps private. */
    abstract static class HideJoined {
        @JsonIgnore
        abstract Object joinedAt();
    }

    /** A show as its title and nothing else, in an object. */
    static final class TitleOnly extends StdSerializer<Show> {
        TitleOnly() {
            super(Show.class);
        }

        @Override
        public void serialize(Show show, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("called", show.title());
            gen.writeEndObject();
        }
    }

    /** A user as a bare string: nowhere to put its includes. */
    static final class NameOnly extends StdSerializer<User> {
        NameOnly() {
            super(User.class);
        }

        @Override
        public void serialize(User user, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(user.username());
        }
    }

    @DialectTest
    void mixInsNamingAndSerializersOfTheApplicationApplyInsideLoaded(TestTarget target) throws Exception {
        Studio studio = new Studio(target);
        User alice = studio.user("alice");
        Network hbo = studio.network("HBO");
        Show dune = studio.show("Dune", hbo);
        studio.rate(alice, dune, 5);
        ObjectMapper mapper = new ObjectMapper().registerModule(new JunctionModule())
                .registerModule(new SimpleModule().addSerializer(Show.class, new TitleOnly()))
                .addMixIn(User.class, HideJoined.class)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

        String json = mapper.writeValueAsString(studio.users.findAll(include(studio.favorites).throughAttributes(
                "rating")));

        assertThat(mapper.readTree(json)).isEqualTo(studio.expected("""
                [{'id': %d, 'username': 'alice',
                  'Favorites': [{'called': 'Dune', 'UserFavorites': {'rating': 5}}]}]
                """.formatted(alice.id())));
    }

    @DialectTest
    void anInstanceTheMapperDoesNotWriteAsAnObjectIsAClearError(TestTarget target) {
        Studio studio = new Studio(target);
        studio.user("bob");
        ObjectMapper mapper = new ObjectMapper().registerModule(new JunctionModule())
                .registerModule(new SimpleModule().addSerializer(User.class, new NameOnly()));

        assertThatThrownBy(() -> mapper.writeValueAsString(studio.users.findAll(include(studio.profile))))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining(User.class.getName())
                .hasMessageContaining("not as a JSON object");
    }
}
