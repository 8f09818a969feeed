package be.pillars.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminLoginTest {

    private static final String SHIPPED = "# comment\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n";

    @TempDir
    Path etc;

    private AdminLogin login() {
        return new AdminLogin(etc.resolve("users.properties"), etc.resolve("password"),
                plain -> "{CRYPT}hash-of-" + plain + "{CRYPT}", new SecureRandom());
    }

    @Test
    void aFirstStartWithoutAGivenPasswordCreatesKarafWithARandomOneStoredOnlyAsItsHash() throws Exception {
        Files.writeString(etc.resolve("users.properties"), SHIPPED);

        AdminLogin.Created created = login().createIfNone(Map.of()).orElseThrow();

        assertEquals("karaf", created.user());
        assertFalse(created.passwordGiven());
        assertEquals(24, created.password().length());
        List<String> users = Files.readAllLines(etc.resolve("users.properties"));
        assertEquals("karaf = {CRYPT}hash-of-" + created.password() + "{CRYPT},_g_:admingroup", users.get(2));
        assertEquals("_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh", users.get(1));
        assertEquals("karaf " + created.password(), Files.readString(etc.resolve("password")).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(etc.resolve("password"))));
        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(etc.resolve("users.properties"))));
    }

    @Test
    void twoStartsMakeTwoDifferentPasswords() throws Exception {
        Files.writeString(etc.resolve("users.properties"), SHIPPED);
        String first = login().createIfNone(Map.of()).orElseThrow().password();
        Files.writeString(etc.resolve("users.properties"), SHIPPED);
        assertFalse(first.equals(login().createIfNone(Map.of()).orElseThrow().password()));
    }

    @Test
    void theEnvironmentNamesTheAdminAndItsPasswordAndNoPasswordFileIsWritten() throws Exception {
        Files.writeString(etc.resolve("users.properties"), SHIPPED);

        AdminLogin.Created created = login().createIfNone(Map.of("PILLARS_ADMIN_USER", "beheer",
                "PILLARS_ADMIN_PASSWORD", "a-long-enough-secret")).orElseThrow();

        assertEquals("beheer", created.user());
        assertTrue(created.passwordGiven());
        assertTrue(Files.readString(etc.resolve("users.properties"))
                .contains("beheer = {CRYPT}hash-of-a-long-enough-secret{CRYPT},_g_:admingroup"));
        assertFalse(Files.exists(etc.resolve("password")));
    }

    @Test
    void aGuessablePasswordOrAStrangeNameFromTheEnvironmentIsRefusedAndSaidSo() throws Exception {
        Files.writeString(etc.resolve("users.properties"), SHIPPED);

        AdminLogin.Created created = login().createIfNone(Map.of("PILLARS_ADMIN_USER", "x = y, admin",
                "PILLARS_ADMIN_PASSWORD", "karaf")).orElseThrow();

        assertEquals("karaf", created.user());
        assertFalse(created.passwordGiven());
        assertFalse(created.password().equals("karaf"));
        assertEquals(2, created.refused().size());
    }

    @Test
    void anInstallationWithAUserIsLeftAsItIs() throws Exception {
        String configured = SHIPPED + "lies = {CRYPT}x{CRYPT},coordinator\n";
        Files.writeString(etc.resolve("users.properties"), configured);

        assertTrue(login().createIfNone(Map.of("PILLARS_ADMIN_PASSWORD", "a-long-enough-secret")).isEmpty());
        assertEquals(configured, Files.readString(etc.resolve("users.properties")));
    }

    @Test
    void restrictKeepsTheUsersFileAndTheDataFolderFromOtherLocalUsers() throws Exception {
        Path users = Files.writeString(etc.resolve("users.properties"), SHIPPED);
        Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-r--r--"));
        Path data = Files.createDirectory(etc.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

        AdminLogin.restrict(users, data);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(users)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
    }
}
