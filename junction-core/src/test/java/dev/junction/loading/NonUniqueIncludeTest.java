package dev.junction.loading;

import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static dev.junction.query.Where.eq;
import static dev.junction.query.Where.gte;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.association.Linked;
import dev.junction.loading.Beaches.Beach;
import dev.junction.loading.Beaches.Lifeguard;
import dev.junction.query.Loaded;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.List;

/** With unique(false) links, an include returns one entry per link row and agrees with get and count. */
class NonUniqueIncludeTest {
    private static final Query BY_ID = Query.all().order(asc("id"));

    @DialectTest
    void includeReturnsOneEntryPerLinkRow(TestTarget target) {
        Beaches b = Beaches.open(target);
        Beach venice = b.beach("Venice");
        Lifeguard mitch = b.lifeguard("Mitch");
        Lifeguard cj = b.lifeguard("CJ");
        b.shift(venice, mitch, "Mon", 8);
        b.shift(venice, mitch, "Mon", 8);
        b.shift(venice, mitch, "Wed", 3);
        b.shift(venice, cj, "Thu", 6);

        Loaded<Beach> loaded = b.beaches.findAll(include(b.guards)).get(0);

        assertThat(loaded.get(b.guards)).hasSize(4).containsExactlyInAnyOrderElementsOf(b.guards.get(venice));
        assertThat(loaded.get(b.guards)).filteredOn(mitch::equals).hasSize(3);
        assertThat((long) loaded.get(b.guards).size()).isEqualTo(b.guards.count(venice));
    }

    @DialectTest
    void includedLinksCarryTheirOwnJoinRows(TestTarget target) {
        Beaches b = Beaches.open(target);
        Beach venice = b.beach("Venice");
        Lifeguard mitch = b.lifeguard("Mitch");
        b.shift(venice, mitch, "Mon", 8);
        b.shift(venice, mitch, "Wed", 3);

        List<Linked<Lifeguard>> linked = b.beaches.findAll(include(b.guards)).get(0).linked(b.guards);

        assertThat(linked).extracting(l -> l.through().get("day") + "/" + l.through().getInteger("hours"))
                .containsExactlyInAnyOrder("Mon/8", "Wed/3");
        assertThat(linked).extracting(l -> l.through().get("id")).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(linked).extracting(l -> l.through().get("id")).containsExactlyInAnyOrderElementsOf(
                b.guards.getLinked(venice).stream().map(l -> l.through().get("id")).toList());
    }

    @DialectTest
    void filteredIncludeAgreesWithFilteredGetAndCount(TestTarget target) {
        Beaches b = Beaches.open(target);
        Beach venice = b.beach("Venice");
        Beach malibu = b.beach("Malibu");
        Lifeguard mitch = b.lifeguard("Mitch");
        Lifeguard cj = b.lifeguard("CJ");
        b.shift(venice, mitch, "Mon", 8);
        b.shift(venice, mitch, "Tue", 2);
        b.shift(venice, mitch, "Wed", 5);
        b.shift(venice, cj, "Mon", 9);
        b.shift(malibu, mitch, "Mon", 1);

        List<Loaded<Beach>> loaded = b.beaches.findAll(BY_ID, include(b.guards).where(eq("name", "Mitch"))
                .through(gte("hours", 5)).required(false));

        List<Lifeguard> viaGet = b.guards.get(venice, Query.where(eq("name", "Mitch")), gte("hours", 5));
        assertThat(loaded.get(0).get(b.guards)).containsExactly(mitch, mitch).containsExactlyElementsOf(viaGet);
        assertThat(b.guards.count(venice, eq("name", "Mitch"), gte("hours", 5))).isEqualTo(2);
        assertThat(loaded.get(1).get(b.guards)).isEmpty();
    }

    @DialectTest
    void otherSideSeesEveryShiftToo(TestTarget target) {
        Beaches b = Beaches.open(target);
        Beach venice = b.beach("Venice");
        Beach malibu = b.beach("Malibu");
        Lifeguard mitch = b.lifeguard("Mitch");
        b.shift(venice, mitch, "Mon", 8);
        b.shift(venice, mitch, "Tue", 8);
        b.shift(malibu, mitch, "Wed", 8);

        Loaded<Lifeguard> loaded = b.lifeguards.findAll(include(b.posts).order(asc("name"))).get(0);

        assertThat(loaded.get(b.posts)).containsExactly(malibu, venice, venice);
        assertThat(b.posts.count(mitch)).isEqualTo(3);
    }
}
