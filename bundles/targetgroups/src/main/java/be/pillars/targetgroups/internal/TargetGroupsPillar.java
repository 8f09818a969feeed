package be.pillars.targetgroups.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import be.pillars.api.Health;
import be.pillars.api.LocalizedText;
import be.pillars.api.Pillar;
import be.pillars.api.config.CheckedConfiguration;

/** The target-group pillar: projects for people in poverty or loneliness, buddies, and representation. */
@Component(service = {Pillar.class, TargetGroupsPillar.class}, configurationPid = TargetGroupsPillar.PID)
@Designate(ocd = MonitorConfiguration.class)
public class TargetGroupsPillar implements Pillar {

    public static final String ID = "targetgroups";
    public static final String PID = "be.pillars.targetgroups";

    private final CheckedConfiguration<MonitorSettings> settings =
            new CheckedConfiguration<>(PID, MonitorSettings.DEFAULTS);

    @Activate
    public TargetGroupsPillar(MonitorConfiguration configuration) {
        modified(configuration);
    }

    @Modified
    void modified(MonitorConfiguration configuration) {
        settings.apply(() -> MonitorSettings.from(configuration));
    }

    public CheckedConfiguration<MonitorSettings> settings() {
        return settings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Doelgroepen", "Target groups");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of(
                "Vrijwilligersprojecten voor mensen in armoede of eenzaamheid, buddyparen, en een "
                        + "vrijwilligersgroep die de bevolking van de gemeente weerspiegelt.",
                "Volunteer projects for people in poverty or loneliness, buddy pairs, and a volunteer group "
                        + "that mirrors the municipality's population.");
    }

    @Override
    public Health health() {
        return settings.health(LocalizedText.of("Drempels van kracht", "Thresholds in force"));
    }
}
