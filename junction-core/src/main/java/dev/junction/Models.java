package dev.junction;

/**
 * The models of one database, as a model class's {@code associate} hook sees them:
 *
 * <pre>{@code
 * record User(Long id, String username) {
 *     static void associate(Models models) {
 *         models.model(User.class).belongsToMany(models.model(Show.class), as("Favorites").through("UserFavorites"));
 *     }
 * }
 * }</pre>
 */
public interface Models {
    /** The typed model defined from {@code type}. */
    <T> Model<T> model(Class<T> type);

    /** Any model by model or table name, as rows. */
    Model<Row> model(String nameOrTable);
}
