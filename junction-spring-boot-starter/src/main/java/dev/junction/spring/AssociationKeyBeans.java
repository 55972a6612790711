package dev.junction.spring;

import dev.junction.DefinitionException;
import dev.junction.association.Association;
import dev.junction.association.AssociationKey;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.HasOne;
import java.beans.Introspector;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.ResolvableType;
import org.springframework.util.ReflectionUtils;

/**
 * Registers the association keys of a model class as beans: each {@code static final} field of an
 * {@link AssociationKey} type becomes a bean of the key's handle type ({@code BelongsToMany<User, Show>} for a
 * {@code BelongsToManyKey<User, Show>}), named {@code user.favorites} for {@code User.FAVORITES}, whose instance is
 * {@code association(key)} on the application's {@code Junction} once the models are defined — at start-up, like any
 * singleton, so that a key no hook declares stops the start. Registration reads only the field's declared type, so the
 * model class is not initialised before the models are defined.
 */
final class AssociationKeyBeans {
    private final BeanDefinitionRegistry registry;
    private final BeanFactory beanFactory;

    AssociationKeyBeans(BeanDefinitionRegistry registry, BeanFactory beanFactory) {
        this.registry = registry;
        this.beanFactory = beanFactory;
    }

    /** Registers one bean per association key {@code model} declares. */
    void register(Class<?> model) {
        for (Field field : model.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && AssociationKey.class.isAssignableFrom(field.getType())) {
                register(field);
            }
        }
    }

    private void register(Field field) {
        String name = beanName(field);
        if (registry.containsBeanDefinition(name)) {
            BeanDefinition taken = registry.getBeanDefinition(name);
            throw new DefinitionException("Association key " + describe(field) + ": its bean name '" + name
                    + "' is taken already (" + (taken.getDescription() != null ? taken.getDescription()
                    : taken.getResolvableType()) + "); rename the field or the model class");
        }
        ResolvableType type = handleType(field);
        RootBeanDefinition handle = new RootBeanDefinition(type.resolve());
        handle.setTargetType(type);
        handle.setInstanceSupplier(() -> beanFactory.getBean(DefinedModels.class).association(key(field)));
        handle.setDependsOn(DefinedModels.BEAN);
        handle.setDescription("The association handle of " + describe(field));
        registry.registerBeanDefinition(name, handle);
    }

    /**
     * The handle type the field's declared type names ({@code BelongsToManyKey<User, Show>}: {@code
     * BelongsToMany<User, Show>}); when it leaves the models open ({@code AssociationKey<?, ?, ?>}, a raw type), the
     * key's own kind and classes, read from the field.
     */
    private static ResolvableType handleType(Field field) {
        ResolvableType declared = ResolvableType.forField(field).as(AssociationKey.class).getGeneric(2);
        if (declared.resolve() != null && declared.resolve() != Association.class && !declared.hasUnresolvableGenerics()
                && declared.getGeneric(0).resolve() != null && declared.getGeneric(1).resolve() != null) {
            return declared;
        }
        AssociationKey<?, ?, ?> key = key(field);
        Class<?> kind = switch (key.kind()) {
            case BELONGS_TO -> BelongsTo.class;
            case HAS_ONE -> HasOne.class;
            case HAS_MANY -> HasMany.class;
            case BELONGS_TO_MANY -> BelongsToMany.class;
        };
        return ResolvableType.forClassWithGenerics(kind, key.source(), key.target());
    }

    /** The key the field holds; reading it initialises the model class. */
    @SuppressWarnings("unchecked")
    private static <S, T, A extends Association<S, T>> AssociationKey<S, T, A> key(Field field) {
        ReflectionUtils.makeAccessible(field);
        Object key = ReflectionUtils.getField(field, null);
        if (key == null) {
            throw new DefinitionException("Association key " + describe(field) + " is null");
        }
        return (AssociationKey<S, T, A>) key;
    }

    /** {@code User.FAVORITES}: {@code user.favorites}; {@code Beach.CASTLE_TOOLS}: {@code beach.castleTools}. */
    static String beanName(Field field) {
        return Introspector.decapitalize(field.getDeclaringClass().getSimpleName()) + "." + camel(field.getName());
    }

    private static String camel(String field) {
        if (!field.equals(field.toUpperCase(Locale.ROOT))) return field;
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : field.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = camel.length() > 0;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.isEmpty() ? field : camel.toString();
    }

    private static String describe(Field field) {
        return field.getDeclaringClass().getName() + "." + field.getName();
    }
}
