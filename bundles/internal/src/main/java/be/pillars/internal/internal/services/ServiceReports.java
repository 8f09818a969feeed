package be.pillars.internal.internal.services;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import be.pillars.api.organisation.Organisation;
import be.pillars.internal.internal.appreciation.AppreciationBudgets;
import be.pillars.internal.internal.appreciation.Budget;

/**
 * A year of one service at a glance: its volunteers and their hours (from core), its appreciation budget and
 * spending, and the expense allowances paid (from the claims part, while it is there).
 */
@Component(service = ServiceReports.class)
public class ServiceReports {

    /**
     * @param volunteers     volunteers whose engagement at the service overlapped the year
     * @param hours          hours registered at the service in the year
     * @param allowancesPaid the allowances paid for work at the service that year, or null while the claims part
     *                       that knows them is not installed ({@code allowancesPaidKnown} says which)
     */
    public record ServiceReport(UUID serviceId, String serviceName, int year, int volunteers, BigDecimal hours,
            BigDecimal appreciationBudget, BigDecimal appreciationSpent, BigDecimal appreciationLeft,
            BigDecimal allowancesPaid, boolean allowancesPaidKnown) {
    }

    private final ServiceDirectory directory;
    private final AppreciationBudgets budgets;
    private final AtomicReference<AllowancesPaid> allowances = new AtomicReference<>();

    @Activate
    public ServiceReports(@Reference ServiceDirectory directory, @Reference AppreciationBudgets budgets) {
        this.directory = directory;
        this.budgets = budgets;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAllowances(AllowancesPaid paid) {
        allowances.set(paid);
    }

    void unbindAllowances(AllowancesPaid paid) {
        allowances.compareAndSet(paid, null);
    }

    public ServiceReport report(UUID serviceId, int year) {
        return report(directory.service("serviceId", serviceId), year);
    }

    /** The report of every active service, by name. */
    public List<ServiceReport> reports(int year) {
        return directory.services().stream().map(service -> report(service, year)).toList();
    }

    private ServiceReport report(Organisation service, int year) {
        Budget budget = budgets.budget(service.id(), year);
        ServiceDirectory.Effort effort = directory.effort(service.id(), year);
        AllowancesPaid paid = allowances.get();
        return new ServiceReport(service.id(), service.data().name(), year, effort.volunteers(), effort.hours(),
                budget.budget(), budget.spent(), budget.left(), paid == null ? null : paid.paid(service.id(), year),
                paid != null);
    }
}
