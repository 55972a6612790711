package dev.junction.seed;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.association.BelongsToMany;
import dev.junction.schema.DataType;
import dev.junction.seed.Town.Beach;
import dev.junction.seed.Town.Genre;
import dev.junction.seed.Town.Sandcastle;
import dev.junction.seed.Town.Show;
import dev.junction.seed.Town.Tool;
import dev.junction.seed.Town.User;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;

class SeedApplyTest {
    @TempDir
    Path seeders;

    private static final String PEOPLE = """
            User:
              - { username: alice, age: 30 }
              - { username: bob }
            Show:
              - { title: Dune }
              - { title: Arrival }
            """;

    @SuppressWarnings("unchecked")
    private static BelongsToMany<User, Show> favorites(Junction db) {
        return (BelongsToMany<User, Show>) db.model(User.class).association("Favorites");
    }

    private static User user(Junction db, String name) {
        return db.model(User.class).findOne(eq("username", name)).orElseThrow();
    }

    @DialectTest
    void joinRowsNameTheirEndsByNaturalKey(TestTarget target) {
        Junction db = Town.open(target);
        Town.write(seeders, "01-people.yaml", PEOPLE);
        Town.write(seeders, "02-favorites.yaml", """
                UserFavorites:
                  - { User: { username: alice }, Show: { title: Dune } }
                  - { User: { username: alice }, Show: { title: Arrival } }
                  - { User: { username: bob }, Show: { title: Dune } }
                """);
        List<SeedFile> applied = Seeder.of(db, seeders).applyPending();
        assertThat(applied).extracting(SeedFile::name, SeedFile::rows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("01-people.yaml", 4L),
                        org.assertj.core.groups.Tuple.tuple("02-favorites.yaml", 3L));
        assertThat(favorites(db).get(user(db, "alice"))).extracting(Show::title)
                .containsExactlyInAnyOrder("Dune", "Arrival");
        assertThat(favorites(db).get(user(db, "bob"))).extracting(Show::title).containsExactly("Dune");
    }

    @DialectTest
    void aBelongsToTargetIsNamedByNaturalKey(TestTarget target) {
        Junction db = Town.open(target);
        Town.write(seeders, "01-town.yaml", """
                Beach:
                  - { name: North Beach }
                  - { name: Dune Cove }
                Sandcastle:
                  - { name: Moat Manor, height: 40, Beach: { name: North Beach } }
                  - { name: Shell Keep, height: 30, BeachId: { name: Dune Cove } }
                """);
        Seeder.of(db, seeders).applyPending();
        Beach north = db.model(Beach.class).findOne(eq("name", "North Beach")).orElseThrow();
        Beach cove = db.model(Beach.class).findOne(eq("name", "Dune Cove")).orElseThrow();
        Model<Sandcastle> castles = db.model(Sandcastle.class);
        assertThat(castles.findOne(eq("name", "Moat Manor")).orElseThrow().BeachId()).isEqualTo(north.id());
        assertThat(castles.findOne(eq("name", "Shell Keep")).orElseThrow().BeachId()).isEqualTo(cove.id());
    }

    @DialectTest
    void aBelongsToAliasNamesItsForeignKey(TestTarget target) {
        Junction db = target.open();
        Model<Row> beaches = db.define("Beach", m -> m.attribute("name", DataType.string(40)));
        Model<Row> lifeguards = db.define("Lifeguard", m -> m.attribute("name", DataType.string(40)));
        lifeguards.belongsTo(beaches, dev.junction.association.Associations.as("Post"));
        db.sync();
        Town.write(seeders, "01.yaml", """
                Beach: [{ name: North Beach }]
                Lifeguard: [{ name: Kai, Post: { name: North Beach } }]
                """);
        Seeder.of(db, seeders).applyPending();
        Object north = beaches.findAll().get(0).get("id");
        assertThat(lifeguards.findAll()).extracting(r -> r.get("PostId")).containsExactly(north);
    }

    @DialectTest
    void plainKeysWorkForReferences(TestTarget target) {
        Junction db = Town.open(target);
        User alice = db.model(User.class).create(new User(null, "alice", 30));
        Show dune = db.model(Show.class).create(new Show(null, "Dune", null, null, null, null, null));
        Town.write(seeders, "01.yaml", "UserFavorites:\n  - { UserId: " + alice.id() + ", Show: " + dune.id()
                + " }\n");
        Seeder.of(db, seeders).applyPending();
        assertThat(favorites(db).get(alice)).containsExactly(dune);
    }

