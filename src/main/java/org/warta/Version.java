package org.warta;

/** The software version, from the jar's manifest ("dev" when run from classes). */
public final class Version {
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private Version() {
    }
}
