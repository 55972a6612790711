package dev.junction.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.JunctionException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * junction.yaml's values are the text written: YAML 1.1 would read {@code 010} as 8, {@code 0x1F} as 31,
 * {@code 12:30} as 750 and {@code no} as false — in a password or user name too.
 */
class ConfigFileTest {
    @TempDir
    Path dir;

    private ConfigFile.Section read(String yaml) throws Exception {
        Path file = dir.resolve("junction.yaml");
        Files.writeString(file, yaml);
        return ConfigFile.read(file).section("test");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"010", "0x1F", "0o17", "12:30", "190:20:30", "no", "yes", "on", "off", "true", "NULL",
            "~", "null", "1e3", "1_000", "+12", ".5", ".inf", ".NaN", "2001-12-14", "2001-12-14t21:59:43.10-05:00",
            "<<", "=", "0b101"})
    void plainValuesAreReadAsTheTextWritten(String value) throws Exception {
        ConfigFile.Section section = read("test:\n  url: " + value + "\n  user: " + value + "\n  password: " + value
                + "\n  seeders: " + value + "\n");

        assertThat(section.url()).isEqualTo(value);
        assertThat(section.user()).isEqualTo(value);
        assertThat(section.password()).isEqualTo(value);
        assertThat(section.seeders()).isEqualTo(dir.toAbsolutePath().resolve(value));
    }

    @Test
    void usernameIsReadAsWrittenToo() throws Exception {
        assertThat(read("test:\n  username: 0x1F\n").user()).isEqualTo("0x1F");
    }

    @Test
    void aKeyWithNothingAfterItIsAbsentAndQuotedEmptyTextIsEmpty() throws Exception {
        ConfigFile.Section section = read("test:\n  url: jdbc:h2:mem:x\n  user:\n  password: \"\"\n");

        assertThat(section.user()).isNull();
        assertThat(section.password()).isEmpty();
        assertThat(section.seeders()).isNull();
    }

    @Test
    void aListWhereTextIsExpectedIsAnErrorNamingTheKey() {
        assertThatThrownBy(() -> read("test:\n  password: [a, b]\n")).isInstanceOf(JunctionException.class)
                .hasMessageContaining("'password' of section 'test' must be text, not a list");
        assertThatThrownBy(() -> read("test:\n  user: !!int 010\n")).isInstanceOf(JunctionException.class)
                .hasMessageContaining("'user' of section 'test' must be text, not the tagged value 8");
    }
}
