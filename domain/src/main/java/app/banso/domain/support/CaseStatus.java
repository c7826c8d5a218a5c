package app.banso.domain.support;

/** SupportCase: created on adoption → KICKOFF → ACTIVE (stages 1..4) → ENDED | TERMINATED. */
public enum CaseStatus {
    /** Adopted; the kickoff meeting and the plan are being agreed (SUPPORT-1, PERIOD-1). */
    KICKOFF,
    /** The plan is agreed by the company, JETRO and the coordinator; support is under way. */
    ACTIVE,
    /** The support period ended on its own. */
    ENDED,
    /** Support ended early (TERM-1 ... TERM-5). */
    TERMINATED;

    public boolean isClosed() {
        return this == ENDED || this == TERMINATED;
    }
}
