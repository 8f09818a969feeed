package be.pillars.internal.internal.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.internal.internal.InternalPillar;
import be.pillars.internal.internal.appreciation.AppreciationBudgetsTestAccess;
import be.pillars.internal.internal.storage.InternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class ServiceReportsTest {

    private final TestCore core = new TestCore();
    private ServiceReports reports;
    private UUID library;

    @BeforeEach
    void setUp() throws Exception {
        ServicePolicies policies = new InternalPillar(ServicePoliciesTest.central(true)).servicePolicies();
        reports = new ServiceReports(core.directory(), AppreciationBudgetsTestAccess.budgets(
                TestDatabases.migratedH2(InternalSchemaMigration.CHANGELOG), core.directory(), policies));
        library = core.service("Bibliotheek");
        UUID engagement = core.engage(core.volunteer("An", "Peeters", VolunteerStatus.ACTIVE), library,
                LocalDate.of(2025, 6, 1), null, EngagementStatus.ACTIVE);
        core.engage(core.volunteer("Bert", "Janssens", VolunteerStatus.ACTIVE), library, LocalDate.of(2024, 1, 1),
                null, EngagementStatus.ACTIVE);
        core.hours(engagement, LocalDate.of(2026, 2, 3), "4");
    }

    @Test
    void aReportSaysAllowancesAreUnknownWhileNoClaimsPartIsThere() {
        ServiceReports.ServiceReport report = reports.report(library, 2026);
        assertEquals(2, report.volunteers());
        assertEquals(new BigDecimal("4.00"), report.hours());
        assertEquals(new BigDecimal("70.00"), report.appreciationBudget());
        assertEquals(new BigDecimal("0.00"), report.appreciationSpent());
        assertEquals(new BigDecimal("70.00"), report.appreciationLeft());
        assertNull(report.allowancesPaid());
        assertEquals(false, report.allowancesPaidKnown());
    }

    @Test
    void theAllowancesPaidComeFromTheClaimsPartWhileItIsThere() {
        AllowancesPaid claims = (serviceId, year) -> serviceId.equals(library) && year == 2026
                ? new BigDecimal("123.45") : BigDecimal.ZERO.setScale(2);
        reports.bindAllowances(claims);
        assertEquals(new BigDecimal("123.45"), reports.report(library, 2026).allowancesPaid());
        assertEquals(true, reports.reports(2026).get(0).allowancesPaidKnown());
        reports.unbindAllowances(claims);
        assertEquals(false, reports.report(library, 2026).allowancesPaidKnown());
    }
}
