package dev.junction.kotlin

import dev.junction.annotation.Column
import dev.junction.association.Associations.through
import dev.junction.query.Include.include
import dev.junction.testing.DialectTest
import dev.junction.testing.TestTarget
import org.assertj.core.api.Assertions.assertThat

/** The README's Kotlin example ("Models"), as written there, on every database. */
class ReadmeKotlinTest {
    data class User(
        val id: Long? = null,                                     // Long?: nullable, the generated key
        @Column(unique = true, allowNull = false) val username: String,
        val nickname: String? = null,                             // String?: NULL allowed
        val visits: Int = 0,                                      // Int: a primitive, NOT NULL
    )

    data class Show(val id: Long? = null, val title: String)

    @DialectTest
    fun dataClassesAreModels(target: TestTarget) {
        val db = target.open()
        val users = db.define(User::class.java)
        val shows = db.define(Show::class.java)
        val favorites = users.belongsToMany(shows, through("UserFavorites"))
        db.sync()

        val alice = users.create(User(username = "alice"))       // a new instance, with its id
        val dune = shows.create(Show(title = "Dune"))
        favorites.add(alice, dune)
        val renamed = users.update(alice.copy(nickname = "Al"))
        val loaded = users.findAll(include(favorites))            // [Show(id=1, title=Dune)] under alice

        assertThat(alice.id).isNotNull()
        assertThat(renamed).isEqualTo(User(alice.id, "alice", "Al", 0))
        assertThat(loaded.map { it.get() }).containsExactly(renamed)
        assertThat(loaded[0].get(favorites)).containsExactly(Show(dune.id, "Dune"))
        assertThat(users.definition().attribute("visits").orElseThrow().allowNull()).isFalse()
        assertThat(users.definition().attribute("nickname").orElseThrow().allowNull()).isTrue()
    }
}
