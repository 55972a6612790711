package dev.junction.association.keys;

import static dev.junction.association.Associations.foreignKey;
import static dev.junction.association.Associations.through;
import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.Row;
import dev.junction.SchemaException;
import dev.junction.ValidationException;
import dev.junction.annotation.Column;
import dev.junction.association.BelongsToMany;
import dev.junction.association.HasMany;
import dev.junction.association.Link;
import dev.junction.association.With;
import dev.junction.pull.ModelPuller;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.schema.DataType;
import dev.junction.schema.SchemaDifference;
import dev.junction.schema.SyncMode;
import dev.junction.seed.Seeder;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys of bytes ({@code @Column(length = 16) byte[]}, {@code VARBINARY(16)} where the database has it, so MariaDB can
 * key on it): links, includes and accessors find a key by its content, not by the array a caller happens to hold —
 * every read gives a new one.
 */
class BinaryKeyLinksTest {
    record Member(Long id, String name) { }

    record Badge(@Column(length = 16) byte[] id, String label) { }

    record Patch(Long id, String motto, @Column(length = 16) byte[] BadgeId) { }

    record Token(byte[] id, String note) { }

    private record Club(Junction db, Model<Member> members, Model<Badge> badges, BelongsToMany<Member, Badge> earned,
                        BelongsToMany<Badge, Member> holders, Model<Row> links) {
        static Club open(TestTarget target, boolean rated) {
            Junction db = target.open();
            if (rated) db.define("MemberBadges", m -> m.attribute("level", DataType.integer()));
            Model<Member> members = db.define(Member.class);
            Model<Badge> badges = db.define(Badge.class);
            BelongsToMany<Member, Badge> earned = members.belongsToMany(badges, through("MemberBadges"));
            BelongsToMany<Badge, Member> holders = badges.belongsToMany(members, through("MemberBadges"));
            db.sync();
            return new Club(db, members, badges, earned, holders, db.model("MemberBadges"));
        }

        Member member(String name) {
            return members.create(new Member(null, name));
        }

        Badge badge(int n, String label) {
            return badges.create(new Badge(new byte[] {(byte) n, 7, 7, 7}, label));
        }

        /** The badge as read afresh: the same key in another array. */
        Badge reread(Badge badge) {
            return badges.findByPk(badge.id().clone()).orElseThrow();
        }
    }

    @DialectTest
    void addingALinkThatIsThereWritesAndReturnsNothing(TestTarget target) {
        Club club = Club.open(target, false);
        Member ann = club.member("ann");
        Badge swim = club.badge(1, "swim");
        club.earned().add(ann, swim);

        List<Row> written = club.earned().add(ann, club.reread(swim));

        assertThat(written).isEmpty();
        assertThat(club.links().count()).isEqualTo(1);
        assertThat(club.earned().has(ann, club.reread(swim))).isTrue();
    }

    @DialectTest
    void addingALinkThatIsThereWithNewValuesUpdatesThem(TestTarget target) {
        Club club = Club.open(target, true);
        Member ann = club.member("ann");
        Badge swim = club.badge(1, "swim");
        club.earned().add(ann, List.of(swim), Map.of("level", 1));

        List<Row> written = club.earned().add(ann, List.of(Link.of(club.reread(swim), Map.of("level", 3))), Map.of());

        assertThat(written).extracting(row -> ((Number) row.get("level")).intValue()).containsExactly(3);
        assertThat(club.earned().getLinked(ann)).extracting(l -> ((Number) l.through().get("level")).intValue())
                .containsExactly(3);
    }

    @DialectTest
    void aSetKeepsTheLinksThatStay(TestTarget target) {
        Club club = Club.open(target, true);
        Member ann = club.member("ann");
        Badge swim = club.badge(1, "swim");
        Badge dive = club.badge(2, "dive");
        club.earned().add(ann, List.of(swim), Map.of("level", 2));
        Object linkId = club.links().findAll().get(0).get("createdAt");

        club.earned().set(ann, List.of(club.reread(swim), dive), Map.of("level", 2));

        assertThat(club.earned().get(ann)).extracting(Badge::label).containsExactlyInAnyOrder("swim", "dive");
        assertThat(club.links().count()).isEqualTo(2);
        assertThat(club.earned().getLinked(ann)).filteredOn(l -> l.target().label().equals("swim"))
                .extracting(l -> l.through().get("createdAt")).containsExactly(linkId);
    }

