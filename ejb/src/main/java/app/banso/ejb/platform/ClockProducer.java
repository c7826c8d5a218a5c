package app.banso.ejb.platform;

import app.banso.domain.shared.JapanTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * "Today" for every rule (intake window, deadlines, period ends) comes from this clock, in
 * Japan time because the programme's dates are Japanese calendar days.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(JapanTime.ZONE);
    }
}
