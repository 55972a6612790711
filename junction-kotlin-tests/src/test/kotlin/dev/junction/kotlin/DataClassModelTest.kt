package dev.junction.kotlin

import dev.junction.Junction
import dev.junction.Model
import dev.junction.ResultMappingException
import dev.junction.Row
import dev.junction.DefinitionException
import dev.junction.annotation.Column
import dev.junction.annotation.Json
import dev.junction.schema.DataType
import dev.junction.association.Associations.through
import dev.junction.query.Include.include
import dev.junction.query.Order
import dev.junction.query.Query
import dev.junction.query.Where.eq
import dev.junction.testing.DialectTest
import dev.junction.testing.TestTarget
import java.time.Instant
import java.time.LocalDate
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy

/** Kotlin data classes as models: built through their primary constructor, read through their fields. */
class DataClassModelTest {
    data class Viewer(
        val id: Long? = null,
        @Column(unique = true, allowNull = false) val username: String,
        val nickname: String? = null,
        val createdAt: Instant? = null,
        val updatedAt: Instant? = null,
    )

    data class Series(val id: Long? = null, val title: String, val seasons: Int = 1, val premiered: LocalDate? = null)

    /** Every property has a default, so Kotlin also emits a no-argument constructor; the fields are still final. */
    data class Label(val id: Long? = null, val name: String = "untitled")

    /** `var` properties and defaults everywhere: a no-argument constructor and fields Junction may write. */
    data class Note(var id: Long? = null, var text: String = "")

    data class Rating(val title: String, val stars: Int)

    /** Body properties: one transient, one computed (no backing field); @Json lands on the field by itself. */
    data class Venue(val id: Long? = null, val name: String, @Json val settings: String? = null) {
        @Transient val shout: String = name.uppercase()
        val lower: String get() = name.lowercase()
    }

    /** A body property with a backing field: not in the constructor, so no constructor takes every field. */
    data class Stall(val id: Long? = null, val name: String) {
        val opened: Instant = Instant.now()
    }

    private fun viewers(db: Junction): Model<Viewer> = db.define(Viewer::class.java)

    @DialectTest
    fun createFindAndUpdateGiveBackNewDataClassInstances(target: TestTarget) {
        val db = target.open()
        val viewers = viewers(db)
        db.sync()

        val alice = viewers.create(Viewer(username = "alice"))
        assertThat(alice.id).isNotNull()
        assertThat(alice.createdAt).isNotNull()
        assertThat(viewers.findByPk(alice.id).orElseThrow()).isEqualTo(alice)

        val renamed = viewers.update(alice.copy(nickname = "Al"))
        assertThat(renamed.nickname).isEqualTo("Al")
        assertThat(renamed.id).isEqualTo(alice.id)
        assertThat(viewers.findOne(eq("username", "alice")).orElseThrow().nickname).isEqualTo("Al")

        viewers.bulkCreate(listOf(Viewer(username = "bob"), Viewer(username = "carol", nickname = "Caz")))
        assertThat(viewers.findAll(Query.all().order(Order.asc("username"))).map { it.username })
            .containsExactly("alice", "bob", "carol")
        assertThat(viewers.destroy(renamed)).isTrue()
        assertThat(viewers.count()).isEqualTo(2L)
    }

    @DialectTest
    fun nullablePropertiesHoldNullAndPrimitivePropertiesAreNotNull(target: TestTarget) {
        val db = target.open()
        val series = db.define(Series::class.java)
        db.sync()
        val definition = series.definition()
        assertThat(definition.attribute("seasons").orElseThrow().allowNull()).isFalse()   // Int: a primitive
        assertThat(definition.attribute("premiered").orElseThrow().allowNull()).isTrue()  // LocalDate?

        val dune = series.create(Series(title = "Dune", premiered = LocalDate.of(2024, 11, 17)))
        val untitled = series.create(Series(title = "Arrival"))
        assertThat(series.findByPk(dune.id).orElseThrow().premiered).isEqualTo(LocalDate.of(2024, 11, 17))
        assertThat(series.findByPk(untitled.id).orElseThrow().premiered).isNull()
    }

