package dev.junction.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The README's "Installation" claims, against the build: the Maven and Gradle snippets name modules of this build at
 * its version, the driver and SLF4J versions are those the build tests with, the BOM lists every published module,
 * and {@code -Prelease} is a profile of the build.
 */
class ReadmeInstallationTest {
    private static final Path ROOT = Path.of("..");

    record Coordinates(String group, String artifact, String version) { }

    private static String section() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("\n## Installation\n");
        assertThat(start).as("README has an Installation section").isPositive();
        return readme.substring(start, readme.indexOf("\n## ", start + 1));
    }

    private static List<String> blocks(String section, String language) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (m.find()) blocks.add(m.group(1));
        return blocks;
    }

    private static Document pom(Path path) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(path.toFile());
    }

    /** The text of the first child element {@code name} of {@code parent}, or null. */
    private static String child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) return e.getTextContent().strip();
        }
        return null;
    }

    private static Element element(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) return e;
        }
        return null;
    }

    private static Element root() throws Exception {
        return pom(ROOT.resolve("pom.xml")).getDocumentElement();
    }

    /** Module artifactId → whether it is published (not skipped by the deploy plugin, not the BOM or a pom). */
    private static Map<String, Boolean> modules() throws Exception {
        Map<String, Boolean> modules = new HashMap<>();
        NodeList list = element(root(), "modules").getElementsByTagName("module");
        for (int i = 0; i < list.getLength(); i++) {
            Element pom = pom(ROOT.resolve(list.item(i).getTextContent().strip()).resolve("pom.xml"))
                    .getDocumentElement();
            Element properties = element(pom, "properties");
            boolean skipped = properties != null && "true".equals(child(properties, "maven.deploy.skip"));
            modules.put(child(pom, "artifactId"), !skipped && !"pom".equals(child(pom, "packaging")));
        }
        return modules;
    }

    private static List<Coordinates> junctionDependencies(String section) {
        List<Coordinates> found = new ArrayList<>();
        for (String xml : blocks(section, "xml")) {
            Matcher m = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(xml);
            while (m.find()) {
                found.add(new Coordinates(tag(m.group(1), "groupId"), tag(m.group(1), "artifactId"),
                        tag(m.group(1), "version")));
            }
        }
        for (String gradle : blocks(section, "kotlin")) {
            Matcher m = Pattern.compile("\"([\\w.-]+):([\\w.-]+)(?::([\\w.-]+))?\"").matcher(gradle);
            while (m.find()) found.add(new Coordinates(m.group(1), m.group(2), m.group(3)));
        }
        return found;
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">").matcher(xml);
        return m.find() ? m.group(1).strip() : null;
    }

    @Test
    void theSnippetsNameModulesOfThisBuildAtItsVersion() throws Exception {
        String version = child(root(), "version");
        Map<String, Boolean> modules = modules();
        List<Coordinates> snippets = junctionDependencies(section());
        assertThat(snippets).extracting(Coordinates::artifact)
                .contains("junction-core", "junction-bom", "junction-jackson");
        for (Coordinates c : snippets) {
            assertThat(c.group()).as(c.toString()).isEqualTo("dev.junction");
            assertThat(modules).as(c + " is a module of the build").containsKey(c.artifact());
            // A version is given, and is the build's, unless the BOM gives it (Gradle's platform()).
            if (c.version() != null) assertThat(c.version()).as(c.toString()).isEqualTo(version);
        }
    }

    @Test
    void theDriverAndLoggingVersionsAreThoseTheBuildTestsWith() throws Exception {
        Map<String, String> managed = new HashMap<>();
        Element properties = element(root(), "properties");
        NodeList dependencies = element(element(root(), "dependencyManagement"), "dependencies")
                .getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            String v = child(d, "version");
            if (v.startsWith("${")) v = child(properties, v.substring(2, v.length() - 1));
            managed.put(child(d, "groupId") + ":" + child(d, "artifactId"), v);
        }
        Matcher m = Pattern.compile("`([\\w.-]+):([\\w.-]+):([\\w.-]+)`").matcher(section());
        List<String> named = new ArrayList<>();
        while (m.find()) {
            String key = m.group(1) + ":" + m.group(2);
            named.add(key);
            assertThat(managed).as(key + " is a dependency of the build").containsKey(key);
            assertThat(m.group(3)).as(key).isEqualTo(managed.get(key));
        }
        assertThat(named).contains("com.h2database:h2", "org.xerial:sqlite-jdbc", "org.postgresql:postgresql",
                "org.mariadb.jdbc:mariadb-java-client", "org.slf4j:slf4j-simple");
    }

    @Test
    void theBomListsEveryPublishedModuleAtTheBuildsVersion() throws Exception {
        Element bom = pom(ROOT.resolve("junction-bom/pom.xml")).getDocumentElement();
        assertThat(child(bom, "version")).isEqualTo(child(root(), "version"));
        assertThat(child(bom, "packaging")).isEqualTo("pom");
        List<String> listed = new ArrayList<>();
        NodeList dependencies = element(element(bom, "dependencyManagement"), "dependencies")
                .getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            assertThat(child(d, "groupId")).isEqualTo("dev.junction");
            assertThat(child(d, "version")).isEqualTo("${project.version}");
            listed.add(child(d, "artifactId"));
        }
        List<String> published = modules().entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .toList();
        assertThat(published).contains("junction-core", "junction-cli", "junction-jackson")
                .doesNotContain("sandcastle", "junction-bench");
        assertThat(listed).containsAll(published);
        // The BOM pins Junction's artifacts only: the application's drivers and libraries stay its own choice.
        assertThat(element(bom, "parent")).isNull();
    }

    @Test
    void theReleaseProfileBuildsJavadocAndThePomsCarryPublishedMetadata() throws Exception {
        Element root = root();
        assertThat(section()).contains("mvn -B -Prelease verify");
        NodeList profiles = root.getElementsByTagName("profile");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            ids.add(child(profile, "id"));
            if ("release".equals(child(profile, "id"))) {
                assertThat(profile.getTextContent()).contains("maven-javadoc-plugin");
            }
        }
        assertThat(ids).contains("release");
        for (String tag : List.of("name", "description", "url", "licenses", "scm", "developers")) {
            assertThat(element(root, tag)).as(tag).isNotNull();
        }
    }

    @Test
    void openWithoutAUrlIsInMemoryH2() {
        try (Junction db = Junction.open()) {
            assertThat(db.dialect().name()).isEqualToIgnoringCase("h2");
        }
    }
}
