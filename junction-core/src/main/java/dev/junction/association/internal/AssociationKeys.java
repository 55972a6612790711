package dev.junction.association.internal;

import dev.junction.DefinitionException;
import dev.junction.Model;
import dev.junction.UnknownAssociationException;
import dev.junction.association.Association;
import dev.junction.association.Association.Kind;
import dev.junction.association.AssociationKey;
import dev.junction.association.AssociationOptions;
import dev.junction.association.BelongsTo;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.HasOne;
import dev.junction.internal.Arguments;
import dev.junction.schema.internal.Naming;

/**
 * What {@link AssociationKey}s do in a database: give their alias to a declaration, checked against the models
 * declared with, and find the association they name again, checked to be of their kind and types. Stateless.
 */
public final class AssociationKeys {
    private AssociationKeys() {
    }

    /**
     * The options of a declaration made with {@code key}: its alias given to them. When the options have no alias
     * and the key's is the one the kind would derive anyway ({@code "SandcastleType"}, {@code "Users"}), none is
     * set, so the association is exactly the one declared without a key (an alias given changes the derived keys of
     * some kinds) — except on a self-association, which needs one.
     *
     * @throws DefinitionException when the models are not the key's, or the options give another alias
     */
    public static AssociationOptions optionsFor(Model<?> source, Model<?> target, AssociationKey<?, ?, ?> key,
                                                AssociationOptions options) {
        AssociationOptions o = options == null ? AssociationOptions.defaults() : options;
        String call = source.name() + "." + method(key.kind()) + "(" + target.name() + ", " + key + ")";
        if (source.type() != key.source() || target.type() != key.target()) {
            throw new DefinitionException(call + ": the key is for " + key.source().getSimpleName() + " → "
                    + key.target().getSimpleName() + ", not " + source.type().getSimpleName() + " → "
                    + target.type().getSimpleName());
        }
        if (o.as() != null && !o.as().equals(key.as())) {
            throw new DefinitionException(call + ": the options say as(\"" + o.as() + "\") but the key's alias is '"
                    + key.as() + "'; leave the alias to the key");
        }
        boolean self = source.name().equals(target.name());
        if (o.as() == null && (self || !key.as().equals(derivedAlias(key.kind(), target)))) return o.as(key.as());
        return o;
    }

    /**
     * The association {@code key} names on {@code model}.
     *
     * @throws UnknownAssociationException when the model has no association of the key's alias
     * @throws DefinitionException         when it has one of another kind or target than the key says
     */
    public static <S, T, A extends Association<S, T>> A resolve(Model<S> model, AssociationKey<S, T, A> key) {
        Arguments.given(key, model.name() + ".association", "key");
        if (model.type() != key.source()) {
            throw new DefinitionException("Key " + key + " names an association of " + key.source().getSimpleName()
                    + ", not of model " + model.name());
        }
        Association<S, ?> found;
        try {
            found = model.association(key.as());
        } catch (UnknownAssociationException e) {
            throw new UnknownAssociationException(e.getMessage() + ": key " + key + " was not declared — declare"
                    + " it in " + key.source().getSimpleName() + "'s associate hook, e.g. " + model.name() + "."
                    + method(key.kind()) + "(target, KEY, options)");
        }
        if (found.kind() != key.kind() || found.target().type() != key.target()) {
            throw new DefinitionException("Key " + key + " does not match the association " + model.name() + "."
                    + found.as() + " declared: a " + method(found.kind()) + " to " + found.target().name() + " ("
                    + found.target().type().getSimpleName() + ")");
        }
        return cast(found, handleType(key.kind()));
    }

    @SuppressWarnings("unchecked")
    private static <A> A cast(Association<?, ?> found, Class<?> handle) {
        return (A) handle.cast(found);
    }

    private static Class<?> handleType(Kind kind) {
        return switch (kind) {
            case BELONGS_TO -> BelongsTo.class;
            case HAS_ONE -> HasOne.class;
            case HAS_MANY -> HasMany.class;
            case BELONGS_TO_MANY -> BelongsToMany.class;
        };
    }

    /** The alias a declaration of {@code kind} without {@code as} gets (see {@code AssociationRegistry}). */
    private static String derivedAlias(Kind kind, Model<?> target) {
        return kind == Kind.HAS_MANY || kind == Kind.BELONGS_TO_MANY ? Naming.plural(target.name()) : target.name();
    }

    private static String method(Kind kind) {
        return switch (kind) {
            case BELONGS_TO -> "belongsTo";
            case HAS_ONE -> "hasOne";
            case HAS_MANY -> "hasMany";
            case BELONGS_TO_MANY -> "belongsToMany";
        };
    }
}
