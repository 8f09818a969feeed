package be.pillars.api.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;

/** A pillar's transaction and core's work called inside it are one: committed together or not at all. */
class JdbcTransactionTest {

    private final DataSource database = h2();
    private final List<String> announced = new ArrayList<>();

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    @BeforeEach
    void table() {
        Jdbc.inTransaction(database, connection -> {
            try (Statement create = connection.createStatement()) {
                return create.executeUpdate("CREATE TABLE row_written (name VARCHAR(20) PRIMARY KEY)");
            }
        });
    }

    /** What a store does: a row, and an announcement once it is committed. */
    private void write(String name) {
        Jdbc.inTransaction(database, () -> new DomainException(DomainException.Kind.CONFLICT, "duplicate", "name",
                LocalizedText.of("dubbel", "duplicate")), connection -> {
                    try (PreparedStatement insert = Jdbc.prepared(connection,
                            "INSERT INTO row_written (name) VALUES (?)", List.of(name))) {
                        insert.executeUpdate();
                    }
                    Jdbc.afterCommit(() -> announced.add(name));
                    return null;
                });
    }

    private long rows() {
        return Jdbc.read(database, connection -> Jdbc.count(connection, "SELECT COUNT(*) FROM row_written", List.of()));
    }

    @Test
    void aFailureAfterTheInnerWriteLeavesNothingBehindAndAnnouncesNothing() {
        assertThrows(IllegalStateException.class, () -> Jdbc.inTransaction(database, connection -> {
            write("pillar");
            write("core");
            throw new IllegalStateException("the pillar's last step fails");
        }));
        assertEquals(0, rows());
        assertEquals(List.of(), announced);
    }

    @Test
    void theInnerWorkSeesAndJoinsTheOuterTransactionAndAnnouncesOnlyAfterItsCommit() {
        Jdbc.inTransaction(database, connection -> {
            write("pillar");
            write("core");
            assertEquals(2, rows(), "a read on the thread's transaction sees its writes");
            assertEquals(List.of(), announced, "nothing is announced before the commit");
            return null;
        });
        assertEquals(List.of("pillar", "core"), announced);
        assertEquals(2, rows());
    }

    @Test
    void aFailedInnerWorkUndoesOnlyItsOwnWritesAndTheOuterMayGoOn() {
        Jdbc.inTransaction(database, connection -> {
            write("pillar");
            DomainException duplicate = assertThrows(DomainException.class, () -> write("pillar"));
            assertEquals("duplicate", duplicate.code());
            write("core");
            return null;
        });
        assertEquals(2, rows());
        assertEquals(List.of("pillar", "core"), announced);
    }

    @Test
    void withoutATransactionAnAnnouncementIsMadeAtOnce() {
        Jdbc.afterCommit(() -> announced.add("now"));
        assertEquals(List.of("now"), announced);
    }

    @Test
    void noConnectionIsStorageUnavailableNotAnInternalError() {
        JdbcDataSource away = new JdbcDataSource();
        away.setURL("jdbc:h2:tcp://127.0.0.1:1/nobody-listens");
        assertThrows(StorageUnavailableException.class, () -> Jdbc.inTransaction(away, connection -> null));
        assertThrows(StorageUnavailableException.class, () -> Jdbc.read(away, connection -> null));
    }

    @Test
    void workInItsOwnTransactionStaysWrittenWhenTheCallersIsRolledBack() {
        assertThrows(IllegalStateException.class, () -> Jdbc.inTransaction(database, connection -> {
            write("pillar");
            Jdbc.inOwnTransaction(database, () -> new DomainException(DomainException.Kind.CONFLICT, "duplicate",
                    "name", LocalizedText.of("dubbel", "duplicate")), own -> {
                        try (PreparedStatement insert = Jdbc.prepared(own, "INSERT INTO row_written (name) VALUES (?)",
                                List.of("audit"))) {
                            return insert.executeUpdate();
                        }
                    });
            throw new IllegalStateException("the pillar's last step fails");
        }));
        assertEquals(List.of("audit"), Jdbc.read(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT name FROM row_written");
                    ResultSet row = select.executeQuery()) {
                List<String> names = new ArrayList<>();
                while (row.next()) {
                    names.add(row.getString(1));
                }
                return names;
            }
        }));
    }
}
