package be.pillars.external.internal.channels;

import java.lang.annotation.Annotation;

/** Delivery settings as Config Admin would hand them to the component, for the tests. */
final class TestSettings {

    private TestSettings() {
    }

    static ChannelsConfiguration of(int initialBackoffSeconds, int maxBackoffSeconds, int maxAttempts,
            int timeoutSeconds) {
        return new ChannelsConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ChannelsConfiguration.class;
            }

            @Override
            public int pollSeconds() {
                return 1;
            }

            @Override
            public int initialBackoffSeconds() {
                return initialBackoffSeconds;
            }

            @Override
            public int maxBackoffSeconds() {
                return maxBackoffSeconds;
            }

            @Override
            public int maxAttempts() {
                return maxAttempts;
            }

            @Override
            public int timeoutSeconds() {
                return timeoutSeconds;
            }

            @Override
            public int retentionDays() {
                return 30;
            }
        };
    }
}
