package org.example.neighbourhood;

import org.osgi.service.component.annotations.Component;

import be.pillars.api.Health;
import be.pillars.api.LocalizedText;
import be.pillars.api.Pillar;

/** Registering this service is all it takes to appear in {@code GET /api/pillars} and {@code pillars:list}. */
@Component(service = {Pillar.class, NeighbourhoodPillar.class})
public class NeighbourhoodPillar implements Pillar {

    static final String ID = "neighbourhood";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Buurtwerk", "Neighbourhood work");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of(
                "Voorbeeldpijler van een integrator: vrijwilligers die hun eigen buurt helpen.",
                "An integrator's example pillar: volunteers who help their own neighbourhood.");
    }

    @Override
    public Health health() {
        return Health.up(LocalizedText.of("Klaar", "Ready"));
    }
}
