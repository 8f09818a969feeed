package be.pillars.api.config;

import be.pillars.api.LocalizedText;

/** A configuration value that cannot be used, naming the key and the problem in Dutch and English. */
public class InvalidConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient LocalizedText text;

    public InvalidConfigurationException(String key, LocalizedText text) {
        super(key + ": " + text.en());
        this.key = key;
        this.text = text;
    }

    public String key() {
        return key;
    }

    public LocalizedText text() {
        return text;
    }
}
