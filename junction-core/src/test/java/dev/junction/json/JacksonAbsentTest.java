package dev.junction.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Junction does not require Jackson: without it, a json() attribute held as a String (its JSON text) works, and
 * one of any other Java type is refused when the model is defined, saying to add jackson-databind. Run in a class
 * loader holding this module's classpath minus Jackson's jars.
 */
class JacksonAbsentTest {

    @DialectTest
    void withoutJacksonJsonTextWorksAndOtherTypesAreRefused(TestTarget target) throws Exception {
        List<URL> urls = new ArrayList<>();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.contains("jackson")) urls.add(new File(entry).toURI().toURL());
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThat(loader.getResource("com/fasterxml/jackson/databind/ObjectMapper.class")).as("hidden").isNull();
            @SuppressWarnings("unchecked")
            Map<String, String> result = (Map<String, String>) loader.loadClass(WithoutJacksonProbe.class.getName())
                    .getMethod("run", String.class).invoke(null, target.urlWithCredentials());
            assertThat(result.get("read").replace(" ", "")).isEqualTo("{\"a\":1}");
            assertThat(result.get("refusal")).contains("Model Tagged, attribute 'tags'")
                    .contains("com.fasterxml.jackson.core:jackson-databind");
        }
    }
}
