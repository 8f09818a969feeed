package be.pillars.targetgroups.internal.command;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import be.pillars.targetgroups.internal.MonitorSettings;
import be.pillars.targetgroups.internal.TargetGroupsPillar;

/** {@code pillars:targetgroups-settings}: the thresholds in force, as {@code GET /api/targetgroups/config}. */
@Service
@Command(scope = "pillars", name = "targetgroups-settings",
        description = "Shows the privacy and attention thresholds / Toont de privacy- en aandachtsdrempels")
public class MonitorCommand implements Action {

    @Reference
    TargetGroupsPillar pillar;

    @Override
    public Object execute() {
        MonitorSettings settings = pillar.settings().inForce();
        System.out.println("smallGroupThreshold      = " + settings.smallGroupThreshold());
        System.out.println("underRepresentationIndex = " + settings.underRepresentationIndex());
        System.out.println("buddyVisitGapWeeks       = " + settings.buddyVisitGapWeeks());
        System.out.println();
        System.out.println(settings.describe().in(Locale.getDefault()));
        if (pillar.settings().problem().isPresent()) {
            System.out.println();
            System.out.println(pillar.health().detail().in(Locale.getDefault()));
        }
        return null;
    }
}