    @DialectTest
    fun nullInAColumnOfANonNullPropertyIsAResultMappingExceptionNamingTheClass(target: TestTarget) {
        val db = target.open()
        val series = db.define(Series::class.java)
        db.sync()
        db.model(series.definition().tableName()).create(Row.of("title", null, "seasons", 2))   // String, not String?: the column allows NULL

        assertThatThrownBy { series.findAll() }
            .isInstanceOf(ResultMappingException::class.java)
            .hasMessageContaining("Series")
            .hasMessageContaining("title")
            .hasMessageContaining("nullable")
    }

    @DialectTest
    fun constructorDefaultsFillWhatTheCallerLeavesOut(target: TestTarget) {
        val db = target.open()
        val series = db.define(Series::class.java)
        val labels = db.define(Label::class.java)
        val notes = db.define(Note::class.java)
        db.sync()

        assertThat(series.create(Series(title = "Dune")).seasons).isEqualTo(1)
        val label = labels.create(Label())
        assertThat(labels.findByPk(label.id).orElseThrow()).isEqualTo(Label(label.id, "untitled"))
        assertThat(labels.update(label.copy(name = "drama")).name).isEqualTo("drama")

        val note = notes.create(Note(text = "hello"))
        assertThat(notes.findByPk(note.id).orElseThrow()).isEqualTo(Note(note.id, "hello"))
    }

    @DialectTest
    fun belongsToManyBetweenDataClassesLinksAndIncludes(target: TestTarget) {
        val db = target.open()
        val viewers = viewers(db)
        val series = db.define(Series::class.java)
        val watchlist = viewers.belongsToMany(series, through("Watchlist"))
        val audience = series.belongsToMany(viewers, through("Watchlist"))
        db.sync()
        val alice = viewers.create(Viewer(username = "alice"))
        val bob = viewers.create(Viewer(username = "bob"))
        val dune = series.create(Series(title = "Dune"))
        val arrival = series.create(Series(title = "Arrival", seasons = 2))

        watchlist.add(alice, dune, arrival)
        watchlist.add(bob, dune)
        assertThat(watchlist.get(alice)).containsExactlyInAnyOrder(dune, arrival)
        assertThat(watchlist.has(bob, dune)).isTrue()

        val loaded = viewers.findAll(Query.all().order(Order.asc("username")), include(watchlist).order(Order.asc("title")))
        assertThat(loaded.map { it.get().username }).containsExactly("alice", "bob")
        assertThat(loaded[0].get(watchlist)).containsExactly(arrival, dune)
        assertThat(loaded[1].get(watchlist)).containsExactly(dune)
        assertThat(series.findAll(Query.where(eq("title", "Dune")), include(audience))[0].get(audience))
            .containsExactlyInAnyOrder(alice, bob)

        watchlist.set(alice, listOf(dune))
        assertThat(watchlist.get(alice)).containsExactly(dune)
    }

    @DialectTest
    fun rawQueriesMapRowsToDataClasses(target: TestTarget) {
        val db = target.open()
        val series = db.define(Series::class.java)
        db.sync()
        series.create(Series(title = "Dune", seasons = 3))

        val q = db.dialect()::quote
        val sql = "SELECT ${q("title")}, ${q("seasons")} AS stars FROM ${q(series.definition().tableName())} WHERE ${q("seasons")} > ?"
        assertThat(db.query(Rating::class.java, sql, 1)).containsExactly(Rating("Dune", 3))
    }

    @DialectTest
    fun transientAndComputedBodyPropertiesAreNotColumnsAndJsonMarksTheField(target: TestTarget) {
        val db = target.open()
        val venues = db.define(Venue::class.java)
        db.sync()
        assertThat(venues.definition().attributes().map { it.name() }).doesNotContain("shout", "lower")
        assertThat(venues.definition().attribute("settings").orElseThrow().type().kind()).isEqualTo(DataType.Kind.JSON)

        val pier = venues.create(Venue(name = "Pier", settings = "{\"open\": true}"))
        val read = venues.findByPk(pier.id).orElseThrow()
        assertThat(read.shout).isEqualTo("PIER")
        assertThat(read.lower).isEqualTo("pier")
        assertThat(read.settings).contains("open")
    }

    @DialectTest
    fun aBodyPropertyWithABackingFieldIsADefinitionErrorListingTheFields(target: TestTarget) {
        val db = target.open()
        assertThatThrownBy { db.define(Stall::class.java) }
            .isInstanceOf(DefinitionException::class.java)
            .hasMessageContaining(Stall::class.java.name)
            .hasMessageContaining("[Long id, String name, Instant opened]")
    }
}
