package be.pillars.api.http;

import java.util.List;

import be.pillars.api.LocalizedText;

/**
 * Who may call a route: every route of a {@link JsonServlet} declares it, so that no pillar decides
 * authentication by hand. Anonymous callers are refused with 401 (and a Basic challenge), authenticated
 * callers without the role with 403.
 */
public final class Access {

    /** Anyone, without logging in: never for personal data. */
    public static final Access PUBLIC = new Access(List.of(), true);

    private final List<Role> roles;
    private final boolean anonymous;

    private Access(List<Role> roles, boolean anonymous) {
        this.roles = roles;
        this.anonymous = anonymous;
    }

    /** Callers with at least one of these roles (admins always). */
    public static Access roles(Role... roles) {
        if (roles.length == 0) {
            throw new IllegalArgumentException("name at least one role, or use Access.PUBLIC");
        }
        return new Access(List.of(roles), false);
    }

    /** The roles admitted (admins always are); empty for {@link #PUBLIC}. */
    public List<Role> roles() {
        return roles;
    }

    /** Whether a caller who did not log in is admitted. */
    public boolean admitsAnonymous() {
        return anonymous;
    }

    /** Refuses the caller with an {@link ApiException} (401 or 403) unless this access admits them. */
    void check(Caller caller) {
        if (anonymous) {
            return;
        }
        if (caller.isAnonymous()) {
            throw new ApiException(401, "unauthenticated", LocalizedText.of(
                    "Meld je aan om dit te bekijken", "Log in to see this"), null);
        }
        if (!caller.hasAnyRole(roles.toArray(Role[]::new))) {
            throw new ApiException(403, "forbidden", LocalizedText.of(
                    "Je rol geeft geen toegang tot dit", "Your role does not give access to this"), null);
        }
    }
}
