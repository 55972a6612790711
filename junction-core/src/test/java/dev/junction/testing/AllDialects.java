package dev.junction.testing;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;

/** Supplies one fresh {@link TestTarget} per backend to a {@link DialectTest}. */
public final class AllDialects implements ArgumentsProvider {
    // The form every JUnit 5 release calls; the newer (5.13) ParameterDeclarations form would tie the shared test jar
    // to JUnit 5.13+ in modules whose BOM picks an older one.
    @Override
    @SuppressWarnings("deprecation")
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return Topology.backends().stream().map(b -> Arguments.of(new TestTarget(b)));
    }
}
