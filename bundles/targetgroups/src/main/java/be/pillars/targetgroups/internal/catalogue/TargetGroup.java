package be.pillars.targetgroups.internal.catalogue;

import be.pillars.api.LocalizedText;

/**
 * A target group of the catalogue, such as {@code poverty} or {@code loneliness}.
 *
 * @param code stable id, lower case: {@code [a-z][a-z0-9-]{1,39}}
 * @param name Dutch and English name
 */
public record TargetGroup(String code, LocalizedText name) {
}
