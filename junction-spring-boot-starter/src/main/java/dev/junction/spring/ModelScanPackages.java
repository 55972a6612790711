package dev.junction.spring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.GenericBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * The packages {@link JunctionModelScan} annotations name, kept as a bean definition until the models are scanned.
 * Immutable.
 */
final class ModelScanPackages {
    static final String BEAN = ModelScanPackages.class.getName();

    private final List<String> packages;

    ModelScanPackages(List<String> packages) {
        this.packages = List.copyOf(packages);
    }

    List<String> packages() {
        return packages;
    }

    /** The packages every {@link JunctionModelScan} of the application names; none without one. */
    @SuppressWarnings("unchecked")
    static List<String> of(BeanDefinitionRegistry registry) {
        if (!registry.containsBeanDefinition(BEAN)) return List.of();
        ValueHolder value = registry.getBeanDefinition(BEAN).getConstructorArgumentValues()
                .getIndexedArgumentValue(0, List.class);
        return value == null ? List.of() : (List<String>) value.getValue();
    }

    /** Records the packages of one {@link JunctionModelScan}, adding them to those of others. */
    static final class Registrar implements ImportBeanDefinitionRegistrar {
        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
            AnnotationAttributes scan = AnnotationAttributes.fromMap(
                    metadata.getAnnotationAttributes(JunctionModelScan.class.getName()));
            Set<String> packages = new LinkedHashSet<>(of(registry));
            packages.addAll(List.of(scan.getStringArray("basePackages")));
            for (Class<?> type : scan.getClassArray("basePackageClasses")) {
                packages.add(ClassUtils.getPackageName(type));
            }
            if (packages.isEmpty()) packages.add(ClassUtils.getPackageName(metadata.getClassName()));
            GenericBeanDefinition definition = new GenericBeanDefinition();
            definition.setBeanClass(ModelScanPackages.class);
            definition.getConstructorArgumentValues().addIndexedArgumentValue(0, new ArrayList<>(packages));
            if (registry.containsBeanDefinition(BEAN)) registry.removeBeanDefinition(BEAN);
            registry.registerBeanDefinition(BEAN, definition);
        }
    }
}