    @DialectTest
    void removeAndHasFindTheLinkByItsKeysContent(TestTarget target) {
        Club club = Club.open(target, false);
        Member ann = club.member("ann");
        Badge swim = club.badge(1, "swim");
        Badge dive = club.badge(2, "dive");
        club.earned().add(ann, swim, dive);

        club.earned().remove(ann, club.reread(swim));

        assertThat(club.earned().has(ann, club.reread(dive))).isTrue();
        assertThat(club.earned().has(ann, club.reread(swim))).isFalse();
        assertThat(club.earned().get(ann)).extracting(Badge::label).containsExactly("dive");
    }

    @DialectTest
    void hasCountsTheSameKeyInTwoArraysOnce(TestTarget target) {
        Club club = Club.open(target, false);
        Member ann = club.member("ann");
        Badge swim = club.badge(1, "swim");
        club.earned().add(ann, swim);

        assertThat(club.earned().has(ann, swim, club.reread(swim))).isTrue();
        assertThat(club.earned().add(ann, swim, club.reread(swim))).isEmpty();
        assertThat(club.links().count()).isEqualTo(1);
    }

    @DialectTest
    void includesPutEveryLinkedRowUnderItsParentBothWays(TestTarget target) {
        Club club = Club.open(target, false);
        Member ann = club.member("ann");
        Member bo = club.member("bo");
        Badge swim = club.badge(1, "swim");
        Badge dive = club.badge(2, "dive");
        club.badge(3, "sail");
        club.earned().add(ann, swim, dive);
        club.earned().add(bo, swim);

        List<Loaded<Member>> members = club.members().findAll(Query.all().order(asc("name")),
                include(club.earned()).order(asc("label")));
        List<Loaded<Badge>> badges = club.badges().findAll(Query.all().order(asc("label")),
                include(club.holders()).order(asc("name")));

        assertThat(members).extracting(m -> m.get(club.earned()).stream().map(Badge::label).toList())
                .containsExactly(List.of("dive", "swim"), List.of("swim"));
        assertThat(badges).extracting(b -> b.get().label(), b -> b.get(club.holders()).stream().map(Member::name)
                .toList()).containsExactly(tuple("dive", List.of("ann")),
                tuple("sail", List.of()),
                tuple("swim", List.of("ann", "bo")));
        assertThat(club.earned().countAll(List.of(ann, bo))).containsEntry(ann, 2L).containsEntry(bo, 1L);
    }

    @DialectTest
    void aHasManyByBytesSetsAndFindsItsChildren(TestTarget target) {
        Junction db = target.open();
        Model<Badge> badges = db.define(Badge.class);
        Model<Patch> patches = db.define(Patch.class);
        HasMany<Badge, Patch> sewn = badges.hasMany(patches, foreignKey("BadgeId"));
        db.sync();
        Badge swim = badges.create(new Badge(new byte[] {1, 2, 3}, "swim"));
        Patch wave = patches.create(new Patch(null, "wave", null));
        Patch fish = patches.create(new Patch(null, "fish", null));

        sewn.set(swim, List.of(wave, fish));
        Badge reread = badges.findByPk(new byte[] {1, 2, 3}).orElseThrow();

        assertThat(sewn.has(reread, wave, patches.findByPk(wave.id()).orElseThrow())).isTrue();
        assertThat(badges.findAll(Query.all(), include(sewn))).singleElement()
                .satisfies(b -> assertThat(b.get(sewn)).extracting(Patch::motto).containsExactlyInAnyOrder("wave",
                        "fish"));
    }

