package dev.junction.testing;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;

/** Supplies one fresh {@link TestTarget} per backend to a {@link DialectTest}. */
public final class AllDialects implements ArgumentsProvider {
    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return Arrays.stream(Backend.values()).map(b -> Arguments.of(new TestTarget(b)));
    }
}
