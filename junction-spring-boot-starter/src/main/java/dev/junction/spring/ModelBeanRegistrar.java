package dev.junction.spring;

import dev.junction.Model;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Registers the scanned model classes as beans: one {@link DefinedModels} that defines them all on the
 * {@code Junction} bean (running their {@code init} and {@code associate} hooks), and one {@code Model<T>} per class,
 * typed so that {@code @Autowired Model<User> users} finds it; and one association handle per {@code static final}
 * association key of those classes ({@link AssociationKeyBeans}), so that {@code @Autowired BelongsToMany<User, Show>
 * favorites} finds {@code User.FAVORITES}'s. The packages are {@code junction.models-package}'s
 * and {@link JunctionModelScan}'s; with neither, the application's own ({@code @SpringBootApplication}'s).
 */
final class ModelBeanRegistrar implements BeanDefinitionRegistryPostProcessor, EnvironmentAware, ResourceLoaderAware,
        BeanFactoryAware {
    private Environment environment;
    private ResourceLoader resourceLoader;
    private BeanFactory beanFactory;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setResourceLoader(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        List<Class<?>> classes = new ModelClassScanner(environment, resourceLoader).scan(packages(registry));
        RootBeanDefinition defined = new RootBeanDefinition(DefinedModels.class);
        defined.setInstanceSupplier(() -> new DefinedModels(beanFactory.getBean(dev.junction.Junction.class),
                classes));
        registry.registerBeanDefinition(DefinedModels.BEAN, defined);
        AssociationKeyBeans keys = new AssociationKeyBeans(registry, beanFactory);
        for (Class<?> type : classes) {
            register(registry, type);
        }
        for (Class<?> type : classes) {
            keys.register(type);
        }
    }

    private <T> void register(BeanDefinitionRegistry registry, Class<T> type) {
        RootBeanDefinition model = new RootBeanDefinition(Model.class);
        model.setTargetType(ResolvableType.forClassWithGenerics(Model.class, type));
        model.setInstanceSupplier(() -> beanFactory.getBean(DefinedModels.class).model(type));
        model.setDependsOn(DefinedModels.BEAN);
        registry.registerBeanDefinition("junctionModel:" + type.getName(), model);
    }

    private List<String> packages(BeanDefinitionRegistry registry) {
        Set<String> packages = new LinkedHashSet<>(Binder.get(environment)
                .bind("junction.models-package", Bindable.listOf(String.class)).orElse(List.of()));
        packages.addAll(ModelScanPackages.of(registry));
        if (packages.isEmpty() && beanFactory instanceof ConfigurableListableBeanFactory factory
                && AutoConfigurationPackages.has(factory)) {
            packages.addAll(AutoConfigurationPackages.get(factory));
        }
        return new ArrayList<>(packages);
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // all done in postProcessBeanDefinitionRegistry
    }
}
