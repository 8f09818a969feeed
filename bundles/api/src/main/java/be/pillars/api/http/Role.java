package be.pillars.api.http;

/**
 * The roles Pillars knows, as named in Karaf's JAAS realm ({@code etc/users.properties}).
 * {@link #ADMIN} may do everything; the others only what a route grants them.
 */
public enum Role {
    /** Everything, including configuration. */
    ADMIN("admin"),
    /** All volunteer data: volunteer coaches and the volunteer desk. */
    COORDINATOR("coordinator"),
    /** Only what belongs to the caller's own organisation. */
    ORGANISATION("organisation");

    private final String realmName;

    Role(String realmName) {
        this.realmName = realmName;
    }

    /** The role's name in the JAAS realm. */
    public String realmName() {
        return realmName;
    }
}
