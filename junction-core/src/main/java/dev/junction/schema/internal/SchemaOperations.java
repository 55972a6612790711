package dev.junction.schema.internal;

import dev.junction.Junction;
import dev.junction.schema.DatabaseSchema;
import dev.junction.schema.SchemaCheck;
import dev.junction.schema.SyncMode;
import dev.junction.schema.SyncReport;
import dev.junction.internal.jdbc.CrossProcessLock;
import dev.junction.internal.jdbc.Database;

/**
 * {@link Junction}'s schema operations — sync, drop, check, describe — over its models and the live database, always
 * on the primary. Holds nothing beyond the call.
 */
public final class SchemaOperations {
    private final Junction db;
    private final Database database;

    public SchemaOperations(Junction db, Database database) {
        this.db = db;
        this.database = database;
    }

    /** See {@link Junction#sync(SyncMode)}. */
    public SyncReport sync(SyncMode mode) {
        SchemaSynchronizer synchronizer = synchronizer();
        SyncReport report = database.scope().run(null, connection -> new CrossProcessLock(database).holding(
                connection, CrossProcessLock.SCHEMA, locked -> synchronizer.sync(locked, mode)));
        if (mode == SyncMode.FORCE) forgetSeedsOfModels();
        return report;
    }

    /** See {@link Junction#drop()}. */
    public SyncReport drop() {
        SchemaSynchronizer synchronizer = synchronizer();
        SyncReport report = database.scope().run(null, connection -> new CrossProcessLock(database).holding(connection,
                CrossProcessLock.SCHEMA, synchronizer::drop));
        forgetSeedsOfModels();
        return report;
    }

    /** See {@link Junction#check()}. */
    public SchemaCheck check() {
        return new SchemaChecker(database.dialect(), graph()).check(describe());
    }

    /** See {@link Junction#describe()}. */
    public DatabaseSchema describe() {
        return database.scope().run(null, connection -> new SchemaInspector(connection).describe());
    }

    /** Forgets the applied seed files that inserted rows into the models' tables (not models: names), just dropped. */
    private void forgetSeedsOfModels() {
        dev.junction.seed.internal.SeedFileRunner.forgetTouching(db, db.definitions());
    }

    private SchemaSynchronizer synchronizer() {
        return new SchemaSynchronizer(database.dialect(), graph(), database.runner()::execute);
    }

    private ForeignKeyGraph graph() {
        return new ForeignKeyGraph(db.definitions(), database.registry()::definition,
                database.dialect().identifierLimit());
    }
}
