package org.warta.extract.time;

import java.util.Optional;

/** How a date or month expression names its year. */
public sealed interface YearRef {

    /**
     * No year given ("29 Juli", "pada bulan Mei"): chosen near the publication date in the direction of
     * {@code word} ("April lalu" is PAST, "November mendatang" FUTURE), or of the clause when it is empty.
     */
    record Implied(Optional<Tense> word) implements YearRef {
        public Implied {
            word = word == null ? Optional.empty() : word;
        }
    }

    /** A written year ("Februari 2022", "12/7/2023", two-digit years expanded). */
    record Given(int year) implements YearRef {
    }

    /** A year counted from the publication year ("Februari tahun lalu" is -1, "Mei tahun ini" 0). */
    record Relative(int offset) implements YearRef {
    }
}