    @DialectTest
    void aNaturalKeyMayItselfHoldAReference(TestTarget target) {
        Junction db = Town.open(target);
        Town.write(seeders, "01.yaml", """
                Beach: [{ name: North Beach }, { name: Dune Cove }]
                Sandcastle:
                  - { name: Keep, Beach: { name: North Beach } }
                  - { name: Keep, Beach: { name: Dune Cove } }
                Tool:
                  - { name: Spade, Sandcastle: { name: Keep, Beach: { name: Dune Cove } } }
                """);
        Seeder.of(db, seeders).applyPending();
        Long cove = db.model(Beach.class).findOne(eq("name", "Dune Cove")).orElseThrow().id();
        Sandcastle keep = db.model(Sandcastle.class).findOne(eq("BeachId", cove)).orElseThrow();
        assertThat(db.model(Tool.class).findAll()).extracting(Tool::SandcastleId).containsExactly(keep.id());
    }

    @DialectTest
    void referencesSeeRowsOfEarlierBlocksInTheSameFile(TestTarget target) {
        Junction db = Town.open(target);
        Town.write(seeders, "01.yaml", """
                - User: [{ username: carol }]
                - Show: [{ title: Solaris }]
                - UserFavorites: [{ User: { username: carol }, Show: { title: Solaris } }]
                - User: [{ username: dan }]
                """);
        Seeder.of(db, seeders).applyPending();
        assertThat(favorites(db).get(user(db, "carol"))).extracting(Show::title).containsExactly("Solaris");
        assertThat(db.model(User.class).count()).isEqualTo(2);
    }

    @DialectTest
    void scalarsAreReadAsTheAttributesType(TestTarget target) {
        Junction db = Town.open(target);
        Town.write(seeders, "01.yaml", """
                User:
                  - { username: 007, age: "41" }
                Show:
                  - title: Dune
                    premiered: 2021-10-22
                    rating: 8.10
                    genre: SCIFI
                    code: 3f2b8c1e-9d4a-4c55-a1b2-0123456789ab
                    running: yes
                """);
        Seeder.of(db, seeders).applyPending();
        assertThat(user(db, "007").age()).isEqualTo(41);
        Show dune = db.model(Show.class).findOne(eq("title", "Dune")).orElseThrow();
        assertThat(dune.premiered()).isEqualTo(LocalDate.of(2021, 10, 22));
        assertThat(dune.rating()).isEqualByComparingTo(new BigDecimal("8.1"));
        assertThat(dune.genre()).isEqualTo(Genre.SCIFI);
        assertThat(dune.code()).isEqualTo(UUID.fromString("3f2b8c1e-9d4a-4c55-a1b2-0123456789ab"));
        assertThat(dune.running()).isTrue();
    }

    @DialectTest
    void timestampsAndDefaultsAreFilled(TestTarget target) {
        Junction db = target.open();
        Model<Row> notes = db.define("Note", m -> m.attribute("text", DataType.string(40))
                .attribute("pinned", DataType.bool(), a -> a.defaultValue(false))
                .attribute("due", DataType.instant()));
        db.sync();
        Town.write(seeders, "01.yaml", "Note:\n  - { text: hello, due: 2024-05-01T10:15:30Z }\n");
        Seeder.of(db, seeders).applyPending();
        Row note = notes.findAll().get(0);
        assertThat(note.get("pinned")).isEqualTo(false);
        assertThat(note.get("createdAt")).isNotNull();
        assertThat(note.get("due")).isEqualTo(Instant.parse("2024-05-01T10:15:30Z"));
    }

    @DialectTest
    void jsonFilesAreSeedFilesToo(TestTarget target) {
        Junction db = Town.open(target);
        Town.write(seeders, "01.json", """
                {"User": [{"username": "dora", "age": 22}],
                 "Show": [{"title": "Heat"}],
                 "UserFavorites": [{"User": {"username": "dora"}, "Show": {"title": "Heat"}}]}
                """);
        Seeder.of(db, seeders).applyPending();
        assertThat(favorites(db).get(user(db, "dora"))).extracting(Show::title).containsExactly("Heat");
    }

    @DialectTest
    void manyJoinRowsAreWrittenInBatchesWithProgress(TestTarget target) {
        Junction db = Town.open(target);
        StringBuilder file = new StringBuilder("User:\n");
        for (int u = 0; u < 60; u++) file.append("  - { username: u").append(u).append(" }\n");
        file.append("Show:\n");
        for (int s = 0; s < 50; s++) file.append("  - { title: s").append(s).append(" }\n");
        file.append("UserFavorites:\n");
        for (int u = 0; u < 60; u++) {
            for (int s = 0; s < 50; s++) {
                file.append("  - { User: { username: u").append(u).append(" }, Show: { title: s").append(s)
                        .append(" } }\n");
            }
        }
        Town.write(seeders, "01-many.yaml", file.toString());
        List<Long> progress = new ArrayList<>();
        Seeder.of(db, seeders).withProgress(new SeedProgress() {
            @Override
            public void advanced(long done) {
                progress.add(done);
            }
        }).applyPending();
        assertThat(db.model("UserFavorites").count()).isEqualTo(3_000);
        assertThat(progress).containsExactly(60L, 110L, 1_110L, 2_110L, 3_110L);
    }
}
