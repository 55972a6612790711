package dev.junction.crud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;
import java.util.stream.IntStream;

/** bulkCreate hands back every row's generated key, in order, on every database. */
class BulkCreateKeysTest {
    record Tool(Long id, String name) { }

    @DialectTest
    void everyBulkCreatedRowGetsItsOwnGeneratedKey(TestTarget target) {
        Junction db = target.open();
        Model<Tool> tools = db.define(Tool.class);
        db.sync();
        List<Tool> created = tools.bulkCreate(IntStream.range(0, 2_345).mapToObj(i -> new Tool(null, "t" + i))
                .toList());
        assertThat(created).extracting(Tool::id).doesNotContainNull().doesNotHaveDuplicates();
        for (int i : new int[] {0, 999, 1_000, 2_344}) {
            assertThat(tools.findByPk(created.get(i).id())).contains(created.get(i));
        }
    }
}
