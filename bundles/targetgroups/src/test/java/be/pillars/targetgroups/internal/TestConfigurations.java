package be.pillars.targetgroups.internal;

import java.lang.annotation.Annotation;

/** The pillar's configuration as Config Admin would hand it over, for tests. */
public final class TestConfigurations {

    private TestConfigurations() {
    }

    public static MonitorConfiguration configuration(int threshold, double index, int weeks) {
        return new MonitorConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MonitorConfiguration.class;
            }

            @Override
            public int smallGroupThreshold() {
                return threshold;
            }

            @Override
            public double underRepresentationIndex() {
                return index;
            }

            @Override
            public int buddyVisitGapWeeks() {
                return weeks;
            }
        };
    }

    /** The pillar with these thresholds in force. */
    public static TargetGroupsPillar pillar(int threshold, double index, int weeks) {
        return new TargetGroupsPillar(configuration(threshold, index, weeks));
    }
}
