package dev.junction.pull;

import dev.junction.Junction;
import dev.junction.JunctionConfig;
import dev.junction.internal.Arguments;
import dev.junction.internal.jdbc.PasswordMask;
import dev.junction.pull.internal.SchemaPull;
import dev.junction.schema.DatabaseSchema;
import javax.lang.model.SourceVersion;

/**
 * Reads an existing database and writes a Java record per table — the reverse of {@code sync}, for a project that
 * starts from a database (one Sequelize made, say) rather than from models. CLI: {@code junction db:pull
 * --package com.example.models}.
 *
 * <pre>{@code
 * PulledModels pulled = ModelPuller.of(db).pull("com.example.models");
 * pulled.writeTo(Path.of("src/main/java"));     // User.java, Show.java, UserFavorite.java …
 * }</pre>
 *
 * <p>Each record has its {@code @Id}, types, nullability, lengths and unique keys, {@code @Table} where the model's
 * name does not derive the table, {@code @Underscored}/{@code @Timestamps(false)} as the columns say, and an
 * {@code associate} hook with the associations the foreign keys make: {@code belongsTo} on the holder and
 * {@code hasMany} (or {@code hasOne} for a unique key) on the other side; a table whose primary key or unique key
 * is exactly two foreign keys is a join model, with {@code belongsToMany} both ways through it. Defining the records
 * with {@code db.defineAll(…)} gives models that {@code db.check()} finds equal to the database. Thread-safe: each
 * {@link #pull} reads the schema afresh.
 */
public final class ModelPuller {
    private final Junction db;

    private ModelPuller(Junction db) {
        this.db = db;
    }

    /** A puller reading {@code db}. */
    public static ModelPuller of(Junction db) {
        return new ModelPuller(Arguments.given(db, "ModelPuller.of", "db"));
    }

    /**
     * Reads the database's tables and makes the records' sources, in package {@code javaPackage}. Reads only.
     *
     * @throws dev.junction.ValidationException when {@code javaPackage} is not a Java package name
     */
    public PulledModels pull(String javaPackage) {
        Arguments.given(javaPackage, "ModelPuller.pull", "javaPackage");
        if (!javaPackage.isEmpty() && !SourceVersion.isName(javaPackage)) {
            throw new dev.junction.ValidationException(null, null, "ModelPuller.pull: '" + javaPackage
                    + "' is not a Java package name (such as com.example.models)");
        }
        DatabaseSchema schema = db.describe();
        SchemaPull pull = new SchemaPull(db.dialect());
        JunctionConfig config = db.config();
        String where = config.url() == null ? "the application's DataSource"
                : new PasswordMask(config.url(), config.password()).mask(config.url());
        String origin = where + " (" + db.dialect().name() + ")";
        return new PulledModels(javaPackage, pull.sources(schema, javaPackage, origin), pull.warnings());
    }
}
