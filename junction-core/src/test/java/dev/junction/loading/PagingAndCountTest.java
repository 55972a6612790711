package dev.junction.loading;

import static dev.junction.query.Include.include;
import static dev.junction.query.Order.asc;
import static dev.junction.query.Order.desc;
import static dev.junction.query.Where.like;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.loading.Tv.Show;
import dev.junction.loading.Tv.User;
import dev.junction.query.Loaded;
import dev.junction.query.Page;
import dev.junction.query.Query;
import dev.junction.query.Where;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;

/** Limit and offset page the parents whatever is included; counts are never inflated by to-many includes. */
class PagingAndCountTest {

    /** 25 users, user i favouriting (i % 6) shows and watching (i % 4): some have many, some none. */
    private static List<User> uneven(Tv tv) {
        List<Show> all = new ArrayList<>();
        for (int s = 0; s < 6; s++) all.add(tv.show("show" + s, null));
        List<User> people = tv.users.bulkCreate(java.util.stream.IntStream.range(0, 25)
                .mapToObj(i -> new User(null, String.format("user%02d", i))).toList());
        for (int i = 0; i < people.size(); i++) {
            tv.favorites.set(people.get(i), all.subList(0, i % 6));
            tv.watched.set(people.get(i), all.subList(6 - i % 4, 6));
        }
        return people;
    }

    @DialectTest
    void limitAndOffsetPageParentsWhateverIsIncluded(TestTarget target) {
        Tv tv = Tv.open(target);
        uneven(tv);

        for (int offset = 0; offset < 28; offset += 7) {
            Query page = Query.all().order(desc("username")).limit(7).offset(offset);
            List<User> plain = tv.users.findAll(page);
            List<Loaded<User>> loaded = tv.users.findAll(page, include(tv.favorites), include(tv.watched),
                    include(tv.profile));
            assertThat(loaded).as("page at %d", offset).extracting(Loaded::get).containsExactlyElementsOf(plain);
        }
    }

    @DialectTest
    void eachPagedParentKeepsAllItsChildren(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = uneven(tv);

        List<Loaded<User>> page = tv.users.findAll(Query.all().order(asc("id")).limit(5).offset(10),
                include(tv.favorites), include(tv.watched));

        assertThat(page).hasSize(5);
        for (int n = 0; n < 5; n++) {
            int i = 10 + n;
            assertThat(page.get(n).get()).isEqualTo(people.get(i));
            assertThat(page.get(n).get(tv.favorites)).hasSize(i % 6);
            assertThat(page.get(n).get(tv.watched)).hasSize(i % 4);
        }
    }

    @DialectTest
    void countIsNotInflatedByToManyIncludes(TestTarget target) {
        Tv tv = Tv.open(target);
        User fan = tv.user("fan");
        tv.user("nobody");
        List<Show> twenty = new ArrayList<>();
        for (int s = 0; s < 20; s++) twenty.add(tv.show("show" + s, null));
        tv.favorites.set(fan, twenty);
        tv.watched.set(fan, twenty);

        assertThat(tv.users.count(Where.all(), include(tv.favorites), include(tv.watched))).isEqualTo(2);
        assertThat(tv.users.count(Where.all(), include(tv.favorites).required())).isEqualTo(1);
        assertThat(tv.users.count(Where.all(), include(tv.favorites).required(), include(tv.watched).required()))
                .isEqualTo(1);
        assertThat(tv.shows.count(Where.all(), include(tv.fans).required())).isEqualTo(20);
    }

    @DialectTest
    void findAndCountAllCountsEveryMatchingParentOnce(TestTarget target) {
        Tv tv = Tv.open(target);
        uneven(tv);

        Page<User> page = tv.users.findAndCountAll(Query.all().order(asc("id")).limit(4).offset(2),
                include(tv.favorites), include(tv.watched));

        assertThat(page.count()).isEqualTo(25);
        assertThat(page.rows()).extracting(Loaded::get)
                .containsExactlyElementsOf(tv.users.findAll(Query.all().order(asc("id")).limit(4).offset(2)));
    }

    @DialectTest
    void findAndCountAllWithWhereAndRequiredCountsTheQualifyingParents(TestTarget target) {
        Tv tv = Tv.open(target);
        uneven(tv);
        Query query = Query.where(like("username", "user1%")).order(asc("id")).limit(3);

        Page<User> page = tv.users.findAndCountAll(query, include(tv.favorites).required());

        // user10..user19, less those with i % 6 == 0 (user12, user18): 8 qualify.
        assertThat(page.count()).isEqualTo(8);
        assertThat(page.rows()).extracting(r -> r.get().username()).containsExactly("user10", "user11", "user13");
        assertThat(page.rows()).allSatisfy(r -> assertThat(r.get(tv.favorites)).isNotEmpty());
    }

    @DialectTest
    void pagingThroughEveryPageVisitsEachParentOnce(TestTarget target) {
        Tv tv = Tv.open(target);
        List<User> people = uneven(tv);
        List<User> visited = new ArrayList<>();

        for (int offset = 0; offset < people.size(); offset += 6) {
            Page<User> page = tv.users.findAndCountAll(Query.all().order(asc("id")).limit(6).offset(offset),
                    include(tv.favorites), include(tv.watched));
            assertThat(page.count()).isEqualTo(people.size());
            page.rows().forEach(r -> visited.add(r.get()));
        }

        assertThat(visited).containsExactlyElementsOf(people);
    }
}
