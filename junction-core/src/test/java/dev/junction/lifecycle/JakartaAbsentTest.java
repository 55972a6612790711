package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Junction does not require the Bean Validation API: without it on the classpath, a class annotated with its
 * constraints is defined and used as any other (the annotations cannot be read, so they are not run), with no
 * NoClassDefFoundError. Run in a class loader holding this module's classpath minus the API's jar.
 */
class JakartaAbsentTest {

    @DialectTest
    void withoutTheApiTheAnnotationsAreNotReadAndNothingFails(TestTarget target) throws Exception {
        List<URL> urls = new ArrayList<>();
        // Surefire runs tests from a manifest-only jar, and says the real class path in this property.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.contains("jakarta.validation")) urls.add(new File(entry).toURI().toURL());
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThat(loader.getResource("jakarta/validation/Constraint.class")).as("API hidden").isNull();
            Object stored = loader.loadClass(WithoutJakartaProbe.class.getName()).getMethod("run", String.class)
                    .invoke(null, target.urlWithCredentials());
            assertThat(stored).isEqualTo(1L);
        }
    }
}
