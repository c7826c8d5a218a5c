package app.banso.domain.shared;

import java.time.ZoneId;

/**
 * The programme runs on Japan time: its deadlines and days (a notice deadline, the end of the
 * support period, the timers' daily run) and every date and time shown or exported.
 */
public final class JapanTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private JapanTime() {
    }
}
