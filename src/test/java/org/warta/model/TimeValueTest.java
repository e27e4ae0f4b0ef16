package org.warta.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeValueTest {

    private static final LocalDate DAY = LocalDate.of(2024, 4, 5);

    @Test
    void onlyADayToldToTheDayIsOneDay() {
        assertTrue(TimeValue.day(DAY).isOneDay());
        assertTrue(TimeValue.days(DAY, DAY).isOneDay());
        assertFalse(TimeValue.days(DAY, DAY.plusDays(1)).isOneDay());
        assertFalse(TimeValue.month(2024, 2).isOneDay());
        assertFalse(TimeValue.year(2024).isOneDay());
    }
}
