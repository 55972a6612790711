package dev.junction.association;

import static dev.junction.association.Associations.through;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.StaleInstanceException;
import dev.junction.testing.DialectTest;
import dev.junction.testing.Simultaneously;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * An association {@code set} of a versioned owner adds one to its version and, given the owner as an instance,
 * matches the version it carries: two sets from stale reads of one owner cannot both win.
 */
class VersionedOwnerSetTest {
    record Owner(Long id, String name, Integer version) {
    }

    record Tag(Long id, String name) {
    }

    record Pet(Long id, String name, Long OwnerId) {
    }

    record Badge(Long id, String name, Long OwnerId) {
    }

    private record Setup(Model<Owner> owners, BelongsToMany<Owner, Tag> tags, HasMany<Owner, Pet> pets,
                         HasOne<Owner, Badge> badge, Owner ann, Tag red, Tag blue, Pet rex, Pet tom, Badge gold,
                         Badge silver) {
        int storedVersion() {
            return owners.findByPk(ann.id()).orElseThrow().version();
        }
    }

    private static Setup setup(Junction db) {
        Model<Owner> owners = db.define(Owner.class, m -> m.version());
        Model<Tag> tags = db.define(Tag.class);
        Model<Pet> pets = db.define(Pet.class);
        Model<Badge> badges = db.define(Badge.class);
        BelongsToMany<Owner, Tag> ownerTags = owners.belongsToMany(tags, through("OwnerTags"));
        HasMany<Owner, Pet> ownerPets = owners.hasMany(pets);
        HasOne<Owner, Badge> ownerBadge = owners.hasOne(badges);
        db.sync();
        return new Setup(owners, ownerTags, ownerPets, ownerBadge, owners.create(new Owner(null, "ann", null)),
                tags.create(new Tag(null, "red")), tags.create(new Tag(null, "blue")),
                pets.create(new Pet(null, "rex", null)), pets.create(new Pet(null, "tom", null)),
                badges.create(new Badge(null, "gold", null)), badges.create(new Badge(null, "silver", null)));
    }

    @DialectTest
    void aBelongsToManySetFromAStaleOwnerIsRefusedAndChangesNoLink(TestTarget target) {
        Setup s = setup(target.open());
        s.tags.set(s.ann, List.of(s.red));
        assertThat(s.storedVersion()).isEqualTo(1);
        assertThatThrownBy(() -> s.tags.set(s.ann, List.of(s.blue))).isInstanceOfSatisfying(
                StaleInstanceException.class, e -> {
                    assertThat(e.model()).isEqualTo("Owner");
                    assertThat(e.key()).isEqualTo(Map.of("id", s.ann.id()));
                    assertThat(e.version()).isEqualTo(0);
                });
        assertThatThrownBy(() -> s.tags.set(s.ann, List.of())).isInstanceOf(StaleInstanceException.class);
        assertThat(s.tags.get(s.ann)).containsExactly(s.red);
        Owner fresh = s.owners.findByPk(s.ann.id()).orElseThrow();
        s.tags.set(fresh, List.of(s.blue));
        assertThat(s.tags.get(s.ann)).containsExactly(s.blue);
        s.tags.set(new Owner(s.ann.id(), "ann", null), List.of(s.red)); // no version carried: not checked
        assertThat(s.tags.get(s.ann)).containsExactly(s.red);
        assertThat(s.storedVersion()).isEqualTo(3);
    }

    @DialectTest
    void aHasManySetFromAStaleOwnerIsRefusedAndMovesNoTarget(TestTarget target) {
        Setup s = setup(target.open());
        s.pets.set(s.ann, List.of(s.rex));
        assertThat(s.storedVersion()).isEqualTo(1);
        assertThatThrownBy(() -> s.pets.set(s.ann, List.of(s.tom))).isInstanceOf(StaleInstanceException.class);
        assertThat(s.pets.get(s.ann)).extracting(Pet::name).containsExactly("rex");
        s.pets.set(s.owners.findByPk(s.ann.id()).orElseThrow(), List.of(s.tom));
        assertThat(s.pets.get(s.ann)).extracting(Pet::name).containsExactly("tom");
        assertThat(s.storedVersion()).isEqualTo(2);
    }

    @DialectTest
    void aHasOneSetFromAStaleOwnerIsRefusedAndMovesNoTarget(TestTarget target) {
        Setup s = setup(target.open());
        s.badge.set(s.ann, s.gold);
        assertThatThrownBy(() -> s.badge.set(s.ann, s.silver)).isInstanceOf(StaleInstanceException.class);
        assertThat(s.badge.get(s.ann)).map(Badge::name).contains("gold");
        s.badge.set(s.owners.findByPk(s.ann.id()).orElseThrow(), s.silver);
        assertThat(s.badge.get(s.ann)).map(Badge::name).contains("silver");
        assertThat(s.storedVersion()).isEqualTo(2);
    }

    @DialectTest
    void anUpdateFromBeforeASetIsStale(TestTarget target) {
        Setup s = setup(target.open());
        s.tags.set(s.ann, List.of(s.red));
        assertThatThrownBy(() -> s.owners.update(new Owner(s.ann.id(), "anne", 0)))
                .isInstanceOf(StaleInstanceException.class);
        assertThat(s.owners.findByPk(s.ann.id()).orElseThrow().name()).isEqualTo("ann");
    }

    @DialectTest
    void addAndRemoveLeaveTheOwnersVersionAlone(TestTarget target) {
        Setup s = setup(target.open());
        s.tags.add(s.ann, s.red, s.blue);
        s.tags.remove(s.ann, s.red);
        s.pets.add(s.ann, s.rex);
        s.pets.remove(s.ann, s.rex);
        assertThat(s.storedVersion()).isZero();
    }

    @DialectTest
    void twoSetsFromOneStaleReadLetExactlyOneWin(TestTarget target) throws Exception {
        Setup s = setup(target.open());
        Callable<Integer> red = () -> attempt(() -> s.tags.set(s.ann, List.of(s.red)));
        Callable<Integer> blue = () -> attempt(() -> s.tags.set(s.ann, List.of(s.blue)));
        List<Integer> won = Simultaneously.run(red, blue);
        assertThat(won).containsExactlyInAnyOrder(0, 1);
        assertThat(s.tags.get(s.ann)).containsExactly(won.get(0) == 1 ? s.red : s.blue);
        assertThat(s.storedVersion()).isEqualTo(1);
    }

    private static int attempt(Runnable write) {
        try {
            write.run();
            return 1;
        } catch (StaleInstanceException e) {
            return 0;
        }
    }
}
