package be.pillars.internal.internal.appreciation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.SpreadsheetCsv;
import be.pillars.internal.internal.services.Csv;

/** Budget, spent and left per service and in total, for one year. */
public record BudgetReport(int year, List<Budget> services, Total total) {

    /** @param volunteers the services' counts added up: a volunteer who worked for two services counts in both */
    public record Total(int volunteers, BigDecimal budget, BigDecimal spent, BigDecimal left) {
    }

    private static final List<LocalizedText> HEADER = List.of(LocalizedText.of("dienst", "service"),
            LocalizedText.of("dienst-id", "service id"), LocalizedText.of("jaar", "year"),
            LocalizedText.of("geteld van", "counted from"), LocalizedText.of("geteld tot", "counted to"),
            LocalizedText.of("vrijwilligers", "volunteers"),
            LocalizedText.of("bedrag per vrijwilliger", "amount per volunteer"),
            LocalizedText.of("verhoogd", "raised"), LocalizedText.of("budget", "budget"),
            LocalizedText.of("besteed", "spent"), LocalizedText.of("over", "left"));

    public static BudgetReport of(int year, List<Budget> budgets) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new BudgetReport(year, budgets, new Total(
                budgets.stream().mapToInt(Budget::volunteers).sum(),
                budgets.stream().map(Budget::budget).reduce(zero, BigDecimal::add),
                budgets.stream().map(Budget::spent).reduce(zero, BigDecimal::add),
                budgets.stream().map(Budget::left).reduce(zero, BigDecimal::add)));
    }

    /** One line per service and a last line with the totals; amounts as the reader writes them (12,50 in Dutch). */
    public String csv(Locale reader) {
        List<List<String>> rows = new ArrayList<>(services.stream().map(budget -> List.of(
                budget.serviceName(), budget.serviceId().toString(), Integer.toString(year),
                budget.countedFrom().toString(), budget.countedTo().toString(), Integer.toString(budget.volunteers()),
                SpreadsheetCsv.number(budget.amountPerVolunteer(), reader),
                SpreadsheetCsv.number(budget.raised(), reader), SpreadsheetCsv.number(budget.budget(), reader),
                SpreadsheetCsv.number(budget.spent(), reader), SpreadsheetCsv.number(budget.left(), reader)))
                .toList());
        rows.add(List.of(LocalizedText.of("totaal", "total").in(reader), "", Integer.toString(year), "", "",
                Integer.toString(total.volunteers()), "", "", SpreadsheetCsv.number(total.budget(), reader),
                SpreadsheetCsv.number(total.spent(), reader), SpreadsheetCsv.number(total.left(), reader)));
        return Csv.write(HEADER, rows, reader);
    }
}
