package dev.junction.model;

import static dev.junction.query.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.annotation.Column;
import dev.junction.query.Order;
import dev.junction.query.Query;
import dev.junction.testing.DialectTest;
import dev.junction.testing.TestTarget;
import java.time.Instant;
import java.util.List;

/** Plain classes as models: no-argument constructor, private fields, fields inherited from a superclass. */
class PojoModelTest {
    /** Fields every entity shares, declared once. */
    static class Entity {
        private Long id;
        private Instant createdAt;
        private Instant updatedAt;

        Long id() {
            return id;
        }

        Instant createdAt() {
            return createdAt;
        }
    }

    static class Article extends Entity {
        @Column(allowNull = false)
        private String title;
        private Integer words;
        private transient String scratch = "not stored";

        Article() {
        }

        Article(String title, Integer words) {
            this.title = title;
            this.words = words;
        }
    }

    private static Model<Article> articles(Junction db) {
        Model<Article> articles = db.define(Article.class);
        db.sync();
        return articles;
    }

    @DialectTest
    void inheritedAndOwnFieldsBecomeColumnsInDeclarationOrder(TestTarget target) {
        Junction db = target.open();
        articles(db);
        assertThat(db.describe().table("Articles").orElseThrow().columns())
                .extracting(c -> c.name())
                .containsExactly("id", "createdAt", "updatedAt", "title", "words");
    }

    @DialectTest
    void createSetsTheGeneratedKeyAndTimestampsOnTheSameInstance(TestTarget target) {
        Model<Article> articles = articles(target.open());
        Article article = new Article("Join tables", 1200);
        Article created = articles.create(article);
        assertThat(created).isSameAs(article);
        assertThat(article.id()).isNotNull();
        assertThat(article.createdAt()).isNotNull();
        assertThat(article.scratch).isEqualTo("not stored");
    }

    @DialectTest
    void findAllBuildsNewInstancesWithEveryField(TestTarget target) {
        Model<Article> articles = articles(target.open());
        Article first = articles.create(new Article("First", 10));
        articles.create(new Article("Second", 20));
        List<Article> found = articles.findAll(Query.all().order(Order.asc("title")));
        assertThat(found).extracting(a -> a.title).containsExactly("First", "Second");
        assertThat(found).extracting(a -> a.words).containsExactly(10, 20);
        Article read = found.get(0);
        assertThat(read).isNotSameAs(first);
        assertThat(read.id()).isEqualTo(first.id());
        assertThat(read.createdAt()).isEqualTo(first.createdAt());
    }

    @DialectTest
    void updateWritesTheFieldsOfTheInstance(TestTarget target) {
        Model<Article> articles = articles(target.open());
        Article article = articles.create(new Article("Draft", 10));
        article.title = "Final";
        article.words = null;
        articles.update(article);
        Article read = articles.findOne(eq("title", "Final")).orElseThrow();
        assertThat(read.id()).isEqualTo(article.id());
        assertThat(read.words).isNull();
    }
}
