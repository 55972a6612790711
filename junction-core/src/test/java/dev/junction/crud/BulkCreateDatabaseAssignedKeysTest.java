package dev.junction.crud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.Junction;
import dev.junction.Model;
import dev.junction.testing.Backend;
import dev.junction.testing.DialectTest;
import dev.junction.testing.RawSql;
import dev.junction.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * bulkCreate of many rows leaving their key to the database returns the keys stored, as {@code INSERT … RETURNING}
 * does: on PostgreSQL, keys are drawn ahead from the key's sequence only when that gives the stored keys in the same
 * order — not when a BEFORE INSERT trigger assigns the key, nor when the sequence counts downwards (the triggers and
 * sequences are set by hand on PostgreSQL; elsewhere the rows take the database's generated keys as always).
 */
class BulkCreateDatabaseAssignedKeysTest {
    record Ticket(Long id, String title) {
    }

    private static List<Ticket> tickets(int n) {
        List<Ticket> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(new Ticket(null, "ticket" + i));
        return out;
    }

    private static void assertKeysAreTheStoredOnes(Model<Ticket> model, List<Ticket> created) {
        assertThat(created).hasSize(60);
        for (int i = 0; i < created.size(); i++) {
            Ticket t = created.get(i);
            assertThat(t.title()).isEqualTo("ticket" + (i + 1));
            assertThat(model.findByPk(t.id())).as("row stored under key %s", t.id()).contains(t);
        }
        assertThat(model.count()).isEqualTo(60);
    }

    @DialectTest
    void keysSetByABeforeInsertTriggerAreTheKeysReturned(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Ticket> model = db.define(Ticket.class, m -> m.timestamps(false));
        db.sync();
        if (target.backend() == Backend.POSTGRESQL) {
            new RawSql(target, db).script("CREATE FUNCTION \"TicketKey\"() RETURNS trigger LANGUAGE plpgsql AS"
                            + " $$ BEGIN NEW.\"id\" := 1000000 + NEW.\"id\"; RETURN NEW; END $$",
                    "CREATE TRIGGER \"TicketKey\" BEFORE INSERT ON \"Tickets\" FOR EACH ROW EXECUTE FUNCTION"
                            + " \"TicketKey\"()");
        }

        List<Ticket> created = model.bulkCreate(tickets(60));

        assertKeysAreTheStoredOnes(model, created);
        if (target.backend() == Backend.POSTGRESQL) assertThat(created.get(0).id()).isGreaterThan(1000000L);
    }

    @DialectTest
    void keysFromADescendingSequenceAreTheKeysReturnedInInsertOrder(TestTarget target) throws Exception {
        Junction db = target.open();
        Model<Ticket> model = db.define(Ticket.class, m -> m.timestamps(false));
        db.sync();
        if (target.backend() == Backend.POSTGRESQL) {
            new RawSql(target, db).script("ALTER SEQUENCE \"Tickets_id_seq\" INCREMENT BY -1 MINVALUE -1000000"
                    + " MAXVALUE -1 START WITH -1 RESTART WITH -1");
        }

        List<Ticket> created = model.bulkCreate(tickets(60));

        assertKeysAreTheStoredOnes(model, created);
        List<Long> keys = created.stream().map(Ticket::id).toList();
        if (target.backend() == Backend.POSTGRESQL) {
            assertThat(keys.get(0)).isEqualTo(-1L);
            assertThat(keys).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        } else {
            assertThat(keys).isSorted();
        }
    }
}
