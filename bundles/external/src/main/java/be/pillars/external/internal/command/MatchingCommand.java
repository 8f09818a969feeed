package be.pillars.external.internal.command;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import be.pillars.external.internal.ExternalPillar;
import be.pillars.external.internal.MatchingWeights;

/** {@code pillars:external-matching}: the matching weights in force, as {@code GET /api/external/config}. */
@Service
@Command(scope = "pillars", name = "external-matching",
        description = "Shows how volunteers and vacancies are matched / Toont hoe vrijwilligers en vacatures gematcht worden")
public class MatchingCommand implements Action {

    @Reference
    ExternalPillar pillar;

    @Override
    public Object execute() {
        MatchingWeights weights = pillar.matching().inForce();
        System.out.println("weightNiceToHaveSkills = " + weights.niceToHaveSkills());
        System.out.println("weightAvailability     = " + weights.availability());
        System.out.println("weightDistance         = " + weights.distance());
        System.out.println("weightPreference       = " + weights.preference());
        System.out.println("weightLanguages        = " + weights.languages());
        System.out.println("maxDistanceKm          = " + weights.maxDistanceKm());
        System.out.println();
        System.out.println(weights.describe().in(Locale.getDefault()));
        if (pillar.matching().problem().isPresent()) {
            System.out.println();
            System.out.println(pillar.health().detail().in(Locale.getDefault()));
        }
        return null;
    }
}
