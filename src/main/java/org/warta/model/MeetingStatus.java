package org.warta.model;

import java.util.Locale;

/** Whether a reported meeting is planned, has occurred, or is reported with a hedge. */
public enum MeetingStatus {
    PLANNED, OCCURRED, UNCERTAIN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MeetingStatus of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
