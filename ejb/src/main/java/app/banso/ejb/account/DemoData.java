package app.banso.ejb.account;

import app.banso.domain.account.PasswordHashing;
import app.banso.domain.account.Role;
import app.banso.domain.account.UserAccount;
import app.banso.ejb.platform.DatabaseStartup;
import app.banso.persistence.account.UserAccountRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo users for the one-command run ({@code banso.demo.enabled=true}): one per role, all with
 * the password {@value #DEMO_PASSWORD}. Created once; a restart keeps what is there.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
public class DemoData {

    public static final String DEMO_PASSWORD = "Banso-demo-2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "banso.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Clock clock;

    @Inject
    private DatabaseStartup database; // makes the ordering explicit for readers too

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        PasswordHashing hashing = new PasswordHashing();
        create(hashing, "admin@example.jp", "管理者 花子", Role.ADMIN, "ja");
        create(hashing, "screener@example.jp", "審査 次郎", Role.SCREENER, "ja");
        create(hashing, "coordinator@example.jp", "Coordinator Chris", Role.COORDINATOR, "en");
        create(hashing, "applicant@example.jp", "申請 太郎", Role.APPLICANT, "ja");
        LOG.info("Demo users ready: admin@, screener@, coordinator@, applicant@example.jp (password " + DEMO_PASSWORD + ")");
    }

    private void create(PasswordHashing hashing, String email, String name, Role role, String language) {
        if (accounts.findByEmail(email).isEmpty()) {
            accounts.add(UserAccount.createActive(email, hashing.hash(DEMO_PASSWORD.toCharArray()), role, name, language,
                    clock.instant()));
        }
    }
}
