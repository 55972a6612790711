package dev.junction.spring;

import java.lang.reflect.Method;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DisplayNameGenerator;

/** Names each test {@code [database] method}, the database being the test class's {@code @DisplayName}. */
class DatabaseDisplayNames extends DisplayNameGenerator.Standard {

    @Override
    public String generateDisplayNameForMethod(Class<?> testClass, Method testMethod) {
        DisplayName database = testClass.getAnnotation(DisplayName.class);
        return "[" + (database == null ? testClass.getSimpleName() : database.value()) + "] " + testMethod.getName();
    }
}
