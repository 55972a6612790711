package dev.junction.association.internal;

import dev.junction.DefinitionException;
import java.util.List;
import java.util.function.Function;

/**
 * What the {@code belongsToMany} declarations on one join model decide on their own, checked as each is declared:
 * options of two sides that contradict, a side whose two explicit keys are one column, self-associations that do
 * not name their keys apart. A later declaration cannot cure any of these, so they fail at once, naming both
 * declarations, and nothing is changed. Stateless.
 */
final class JoinChecks {
    private final String through;
    private final List<JoinSide> sides;
    private final Function<JoinSide, JoinSide> partner;

    private JoinChecks(String through, List<JoinSide> sides, Function<JoinSide, JoinSide> partner) {
        this.through = through;
        this.sides = sides;
        this.partner = partner;
    }

    /** Throws a {@link DefinitionException} naming the declarations when the sides contradict each other. */
    static void check(String through, List<JoinSide> sides, Function<JoinSide, JoinSide> partner) {
        JoinChecks checks = new JoinChecks(through, sides, partner);
        for (JoinSide side : sides) {
            checks.explicitKeysApart(side);
            checks.agreesWithPartner(side);
            checks.agreesOnTheTable(side);
        }
        checks.selfAssociationsNameTheirKeys();
    }

    private void explicitKeysApart(JoinSide side) {
        String foreignKey = side.options().foreignKey();
        if (foreignKey != null && foreignKey.equals(side.options().otherKey())) {
            throw new DefinitionException("Join model " + through + ": " + side.describe() + " names '" + foreignKey
                    + "' as both foreignKey and otherKey, but a link has two ends; name two columns");
        }
    }

    private void agreesWithPartner(JoinSide side) {
        JoinSide other = partner.apply(side);
        if (other == null) return;
        contradiction(side, side.options().foreignKey(), other, other.options().otherKey(), "foreignKey",
                "otherKey", "they name the same column");
        contradiction(side, side.options().otherKey(), other, other.options().foreignKey(), "otherKey",
                "foreignKey", "they name the same column");
        if (!side.isSelf()) {
            contradiction(side, side.options().targetKey(), other, other.options().sourceKey(), "targetKey",
                    "sourceKey", "they name the same key of " + side.target().name());
        }
    }

    private void contradiction(JoinSide side, String mine, JoinSide other, String theirs, String myOption,
                               String theirOption, String why) {
        if (mine != null && theirs != null && !mine.equals(theirs)) {
            throw new DefinitionException("Join model " + through + ": " + side.describe() + " says " + myOption
                    + " '" + mine + "' but " + other.describe() + " says " + theirOption + " '" + theirs + "'; "
                    + why);
        }
    }

    /** Unique links, timestamps and the unique constraint's name belong to the table: every side must agree. */
    private void agreesOnTheTable(JoinSide side) {
        JoinSide first = sides.get(0);
        if (side.through().unique() != first.through().unique()) {
            throw disagree(first, side, "unique", first.through().unique(), side.through().unique());
        }
        JoinSide timestamps = first(s -> s.through().timestamps());
        if (side.through().timestamps() != null && timestamps != null
                && !side.through().timestamps().equals(timestamps.through().timestamps())) {
            throw disagree(timestamps, side, "timestamps", timestamps.through().timestamps(),
                    side.through().timestamps());
        }
        JoinSide named = first(s -> s.through().uniqueKey());
        if (side.through().uniqueKey() != null && !side.through().uniqueKey().equals(named.through().uniqueKey())) {
            throw disagree(named, side, "uniqueKey", "'" + named.through().uniqueKey() + "'",
                    "'" + side.through().uniqueKey() + "'");
        }
        if (side.through().uniqueKey() != null && !side.through().unique()) {
            throw new DefinitionException("Join model " + through + ": " + side.describe() + " names uniqueKey '"
                    + side.through().uniqueKey() + "', but with unique(false) the pair has no unique constraint");
        }
    }

    private JoinSide first(Function<JoinSide, Object> option) {
        return sides.stream().filter(s -> option.apply(s) != null).findFirst().orElse(null);
    }

    private DefinitionException disagree(JoinSide first, JoinSide side, String option, Object theirs, Object mine) {
        return new DefinitionException("Join model " + through + ": " + first.describe() + " says " + option + " "
                + theirs + " but " + side.describe() + " says " + option + " " + mine + "; both sides must agree");
    }

    /**
     * Two self-associations on one join model tell a link's ends apart only by names they give: each needs a foreign
     * key of its own (given, or the other's otherKey), and they must differ. Sequelize would collapse them into one
     * column.
     */
    private void selfAssociationsNameTheirKeys() {
        List<JoinSide> selves = sides.stream().filter(JoinSide::isSelf).toList();
        if (selves.size() < 2) return;
        List<String> named = selves.stream().map(this::namedForeignKey).toList();
        if (named.contains(null) || named.stream().distinct().count() < named.size()) {
            throw new DefinitionException("Join model " + through + ": " + String.join(" and ",
                    selves.stream().map(JoinSide::describe).toList()) + " are self-associations on one join model"
                    + (named.contains(null) ? " without named keys" : " with the same foreignKey " + named)
                    + ", so a link's two ends would share one column; name distinct keys on each, e.g. as('Followers')"
                    + " with foreignKey('followingId').otherKey('followerId'), and the reverse for as('Following')");
        }
    }

    private String namedForeignKey(JoinSide side) {
        if (side.options().foreignKey() != null) return side.options().foreignKey();
        JoinSide other = partner.apply(side);
        return other == null ? null : other.options().otherKey();
    }
}
