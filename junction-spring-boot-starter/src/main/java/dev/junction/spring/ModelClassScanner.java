package dev.junction.spring;

import dev.junction.Models;
import dev.junction.schema.ModelSpec;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.ClassMetadata;
import org.springframework.util.ClassUtils;

/**
 * Finds the model classes of some packages: the classes that declare a static {@code associate(Models)} or
 * {@code init(ModelSpec)} hook, as {@code Junction.defineAll} runs them. Sorted by name, so that the order of
 * definition does not depend on the class path. Stateless apart from its class loader.
 */
final class ModelClassScanner {
    private final ClassPathScanningCandidateComponentProvider provider;
    private final ClassLoader classLoader;

    ModelClassScanner(Environment environment, ResourceLoader resourceLoader) {
        this.provider = new ClassPathScanningCandidateComponentProvider(false, environment) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                ClassMetadata type = definition.getMetadata();
                return type.isIndependent() && !type.isInterface() && !type.isAnnotation();
            }
        };
        provider.setResourceLoader(resourceLoader);
        // Cheap first cut on the class file: a static method of one of the hooks' names.
        provider.addIncludeFilter((reader, factory) -> reader.getAnnotationMetadata().getDeclaredMethods().stream()
                .anyMatch(m -> m.isStatic() && (m.getMethodName().equals("associate")
                        || m.getMethodName().equals("init"))));
        this.classLoader = resourceLoader.getClassLoader();
    }

    /** The model classes in {@code packages} and their sub-packages. */
    List<Class<?>> scan(List<String> packages) {
        List<Class<?>> found = new ArrayList<>();
        for (String javaPackage : packages) {
            for (BeanDefinition candidate : provider.findCandidateComponents(javaPackage)) {
                Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), classLoader);
                if (hasHook(type) && !found.contains(type)) found.add(type);
            }
        }
        found.sort(Comparator.comparing(Class::getName));
        return found;
    }

    private static boolean hasHook(Class<?> type) {
        return isStatic(type, "associate", Models.class) || isStatic(type, "init", ModelSpec.class);
    }

    private static boolean isStatic(Class<?> type, String name, Class<?> parameter) {
        try {
            Method hook = type.getDeclaredMethod(name, parameter);
            return Modifier.isStatic(hook.getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
