package be.pillars.core.internal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The admin login of a fresh installation: no password ships, so on the first start (a users file that names no
 * user) the admin is created with the password of {@code PILLARS_ADMIN_PASSWORD}, or a random one, stored only as
 * its hash. The password is written to a file only the Karaf user can read, for the admin to pick up once.
 */
final class AdminLogin {

    static final String USER_VARIABLE = "PILLARS_ADMIN_USER";
    static final String PASSWORD_VARIABLE = "PILLARS_ADMIN_PASSWORD";
    static final String DEFAULT_USER = "karaf";
    static final String ADMIN_GROUP = "_g_:admingroup";
    /** Shorter given passwords are refused: the admin reads all personal data and runs console commands. */
    static final int MINIMUM_PASSWORD_LENGTH = 12;

    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final Pattern GROUP_LINE = Pattern.compile("\\s*_g_\\\\?:.*");

    /** What the first start did: whom it created, with which password, and what it refused of the environment. */
    record Created(String user, String password, boolean passwordGiven, List<String> refused) {
    }

    private final Path usersFile;
    private final Path passwordFile;
    private final UnaryOperator<String> hash;
    private final SecureRandom random;

    /**
     * @param usersFile    Karaf's {@code etc/users.properties}
     * @param passwordFile where a created password is written for the admin
     * @param hash         the stored form of a password, as the realm's encryption writes it ({@code {CRYPT}...})
     */
    AdminLogin(Path usersFile, Path passwordFile, UnaryOperator<String> hash, SecureRandom random) {
        this.usersFile = usersFile;
        this.passwordFile = passwordFile;
        this.hash = hash;
        this.random = random;
    }

    /** Creates the admin when the users file names no user yet; empty when there already is one. */
    Optional<Created> createIfNone(Map<String, String> environment) throws IOException {
        List<String> lines = Files.exists(usersFile) ? Files.readAllLines(usersFile, StandardCharsets.UTF_8) : List.of();
        if (lines.stream().anyMatch(AdminLogin::namesUser)) {
            return Optional.empty();
        }
        List<String> refused = new ArrayList<>();
        String user = environment.getOrDefault(USER_VARIABLE, DEFAULT_USER);
        if (!USER_NAME.matcher(user).matches()) {
            refused.add(USER_VARIABLE + " is not a login name (letters, digits, . _ @ -; at most 64): using "
                    + DEFAULT_USER);
            user = DEFAULT_USER;
        }
        String given = environment.get(PASSWORD_VARIABLE);
        String password = given;
        if (given != null && !acceptable(given)) {
            refused.add(PASSWORD_VARIABLE + " is refused (at least " + MINIMUM_PASSWORD_LENGTH
                    + " characters, no control characters, no spaces at either end): a random password is made");
            password = null;
        }
        boolean passwordGiven = password != null;
        if (!passwordGiven) {
            password = randomPassword();
            writeOwnerOnly(passwordFile, List.of(user + " " + password));
        }
        List<String> updated = new ArrayList<>(lines);
        updated.add(user + " = " + hash.apply(password) + "," + ADMIN_GROUP);
        writeOwnerOnly(usersFile, updated);
        return Optional.of(new Created(user, password, passwordGiven, List.copyOf(refused)));
    }

    /** Keeps the users file and the data folder from other local users, as Karaf may have unpacked them. */
    static void restrict(Path usersFile, Path dataFolder) throws IOException {
        if (!supportsPosix()) {
            return;
        }
        if (Files.exists(usersFile)) {
            Files.setPosixFilePermissions(usersFile, OWNER_ONLY_FILE);
        }
        if (Files.isDirectory(dataFolder)) {
            Files.setPosixFilePermissions(dataFolder, OWNER_ONLY_FOLDER);
        }
    }

    private static boolean namesUser(String line) {
        String trimmed = line.strip();
        return !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!")
                && !GROUP_LINE.matcher(trimmed).matches();
    }

    private static boolean acceptable(String password) {
        return password.length() >= MINIMUM_PASSWORD_LENGTH && password.strip().equals(password)
                && password.chars().noneMatch(Character::isISOControl);
    }

    /** 24 characters of 6 random bits each: 144 bits, typed or pasted without quoting. */
    private String randomPassword() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Written beside the target and moved over it, so that no reader sees half a file or a wider mode. */
    private static void writeOwnerOnly(Path file, List<String> lines) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        if (supportsPosix()) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        }
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean supportsPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
