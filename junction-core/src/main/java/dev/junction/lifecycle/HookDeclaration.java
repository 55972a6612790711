package dev.junction.lifecycle;

/**
 * Hooks declared with {@link dev.junction.schema.ModelSpec#hooks}: the class they were typed with (checked against
 * the model's when it is defined) and the hooks.
 *
 * @param type  the instance class the hooks take ({@code Row} for a model defined by name)
 * @param hooks the hooks, by point
 */
public record HookDeclaration(Class<?> type, ModelHooks hooks) {
}
