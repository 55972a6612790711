package dev.junction.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.junction.ConnectionException;
import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.internal.jdbc.PasswordMask;
import dev.junction.internal.jdbc.UrlCredentials;
import dev.junction.testing.DialectTest;
import dev.junction.testing.ClusterStatements;
import dev.junction.testing.TestTarget;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** No message, log line or exception text carries a password, whichever part of the URL holds it. */
class PasswordMaskingTest {
    private static final String SECRET = "S3cretPw";

    /** An unreachable database of the target's kind, the password where its URLs usually carry one. */
    private static String unreachableWithPassword(TestTarget target) throws IOException {
        Path file = Files.createTempFile("not-a-dir", ".txt");
        return switch (target.backend()) {
            case H2 -> "jdbc:h2:file:" + file + "/db;USER=sa;PASSWORD=" + SECRET;
            case SQLITE -> "jdbc:sqlite:" + file + "/db?password=" + SECRET;
            case POSTGRESQL -> "jdbc:postgresql://postgres:" + SECRET + "@127.0.0.1:1/test";
            case MARIADB -> "jdbc:mariadb://root:" + SECRET + "@127.0.0.1:1/test";
        };
    }

    @DialectTest
    void aPasswordInTheUrlReachesNeitherTheErrorNorItsCausesNorTheLog(TestTarget target) throws IOException {
        String url = unreachableWithPassword(target);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream original = System.err;
        Throwable error;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            error = catchThrowable(() -> Junction.open(JunctionConfig.builder().url(url).build()).close());
        } finally {
            System.setErr(original);
        }

        assertThat(error).isInstanceOf(ConnectionException.class)
                .hasMessageContaining(target.backend().displayName());
        assertThat(everything(error)).doesNotContain(SECRET);
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain(SECRET);
    }

    @DialectTest
    void credentialsInTheUrlsUserInfoAreTheUserAndPassword(TestTarget target) {
        JunctionConfig plain = target.config().build();
        String url = plain.user() == null ? plain.url() : plain.url().replaceFirst("//", "//" + plain.user()
                + (plain.password() == null || plain.password().isEmpty() ? "" : ":" + plain.password()) + "@");

        Junction db = target.open(b -> b.url(url).user(null).password(null));

        assertThat(ClusterStatements.withoutBookkeeping(db.describe().tables())).isEmpty();
        assertThat(db.config().url()).doesNotContain("@");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://postgres:S3cretPw@db.internal:5432/app | jdbc:postgresql://postgres:***@db.internal:5432/app",
        "jdbc:mariadb://root:S3cretPw@127.0.0.1/test?useSsl=true  | jdbc:mariadb://root:***@127.0.0.1/test?useSsl=true",
        "jdbc:mysql://app:S3cretPw@db:3306/app                     | jdbc:mysql://app:***@db:3306/app",
        "jdbc:mysql://address=(host=db)(user=app)(password=S3cretPw)/app | jdbc:mysql://address=(host=db)(user=app)(password=***)/app",
        "jdbc:postgresql://db/app?user=app&password=S3cretPw&ssl=true | jdbc:postgresql://db/app?user=app&password=***&ssl=true",
        "jdbc:postgresql://db/app?sslpassword=S3cretPw             | jdbc:postgresql://db/app?sslpassword=***",
        "jdbc:h2:file:/data/db;USER=sa;PASSWORD=S3cretPw;MODE=MySQL | jdbc:h2:file:/data/db;USER=sa;PASSWORD=***;MODE=MySQL",
        "jdbc:postgresql://db.internal:5432/app                    | jdbc:postgresql://db.internal:5432/app",
        "Failed for jdbcUrl=jdbc:postgresql://u:S3cretPw@h/d (refused) | Failed for jdbcUrl=jdbc:postgresql://u:***@h/d (refused)",
    })
    void urlsOfEveryShapeHaveTheirPasswordsMasked(String url, String masked) {
        assertThat(PasswordMask.url(url)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "jdbc:postgresql://app:S3cret%40Pw@db:5432/shows | jdbc:postgresql://db:5432/shows | app | S3cret@Pw",
        "jdbc:mysql:loadbalance://app:pw@h1,h2/shows     | jdbc:mysql:loadbalance://h1,h2/shows | app | pw",
        "jdbc:mariadb://app@db/shows                     | jdbc:mariadb://db/shows         | app | -",
        "jdbc:postgresql://db:5432/shows?options=a@b     | jdbc:postgresql://db:5432/shows?options=a@b | - | -",
        "jdbc:h2:tcp://localhost/~/shows                 | jdbc:h2:tcp://localhost/~/shows | - | -",
    })
    void userInfoIsTakenOutOfTheUrlAsUserAndPassword(String url, String rest, String user, String password) {
        assertThat(UrlCredentials.of(url)).isEqualTo(new UrlCredentials(rest, user, password));
    }

    @Test
    void aPasswordIsHiddenWhereverItAppearsLiterallyOnceKnown() {
        PasswordMask mask = new PasswordMask("jdbc:postgresql://postgres:S3cretPw@db/app", "0therPw");

        assertThat(mask.mask("java.net.UnknownHostException: postgres:S3cretPw@db; then 0therPw"))
                .isEqualTo("java.net.UnknownHostException: postgres:***@db; then ***");
    }

    @Test
    void theConfigurationsTextShowsNoPassword() {
        JunctionConfig config = JunctionConfig.builder().url("jdbc:postgresql://postgres:S3cretPw@db/app")
                .user("app").password("0therPw").build();

        assertThat(config.toString()).doesNotContain(SECRET).doesNotContain("0therPw").contains("maxPoolSize=10");
    }

    @Test
    void anUnknownUrlIsNamedWithoutItsPassword() {
        Throwable error = catchThrowable(() -> Junction.open("jdbc:oracle:thin:scott/tiger@//db:1521/x?password="
                + SECRET));

        assertThat(error).hasMessageContaining("No Junction dialect");
        assertThat(everything(error)).doesNotContain(SECRET);
    }

    /** An exception's message, its causes' and its stack trace, as printed. */
    private static String everything(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
