package app.banso.ejb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * "Today" for every rule (intake window, deadlines, period ends) comes from this clock, in
 * Japan time because the programme's dates are Japanese calendar days.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(JAPAN);
    }
}
