package dev.junction.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.ValidationException;
import dev.junction.ValidationException.Failure;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.math.BigDecimal;
import java.util.function.UnaryOperator;

/** Each built-in attribute validator accepts a good value and rejects a bad one, naming the rule; nulls are skipped. */
class AttributeValidatorsTest {
    record Member(Long id, String email, String site, String code, String nick, Integer age, String ref,
                  String color, BigDecimal score) {
        static Member good() {
            return new Member(null, "ann@example.org", "https://example.org/a", "AB-12", "ann", 30,
                    "123e4567-e89b-12d3-a456-426614174000", "red", new BigDecimal("9.5"));
        }
    }

    private static Model<Member> members(Junction db) {
        Model<Member> members = db.define(Member.class, m -> m
                .attribute("email", a -> a.isEmail())
                .attribute("site", a -> a.isUrl())
                .attribute("code", a -> a.pattern("^[A-Z]{2}-\\d+$"))
                .attribute("nick", a -> a.notEmpty().len(2, 10).validate("lowercase", v -> v == null
                        || v.equals(v.toString().toLowerCase(java.util.Locale.ROOT))))
                .attribute("age", a -> a.min(0).max(150))
                .attribute("ref", a -> a.isUUID())
                .attribute("color", a -> a.isIn("red", "green"))
                .attribute("score", a -> a.max(new BigDecimal("10.0"))));
        db.sync();
        return members;
    }

    @DialectTest
    void goodValuesAreStored(TestTarget target) {
        Junction db = target.open();
        Model<Member> members = members(db);
        Member created = members.create(Member.good());
        assertThat(members.findByPk(created.id())).contains(created);
    }

    @DialectTest
    void eachRuleRejectsABadValueNamingTheRule(TestTarget target) {
        Junction db = target.open();
        Model<Member> members = members(db);
        Member g = Member.good();
        rejects(members, m -> new Member(null, "not-an-email", g.site(), g.code(), g.nick(), g.age(), g.ref(),
                g.color(), g.score()), "email", "isEmail");
        rejects(members, m -> new Member(null, g.email(), "example dot org", g.code(), g.nick(), g.age(), g.ref(),
                g.color(), g.score()), "site", "isUrl");
        rejects(members, m -> new Member(null, g.email(), g.site(), "ab-12", g.nick(), g.age(), g.ref(), g.color(),
                g.score()), "code", "pattern");
        rejects(members, m -> new Member(null, g.email(), g.site(), g.code(), "a", g.age(), g.ref(), g.color(),
                g.score()), "nick", "len");
        rejects(members, m -> new Member(null, g.email(), g.site(), g.code(), "Ann", g.age(), g.ref(), g.color(),
                g.score()), "nick", "lowercase");
        rejects(members, m -> new Member(null, g.email(), g.site(), g.code(), g.nick(), -5, g.ref(), g.color(),
                g.score()), "age", "min");
        rejects(members, m -> new Member(null, g.email(), g.site(), g.code(), g.nick(), 151, g.ref(), g.color(),
                g.score()), "age", "max");
        rejects(members, m -> new Member(null, g.email(), g.site(), g.code(), g.nick(), g.age(), "123-456",
                g.color(), g.score()), "ref", "isUUID");
        rejects(members, m -> new Member(null, g.email(), g.site(), g.code(), g.nick(), g.age(), g.ref(), "blue",
                g.score()), "color", "isIn");
        rejects(members, m -> new Member(null, g.email(), g.site(), g.code(), g.nick(), g.age(), g.ref(),
                g.color(), new BigDecimal("10.01")), "score", "max");
        assertThat(members.count()).isZero();
    }

    @DialectTest
    void notEmptyRejectsBlankText(TestTarget target) {
        Junction db = target.open();
        Model<Member> members = members(db);
        Member g = Member.good();
        assertThatThrownBy(() -> members.create(new Member(null, g.email(), g.site(), g.code(), "   ", g.age(),
                g.ref(), g.color(), g.score())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.failures())
                        .extracting(Failure::rule).contains("notEmpty"));
        assertThat(members.count()).isZero();
    }

    @DialectTest
    void nullValuesAreNotValidated(TestTarget target) {
        Junction db = target.open();
        Model<Member> members = members(db);
        Member created = members.create(new Member(null, null, null, null, null, null, null, null, null));
        assertThat(members.findByPk(created.id())).contains(created);
    }

    @DialectTest
    void aCustomRuleAlsoJudgesNullAsInSequelize(TestTarget target) {
        Junction db = target.open();
        Model<Member> members = db.define(Member.class, m -> m
                .attribute("nick", a -> a.validate("present", v -> v != null).len(2, 10)));
        db.sync();
        assertThatThrownBy(() -> members.create(new Member(null, null, null, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.failures())
                        .extracting(Failure::attribute, Failure::rule, Failure::value)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("nick", "present", null)));
        assertThat(members.count()).isZero();
    }

    @DialectTest
    void everyFailureOfAnInstanceIsReportedTogether(TestTarget target) {
        Junction db = target.open();
        Model<Member> members = members(db);
        Member bad = new Member(null, "not-an-email", "nope", "x", "A", -5, "z", "blue", null);
        assertThatThrownBy(() -> members.create(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.model()).isEqualTo("Member");
                    assertThat(e.failures()).extracting(Failure::attribute, Failure::rule).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("email", "isEmail"),
                            org.assertj.core.groups.Tuple.tuple("site", "isUrl"),
                            org.assertj.core.groups.Tuple.tuple("code", "pattern"),
                            org.assertj.core.groups.Tuple.tuple("nick", "len"),
                            org.assertj.core.groups.Tuple.tuple("nick", "lowercase"),
                            org.assertj.core.groups.Tuple.tuple("age", "min"),
                            org.assertj.core.groups.Tuple.tuple("ref", "isUUID"),
                            org.assertj.core.groups.Tuple.tuple("color", "isIn"));
                    assertThat(e.failures().get(0).value()).isEqualTo("not-an-email");
                    assertThat(e.failures()).extracting(Failure::row).containsOnly(-1);
                    assertThat(e.getMessage()).contains("Member.email", "isEmail", "Member.age", "min", "isIn");
                });
        assertThat(members.count()).isZero();
    }

    private static void rejects(Model<Member> members, UnaryOperator<Member> bad, String attribute, String rule) {
        assertThatThrownBy(() -> members.create(bad.apply(null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.failures()).extracting(Failure::attribute, Failure::rule)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(attribute, rule));
                    assertThat(e.attribute()).isEqualTo(attribute);
                    assertThat(e.getMessage()).contains("Member." + attribute, rule);
                });
    }
}
