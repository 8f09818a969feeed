package be.pillars.internal.internal.command;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import be.pillars.api.validation.Text;
import be.pillars.internal.internal.figures.Figures;
import be.pillars.internal.internal.figures.LegalFigures;

/** {@code pillars:allowance-figures [year]}: the legal figures in force, of every year or of one. */
@Service
@Command(scope = "pillars", name = "allowance-figures",
        description = "Shows the legal figures of expense allowances / "
                + "Toont de wettelijke bedragen van de vergoedingen")
public class AllowanceFiguresCommand implements Action {

    @Reference
    LegalFigures figures;

    @Argument(name = "year", description = "Only this calendar year")
    Integer year;

    @Override
    public Object execute() {
        Figures inForce = figures.inForce();
        if (year != null) {
            inForce.ofYear(year).forEach((key, value) -> System.out.printf("%-21s %s%n", key, value));
        } else {
            System.out.println("lumpSumPerDay         = " + inForce.lumpSumPerDay());
            System.out.println("lumpSumPerYear        = " + inForce.lumpSumPerYear());
            System.out.println("higherLumpSumPerYear  = " + inForce.higherLumpSumPerYear());
            System.out.println("carRatePerKm          = " + inForce.carRatePerKm());
            System.out.println("bicycleRatePerKm      = " + inForce.bicycleRatePerKm());
            System.out.println("kilometreCapPerYear   = " + inForce.kilometreCapPerYear());
        }
        figures.problem().ifPresent(problem -> System.out.println(System.lineSeparator() + Text.printable(
                "Refused / Geweigerd (" + problem.key() + "): " + problem.message().in(Locale.getDefault()))));
        return null;
    }
}
