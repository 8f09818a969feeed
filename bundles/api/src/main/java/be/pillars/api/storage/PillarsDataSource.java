package be.pillars.api.storage;

/** How to find the one database of Pillars in the service registry. */
public final class PillarsDataSource {

    /** The {@code dataSourceName} of the DataSource that {@code etc/org.ops4j.datasource-pillars.cfg} creates. */
    public static final String NAME = "pillars";

    /** For {@code @Reference(target = ...)} on a {@code javax.sql.DataSource}. */
    public static final String TARGET = "(dataSourceName=" + NAME + ")";

    private PillarsDataSource() {
    }
}
