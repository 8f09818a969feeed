package be.pillars.internal.internal.appreciation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import be.pillars.internal.internal.services.ServiceDirectory;
import be.pillars.internal.internal.services.ServicePolicies;

/** Lets tests of other packages of this pillar use the real appreciation budgets, on 22 November 2026. */
public final class AppreciationBudgetsTestAccess {

    private AppreciationBudgetsTestAccess() {
    }

    public static AppreciationBudgets budgets(DataSource dataSource, ServiceDirectory directory,
            ServicePolicies policies) {
        return new AppreciationBudgets(dataSource, directory, policies,
                Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
    }
}
