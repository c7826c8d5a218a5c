package app.banso.ejb.account;

import app.banso.domain.account.PasswordHashing;
import app.banso.domain.account.Role;
import app.banso.domain.account.UserAccount;
import app.banso.domain.intake.CorporateNumber;
import app.banso.domain.intake.SampleAnswers;
import app.banso.ejb.intake.ApplicationDraft;
import app.banso.ejb.intake.ConsentFormData;
import app.banso.ejb.intake.ConsentFormPdf;
import app.banso.ejb.intake.ConsentPdfChecker;
import app.banso.ejb.intake.IntakeDesk;
import app.banso.ejb.platform.DatabaseStartup;
import app.banso.ejb.support.SupportDesk;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.programme.ProgrammeRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
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

    /**
     * Extra applicants {@code draft-0001@example.jp}... with a complete draft (no consent form,
     * not submitted), for load and crash tests: {@code .ci/crash-test.sh} drives them.
     */
    @Inject
    @ConfigProperty(name = "banso.demo.draft-applicants", defaultValue = "0")
    int draftApplicants;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Clock clock;

    @Inject
    private DatabaseStartup database; // makes the ordering explicit for readers too

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private IntakeDesk desk;

    @Inject
    private SupportDesk support;

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        PasswordHashing hashing = new PasswordHashing();
        create(hashing, "admin@example.jp", "管理者 花子", Role.ADMIN, "ja");
        create(hashing, "screener@example.jp", "審査 次郎", Role.SCREENER, "ja");
        create(hashing, "coordinator@example.jp", "Coordinator Chris", Role.COORDINATOR, "en");
        // A second coordinator with no cases: shows that a coordinator reaches only their own cases (SUPPORT-8).
        create(hashing, "coordinator2@example.jp", "伴走 三郎", Role.COORDINATOR, "ja");
        create(hashing, "applicant@example.jp", "申請 太郎", Role.APPLICANT, "ja");
        // Two complete applications waiting for screening, so that staff screens have something to show.
        demoApplication(hashing, "demo-complete@example.jp", "製作 一郎", "株式会社デモ製作所", "9010001000007");
        demoApplication(hashing, "demo-trading@example.jp", "商事 花子", "デモ商事株式会社", "3010001000004");
        // An adopted company whose support case waits for its coordinator.
        if (accounts.findByEmail("demo-adopted@example.jp").isEmpty()) {
            demoApplication(hashing, "demo-adopted@example.jp", "伴走 次郎", "株式会社デモ伴走", "4010001000011");
            long programmeId = programmes.findCurrent(LocalDate.now(clock)).orElseThrow().getId();
            long owner = accounts.findByEmail("demo-adopted@example.jp").orElseThrow().getId();
            var application = desk.find(programmeId, owner).orElseThrow();
            application.startDocumentScreening(clock.instant());
            application.scheduleInterview(clock.instant());
            application.adopt(clock.instant());
            support.openCase(application.getId(), programmeId, "株式会社デモ伴走");
        }
        draftApplicants(hashing);
        LOG.info("Demo users ready: admin@, screener@, coordinator@, coordinator2@, applicant@example.jp (password " + DEMO_PASSWORD + ")");
    }

    private void demoApplication(PasswordHashing hashing, String email, String name, String company, String corporateNumber) {
        if (accounts.findByEmail(email).isPresent()) {
            return;
        }
        UserAccount account = create(hashing, email, name, Role.APPLICANT, "ja");
        long programmeId = programmes.findCurrent(LocalDate.now(clock)).orElseThrow().getId();
        var draft = new ApplicationDraft(SampleAnswers.company(corporateNumber, company),
                SampleAnswers.eligibility(), SampleAnswers.positions(),
                SampleAnswers.motivation(), SampleAnswers.allDeclared());
        draft.getCompany().setContactEmail(email);
        desk.saveDraft(programmeId, account.getId(), draft);
        byte[] pdf = new ConsentFormPdf().render(new ConsentFormData(2026,
                "2026年度 高度外国人材活躍推進コーディネーターによる伴走型支援", company, corporateNumber, "東京都港区赤坂1-12-32",
                "代表取締役社長", "見本 一郎", name, "人事部", email, "03-1234-5678", LocalDate.now(clock)));
        desk.uploadConsent(programmeId, account.getId(), new ConsentPdfChecker().check(pdf, "同意書.pdf",
                10 * 1024 * 1024), pdf);
        desk.submit(programmeId, account.getId());
    }

    private void draftApplicants(PasswordHashing hashing) {
        if (draftApplicants <= 0) {
            return;
        }
        String hash = hashing.hash(DEMO_PASSWORD.toCharArray()); // one hash for all: 600,000 iterations each would take minutes
        long programmeId = programmes.findCurrent(LocalDate.now(clock)).orElseThrow().getId();
        for (int i = 1; i <= draftApplicants; i++) {
            String email = String.format("draft-%04d@example.jp", i);
            if (accounts.findByEmail(email).isPresent()) {
                continue;
            }
            UserAccount account = accounts.add(UserAccount.createActive(email, hash, Role.APPLICANT, "Draft " + i, "ja",
                    clock.instant()));
            String twelve = String.format("%012d", 700_000_000_000L + i * 7919L);
            String corporateNumber = CorporateNumber.checkDigitOf(twelve) + twelve;
            var draft = new ApplicationDraft(
                    SampleAnswers.company(corporateNumber, String.format("負荷試験%04d株式会社", i)),
                    SampleAnswers.eligibility(), SampleAnswers.positions(),
                    SampleAnswers.motivation(), SampleAnswers.allDeclared());
            draft.getCompany().setContactEmail(email);
            desk.saveDraft(programmeId, account.getId(), draft);
        }
        LOG.info(() -> "Draft applicants ready: draft-0001.." + String.format("draft-%04d", draftApplicants) + "@example.jp");
    }

    private UserAccount create(PasswordHashing hashing, String email, String name, Role role, String language) {
        return accounts.findByEmail(email).orElseGet(() -> accounts.add(UserAccount.createActive(email,
                hashing.hash(DEMO_PASSWORD.toCharArray()), role, name, language, clock.instant())));
    }
}
