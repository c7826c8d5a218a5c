package app.banso.domain.support;

import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * SUPPORT-6: a coordinator's request for a place in a limited menu for a company, screened
 * separately by ADMIN, who weighs the company's cumulative years of support.
 */
@Entity
@Table(name = "menu_request")
public class MenuRequest {

    public enum State { REQUESTED, GRANTED, WAITLISTED, DECLINED }

    @Id
    @SequenceGenerator(name = "menu_request_seq", sequenceName = "menu_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "menu_request_seq")
    private Long id;

    @Column(name = "menu_id", nullable = false)
    private Long menuId;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "company_name", nullable = false, length = 200)
    private String companyName;

    /** Years of support the company received in earlier programme years (computed at the request). */
    @Column(name = "cumulative_years", nullable = false)
    private int cumulativeYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private State state;

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected MenuRequest() {
        // for JPA
    }

    public MenuRequest(long menuId, long caseId, String companyName, int cumulativeYears, String requestedBy, Instant now) {
        this.menuId = menuId;
        this.caseId = caseId;
        this.companyName = companyName;
        this.cumulativeYears = cumulativeYears;
        this.state = State.REQUESTED;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    /**
     * Grants a place; the caller has counted the granted places under the menu's lock.
     * @throws RuleViolationException SUPPORT-6 when no place is left (never over-granted)
     */
    public void grant(long grantedSoFar, int places, String admin, Instant now) {
        requireUndecided();
        if (grantedSoFar >= places) {
            throw new RuleViolationException(RuleId.SUPPORT_6, "menu.full");
        }
        decide(State.GRANTED, admin, now);
    }

    public void waitlist(String admin, Instant now) {
        requireUndecided();
        decide(State.WAITLISTED, admin, now);
    }

    public void decline(String admin, Instant now) {
        requireUndecided();
        decide(State.DECLINED, admin, now);
    }

    private void requireUndecided() {
        if (state != State.REQUESTED && state != State.WAITLISTED) {
            throw new RuleViolationException(RuleId.SUPPORT_6, "menu.alreadyDecided");
        }
    }

    private void decide(State s, String admin, Instant now) {
        this.state = s;
        this.decidedBy = admin;
        this.decidedAt = now;
    }

    /** A suggestion for ADMIN's screening: the fewer earlier years of support, the stronger the case. */
    public String suggestion(long placesLeft) {
        if (placesLeft <= 0) {
            return "WAITLIST";
        }
        return cumulativeYears >= 3 ? "DECLINE" : "GRANT";
    }

    public Long getId() { return id; }
    public Long getMenuId() { return menuId; }
    public Long getCaseId() { return caseId; }
    public String getCompanyName() { return companyName; }
    public int getCumulativeYears() { return cumulativeYears; }
    public State getState() { return state; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Optional<String> getDecidedBy() { return Optional.ofNullable(decidedBy); }
}
