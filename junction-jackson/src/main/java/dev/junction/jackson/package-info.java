/**
 * Jackson support for Junction: {@link dev.junction.jackson.JunctionModule} writes {@code Loaded}, {@code Linked}
 * and {@code Row} as JSON, the way Sequelize's {@code toJSON()} writes instances read with {@code include}.
 * Registered by {@code ObjectMapper.findAndRegisterModules()} through {@code META-INF/services}.
 */
package dev.junction.jackson;
