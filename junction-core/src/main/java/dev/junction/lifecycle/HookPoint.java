package dev.junction.lifecycle;

/**
 * Where in a write a hook runs. The method name ({@link #method()}) is also the name of a static hook method on a
 * model class ({@code static Show beforeCreate(Show show)}).
 *
 * <p>Instance hooks get the instance; before-hooks of create, update, save and validate may return a changed one.
 * Bulk hooks get the list of a {@code bulkCreate}, the {@link BulkUpdate} of an {@code update(Map, Where)}, or the
 * {@link dev.junction.query.Where} of a {@code destroy(Where)}.
 */
public enum HookPoint {
    /** Before the validators run, on create and update; may return a changed instance. */
    BEFORE_VALIDATE("beforeValidate", true, Kind.INSTANCE),
    /** After the validators passed, on create and update. */
    AFTER_VALIDATE("afterValidate", false, Kind.INSTANCE),
    /** Before an INSERT, after validation; may return a changed instance. */
    BEFORE_CREATE("beforeCreate", true, Kind.INSTANCE),
    /** After an INSERT, in its transaction; gets the instance as stored (generated key, timestamps). */
    AFTER_CREATE("afterCreate", false, Kind.INSTANCE),
    /** Before an UPDATE of one instance, after validation; may return a changed instance. */
    BEFORE_UPDATE("beforeUpdate", true, Kind.INSTANCE),
    /** After an UPDATE of one instance, in its transaction. */
    AFTER_UPDATE("afterUpdate", false, Kind.INSTANCE),
    /**
     * On create and update; may return a changed instance. As in Sequelize, a beforeSave hook is a beforeCreate and a
     * beforeUpdate hook, run among those in declaration order.
     */
    BEFORE_SAVE("beforeSave", true, Kind.INSTANCE),
    /** On create and update, in the write's transaction: an afterCreate and afterUpdate hook, as in Sequelize. */
    AFTER_SAVE("afterSave", false, Kind.INSTANCE),
    /** Before the DELETE of one instance; may abort it by throwing, not change it. */
    BEFORE_DESTROY("beforeDestroy", false, Kind.INSTANCE),
    /** After the DELETE of one instance, in its transaction. */
    AFTER_DESTROY("afterDestroy", false, Kind.INSTANCE),
    /** Before a {@code bulkCreate}; may return another list. */
    BEFORE_BULK_CREATE("beforeBulkCreate", true, Kind.LIST),
    /** After a {@code bulkCreate}, in its transaction; gets the instances as stored. */
    AFTER_BULK_CREATE("afterBulkCreate", false, Kind.LIST),
    /** Before an {@code update(Map, Where)}; may return another {@link BulkUpdate}. */
    BEFORE_BULK_UPDATE("beforeBulkUpdate", true, Kind.BULK_UPDATE),
    /** After an {@code update(Map, Where)}, in its transaction. */
    AFTER_BULK_UPDATE("afterBulkUpdate", false, Kind.BULK_UPDATE),
    /** Before a {@code destroy(Where)}; may return another filter. */
    BEFORE_BULK_DESTROY("beforeBulkDestroy", true, Kind.WHERE),
    /** After a {@code destroy(Where)}, in its transaction. */
    AFTER_BULK_DESTROY("afterBulkDestroy", false, Kind.WHERE);

    /** What a hook at this point is given. */
    public enum Kind {
        /** One instance of the model. */
        INSTANCE,
        /** The instances of a {@code bulkCreate} ({@link java.util.List}). */
        LIST,
        /** The values and filter of an {@code update(Map, Where)} ({@link BulkUpdate}). */
        BULK_UPDATE,
        /** The filter of a {@code destroy(Where)} ({@link dev.junction.query.Where}). */
        WHERE
    }

    private final String method;
    private final boolean replaces;
    private final Kind kind;

    HookPoint(String method, boolean replaces, Kind kind) {
        this.method = method;
        this.replaces = replaces;
        this.kind = kind;
    }

    /** The hook's name as Sequelize spells it, and as a static hook method is called ({@code beforeCreate}). */
    public String method() {
        return method;
    }

    /** Whether a hook here returns the value to go on with (a changed instance, list, update or filter). */
    public boolean replaces() {
        return replaces;
    }

    /** What a hook here is given. */
    public Kind kind() {
        return kind;
    }
}