    @DialectTest
    void aKeyLongerThanItsColumnIsRefusedNamingIt(TestTarget target) {
        Club club = Club.open(target, false);

        assertThatThrownBy(() -> club.badges().create(new Badge(new byte[17], "long")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Badge.id is 17 bytes long; its column holds at most 16 (binary(16))");
        assertThat(club.badges().count()).isZero();
    }

    @DialectTest
    void theTablesMatchTheirModels(TestTarget target) {
        Club club = Club.open(target, true);

        assertThat(club.db().check().differences()).isEmpty();
    }

    @DialectTest
    void aKeyOfBytesWithoutALengthIsRefusedWhereItCannotBeAKeyBeforeAnyTableIsMade(TestTarget target) {
        Junction db = target.open();
        Model<Member> members = db.define(Member.class);
        Model<Token> tokens = db.define(Token.class);
        BelongsToMany<Member, Token> held = members.belongsToMany(tokens, through("MemberTokens"));

        Throwable failure = catchThrowable(db::sync);

        if (target.backend() == Backend.MARIADB) {
            assertThat(failure).isInstanceOf(SchemaException.class).hasMessageContaining(
                    "MariaDB cannot make a key or an index of Token.id (LONGBLOB), MemberTokens.TokenId (LONGBLOB):"
                            + " give a byte[] a length").hasMessageEndingWith("; sync changed nothing");
            assertThat(db.check().differences()).extracting(SchemaDifference::kind).containsOnly(
                    SchemaDifference.Kind.MISSING_TABLE);
        } else {
            assertThat(failure).isNull();
            Token token = tokens.create(new Token(new byte[] {9}, "nine"));
            Member ann = members.create(new Member(null, "ann"));
            held.add(ann, token);
            assertThat(db.model("MemberTokens").count()).isEqualTo(1);
        }
    }

    @DialectTest
    void aSeedFileNamesATargetByItsBytes(TestTarget target, @TempDir Path seeders) throws Exception {
        Club club = Club.open(target, false);
        Member ann = club.member("ann");
        Badge swim = club.badge(1, "swim");
        Files.writeString(seeders.resolve("01-earned.yaml"), "MemberBadges:\n  - { Member: { name: ann }, Badge: { id: "
                + Base64.getEncoder().encodeToString(swim.id()) + " } }\n");

        Seeder.of(club.db(), seeders).applyPending();

        assertThat(club.earned().get(ann)).extracting(Badge::label).containsExactly("swim");
    }

    @DialectTest
    void createdTargetsAreLinkedThroughAJoinModelWithItsOwnId(TestTarget target) {
        Junction db = target.open();
        db.define("MemberBadges", m -> m.attribute("id", DataType.bigint(), a -> a.primaryKey().autoIncrement(true)));
        Model<Member> members = db.define(Member.class);
        Model<Badge> badges = db.define(Badge.class);
        BelongsToMany<Member, Badge> earned = members.belongsToMany(badges, through("MemberBadges"));
        db.sync();

        Loaded<Member> ann = members.create(new Member(null, "ann"), With.of(earned,
                new Badge(new byte[] {1}, "swim"), new Badge(new byte[] {2}, "dive")));

        assertThat(ann.linked(earned)).extracting(l -> l.target().label()).containsExactly("swim", "dive");
        assertThat(earned.get(ann.get())).extracting(Badge::label).containsExactlyInAnyOrder("swim", "dive");
    }

    @DialectTest
    void aColumnOfSixteenBytesAnotherToolDeclaredIsTheModelsOnEveryDatabase(TestTarget target) throws Exception {
        Junction db = target.open();
        RawSql raw = new RawSql(target, db);
        String bytes = target.backend() == Backend.POSTGRESQL ? "BYTEA" : "VARBINARY(16)";
        raw.script(raw.sql("CREATE TABLE {Stamps} ({id} BIGINT PRIMARY KEY, {hash} " + bytes + ")"));
        boolean keepsByteLimits = target.backend() == Backend.H2 || target.backend() == Backend.MARIADB;
        db.define("Stamp", m -> m.timestamps(false).attribute("id", DataType.bigint(), a -> a.primaryKey())
                .attribute("hash", keepsByteLimits ? DataType.binary(16) : DataType.binary()));

        assertThat(db.check().differences()).isEmpty();
        assertThat(ModelPuller.of(db).pull("pulled.stamps").files().get("pulled/stamps/Stamp.java"))
                .contains(keepsByteLimits ? "@Column(length = 16) byte[] hash" : " byte[] hash");
    }

    @DialectTest
    void anIndexAlterWouldAddOnTextItCannotKeyIsRefusedBeforeTheColumnIsAdded(TestTarget target) {
        Junction first = target.open();
        first.define("Note", m -> m.attribute("title", DataType.string(40)));
        first.sync();
        Junction later = target.open();
        later.define("Note", m -> m.attribute("title", DataType.string(40)).attribute("body", DataType.text())
                .index("body"));

        Throwable failure = catchThrowable(() -> later.sync(SyncMode.ALTER));

        if (target.backend() == Backend.MARIADB) {
            assertThat(failure).isInstanceOf(SchemaException.class).hasMessageContaining(
                    "MariaDB cannot make a key or an index of Note.body (LONGTEXT):")
                    .hasMessageEndingWith("; sync changed nothing");
            assertThat(later.check().differences()).extracting(SchemaDifference::column, SchemaDifference::kind)
                    .contains(tuple("body", SchemaDifference.Kind.MISSING_COLUMN));
        } else {
            assertThat(failure).isNull();
            assertThat(later.check().differences()).isEmpty();
        }
    }
}
