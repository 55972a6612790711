package dev.junction.schema.internal;

import dev.junction.DefinitionException;
import dev.junction.annotation.Version;
import dev.junction.schema.Attribute;
import dev.junction.schema.AttributeSpec;
import dev.junction.schema.DataType;
import dev.junction.schema.ModelSpec;
import java.util.List;
import java.util.Map;

/**
 * The optimistic-locking counter of a model ({@code ModelSpec.version()}, {@code @Version}): which attribute it is,
 * and its column — an integer, NOT NULL, default 0. Stateless.
 */
final class VersionAttribute {
    private VersionAttribute() {
    }

    /**
     * The version attribute's name: the spec's, or the one property marked {@link Version}; {@code null} for none.
     * Two marked properties, or a spec naming another one than the annotation, is a {@link DefinitionException}.
     */
    static String name(String where, ModelSpec spec, List<JavaProperty> properties) {
        String annotated = null;
        for (JavaProperty p : properties) {
            if (p.field() == null || !p.field().isAnnotationPresent(Version.class)) continue;
            if (annotated != null) {
                throw new DefinitionException(where + ": only one attribute can be @Version, not both '" + annotated
                        + "' and '" + p.name() + "'");
            }
            annotated = p.name();
        }
        String declared = spec.versionAttribute();
        if (declared != null && annotated != null && !declared.equals(annotated)) {
            throw new DefinitionException(where + ": version(\"" + declared + "\") names another attribute than"
                    + " @Version on '" + annotated + "'");
        }
        return declared != null ? declared : annotated;
    }

    /**
     * Makes {@code name} the version attribute: the class's or a declared attribute (Integer or Long, not a key),
     * made NOT NULL with default 0; else a new INTEGER column.
     */
    static void add(String where, String name, List<AttributeSpec> specs, Map<String, Attribute.Role> roles) {
        if (roles.containsKey(name)) {
            throw new DefinitionException(where + ": the version attribute cannot be '" + name + "', which is"
                    + " already a timestamp");
        }
        roles.put(name, Attribute.Role.VERSION);
        for (AttributeSpec s : specs) {
            if (!s.name().equals(name)) continue;
            DataType.Kind kind = s.type().kind();
            if (kind != DataType.Kind.INTEGER && kind != DataType.Kind.BIGINT) {
                throw new DefinitionException(where + ": version attribute '" + name + "' must be an Integer or"
                        + " Long (INTEGER or BIGINT), not " + s.type());
            }
            if (s.isPrimaryKey()) {
                throw new DefinitionException(where + ": version attribute '" + name + "' cannot be a key");
            }
            s.notNull().defaultValue(kind == DataType.Kind.INTEGER ? (Object) 0 : (Object) 0L);
            return;
        }
        specs.add(new AttributeSpec(name, DataType.integer()).notNull().defaultValue(0));
    }
}
