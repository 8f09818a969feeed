package be.pillars.api.http;

import java.util.Arrays;
import java.util.Set;

/**
 * Who sent a request, as core's servlet context established it.
 *
 * @param name  the login name, or {@code null} for an anonymous caller
 * @param roles the caller's role names in the JAAS realm
 */
public record Caller(String name, Set<String> roles) {

    public static final Caller ANONYMOUS = new Caller(null, Set.of());

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean isAnonymous() {
        return name == null;
    }

    /** Whether the caller has one of the roles; an admin has them all. */
    public boolean hasAnyRole(Role... wanted) {
        return roles.contains(Role.ADMIN.realmName())
                || Arrays.stream(wanted).anyMatch(role -> roles.contains(role.realmName()));
    }
}
