package be.pillars.internal.internal.appreciation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.http.RouteDescription;
import be.pillars.api.http.SpreadsheetCsv;
import be.pillars.api.validation.Text;
import be.pillars.internal.internal.services.ServiceScope;
import be.pillars.internal.internal.services.Years;

/**
 * {@code /api/internal/budgets}: the appreciation budgets. Coordinators see the report of all services; a
 * service (an organisation login linked to it) sees its own budget, records what it spends and corrects or withdraws
 * an expense recorded by mistake (as coordinators may); only admins raise a budget.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("internal.budgets")
@HttpWhiteboardServletPattern({"/internal/budgets", "/internal/budgets/*"})
@HttpWhiteboardServletAsyncSupported
public class BudgetsServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;
    private static final Access COORDINATORS = Access.roles(Role.COORDINATOR);
    private static final Access SERVICES_TOO = Access.roles(Role.COORDINATOR, Role.ORGANISATION);

    /** One service's budget of one year with everything that makes it up, and how its expenses were corrected. */
    record Detail(Budget budget, List<Spending> spendings, List<BudgetRaise> raises,
            List<SpendingCorrection> corrections) {
    }

    /** One expense with its corrections. */
    record SpendingDetail(Spending spending, List<SpendingCorrection> corrections) {
    }

    @Activate
    public BudgetsServlet(@Reference AppreciationBudgets budgets, @Reference ServiceScope scope) {
        Clock clock = Clock.systemDefaultZone();
        year(get("/", COORDINATORS, request -> {
            int year = Years.query(request, clock);
            return BudgetReport.of(year, budgets.budgets(year));
        })).summary("De waarderingsbudgetten van alle diensten in een jaar, met hun totaal",
                "Every service's appreciation budget of a year, with their total").answers(BudgetReport.class);
        year(get("/report.csv", COORDINATORS, request -> {
            int year = Years.query(request, clock);
            return SpreadsheetCsv.download("appreciation-" + year + ".csv",
                    BudgetReport.of(year, budgets.budgets(year)).csv(request.locale()));
        })).summary("De waarderingsbudgetten van alle diensten in een jaar, als CSV",
                "Every service's appreciation budget of a year, as CSV").answersFile("text/csv");
        get("/{serviceId}/{year}", SERVICES_TOO, request -> {
            UUID service = visible(scope, request);
            int year = request.pathNumber("year", Years.FIRST, Years.LAST);
            return new Detail(budgets.budget(service, year), budgets.spendings(service, year),
                    budgets.raises(service, year), budgets.corrections(service, year));
        }).summary("Het budget van een dienst in een jaar, met zijn uitgaven, verhogingen en correcties",
                "A service's budget of a year, with its expenses, raises and corrections").answers(Detail.class);
        post("/{serviceId}/{year}/spendings", SERVICES_TOO, request -> {
            UUID service = visible(scope, request);
            int year = request.pathNumber("year", Years.FIRST, Years.LAST);
            Spending.Input input = request.body(Spending.Input.class);
            if (input.spentOn() != null && input.spentOn().getYear() != year) {
                throw ApiException.badRequest("wrong_year", "spentOn", LocalizedText.of(
                        "Deze uitgave valt niet in " + year, "This expense does not fall in " + year));
            }
            Spending spending = budgets.spend(service, input, request.caller().name());
            return new ApiResponse(201, spending, Map.of("ETag", ApiRequest.etag(spending.version()), "Location",
                    PillarsHttp.CONTEXT_PATH + "/internal/budgets/" + service + "/" + year + "/spendings/"
                            + spending.id()));
        }).summary("Een uitgave op het budget van een dienst boeken", "Record an expense on a service's budget")
                .body(Spending.Input.class).answers(201, Spending.class);
        get("/{serviceId}/{year}/spendings/{spendingId}", SERVICES_TOO, request -> {
            UUID service = visible(scope, request);
            int year = request.pathNumber("year", Years.FIRST, Years.LAST);
            UUID id = request.pathId("spendingId");
            Spending spending = budgets.spending(service, year, id);
            return new ApiResponse(200, new SpendingDetail(spending, budgets.corrections(service, year).stream()
                    .filter(correction -> correction.spendingId().equals(id)).toList()),
                    Map.of("ETag", ApiRequest.etag(spending.version())));
        }).summary("Eén uitgave met haar correcties, met haar versie als ETag",
                "One expense with its corrections, with its version as ETag").answers(SpendingDetail.class);
        put("/{serviceId}/{year}/spendings/{spendingId}", SERVICES_TOO, request -> {
            UUID service = visible(scope, request);
            int year = request.pathNumber("year", Years.FIRST, Years.LAST);
            long version = request.ifMatchVersion();
            Spending corrected = budgets.correct(service, year, request.pathId("spendingId"), version,
                    request.body(SpendingCorrection.Input.class), request.caller().name());
            return new ApiResponse(200, corrected, Map.of("ETag", ApiRequest.etag(corrected.version())));
        }).summary("Een uitgave corrigeren (If-Match)", "Correct an expense (If-Match)")
                .body(SpendingCorrection.Input.class).answers(Spending.class);
        delete("/{serviceId}/{year}/spendings/{spendingId}", SERVICES_TOO, request -> {
            UUID service = visible(scope, request);
            int year = request.pathNumber("year", Years.FIRST, Years.LAST);
            long version = request.ifMatchVersion();
            return budgets.withdraw(service, year, request.pathId("spendingId"), version,
                    Text.checked("reason", request.queryText("reason")), request.caller().name());
        }).summary("Een uitgave intrekken die per vergissing geboekt werd (If-Match)",
                "Withdraw an expense recorded by mistake (If-Match)")
                .query("reason", String.class, "Waarom, hoogstens 500 tekens", "Why, at most 500 characters")
                .answers(SpendingCorrection.class);
        post("/{serviceId}/{year}/raises", Access.roles(Role.ADMIN), request -> new ApiResponse(201,
                budgets.raise(request.pathId("serviceId"), request.pathNumber("year", Years.FIRST, Years.LAST),
                        request.body(BudgetRaise.Input.class), request.caller().name())))
                .summary("Het budget van een dienst in een jaar verhogen", "Raise a service's budget of a year")
                .body(BudgetRaise.Input.class).answers(201, BudgetRaise.class);
    }

    /** The {@code year} that {@link Years#query} reads, for the report and its CSV. */
    private static RouteDescription year(RouteDescription route) {
        return route.query("year", Integer.class, "Het jaar, standaard dit jaar", "The year, this one unless given");
    }

    private static UUID visible(ServiceScope scope, ApiRequest request) {
        UUID service = request.pathId("serviceId");
        scope.requireAccessTo(request.caller(), service);
        return service;
    }
}
