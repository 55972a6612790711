package dev.junction.crud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.UniqueConstraintException;
import dev.junction.ValidationException;
import dev.junction.annotation.Column;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

class BulkCreateTest {
    record Tag(Long id, @Column(unique = true, allowNull = false) String name, Instant createdAt,
               Instant updatedAt) {
        Tag(String name) {
            this(null, name, null, null);
        }
    }

    private static Model<Tag> tags(Junction db) {
        Model<Tag> tags = db.define(Tag.class);
        db.sync();
        return tags;
    }

    private static List<Tag> named(int count) {
        List<Tag> many = new ArrayList<>();
        for (int i = 0; i < count; i++) many.add(new Tag(String.format("tag%05d", i)));
        return many;
    }

    @DialectTest
    void everyRowGetsItsGeneratedKeyInOrder(TestTarget target) {
        Model<Tag> tags = tags(target.open());
        List<Tag> created = tags.bulkCreate(named(2_500));
        List<Tag> stored = tags.findAll(Query.all().order(Order.asc("name")));
        assertThat(created).extracting(Tag::id).doesNotContainNull()
                .containsExactlyElementsOf(stored.stream().map(Tag::id).toList());
    }

    @DialectTest
    void timestampsAreFilledOnEveryRow(TestTarget target) {
        Model<Tag> tags = tags(target.open());
        List<Tag> created = tags.bulkCreate(named(3));
        assertThat(created).allSatisfy(t -> assertThat(t.createdAt()).isNotNull().isEqualTo(t.updatedAt()));
        assertThat(tags.findAll()).allSatisfy(t -> assertThat(t.createdAt()).isNotNull());
    }

    @DialectTest
    void anInvalidRowAnywhereWritesNothing(TestTarget target) {
        Model<Tag> tags = tags(target.open());
        List<Tag> many = named(1_500);
        many.add(new Tag((String) null));
        assertThatThrownBy(() -> tags.bulkCreate(many))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Tag.name");
        assertThat(tags.count()).isZero();
    }

    @DialectTest
    void aViolationInALaterStatementRollsBackTheEarlierOnes(TestTarget target) {
        Model<Tag> tags = tags(target.open());
        List<Tag> many = named(2_500);
        many.add(new Tag("tag00001"));
        assertThatThrownBy(() -> tags.bulkCreate(many)).isInstanceOf(UniqueConstraintException.class);
        assertThat(tags.count()).isZero();
    }
}
