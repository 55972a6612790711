package dev.junction.seed.internal;

import dev.junction.seed.SeedException;

/**
 * Where in a seed file something is: file, line, and the model, entry and column when there are. Makes the
 * {@link SeedException}s that name them. Immutable.
 */
record Site(String file, int line, String model, int entry, String column) {

    static Site file(String file) {
        return new Site(file, 0, null, 0, null);
    }

    Site at(int line) {
        return new Site(file, line, model, entry, column);
    }

    Site entry(String model, int entry, int line) {
        return new Site(file, line, model, entry, null);
    }

    Site column(String column, int line) {
        return new Site(file, line, model, entry, column);
    }

    /** A {@link SeedException} at this site: {@code Seed file F, line L (Model entry N), column C: detail}. */
    SeedException error(String detail) {
        return error(detail, null);
    }

    SeedException error(String detail, Throwable cause) {
        StringBuilder message = new StringBuilder("Seed file ").append(file);
        if (line > 0) message.append(", line ").append(line);
        if (model != null) {
            message.append(" (").append(model);
            if (entry > 0) message.append(" entry ").append(entry);
            message.append(')');
        }
        if (column != null) message.append(", column ").append(column);
        message.append(": ").append(detail);
        return new SeedException(message.toString(), file, line, model, column, cause);
    }
}
