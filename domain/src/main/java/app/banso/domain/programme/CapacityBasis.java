package app.banso.domain.programme;

/**
 * What the programme capacity counts (APPLY-4). The guidelines say acceptance closes "once the
 * planned number of companies is reached"; which applications count is programme data.
 */
public enum CapacityBasis {
    /** Every application submitted and not withdrawn, deemed withdrawn or rejected. */
    SUBMITTED,
    /** Only complete applications (form and consent form received, APPLY-1) and later states. */
    COMPLETE,
    /** Only adopted companies. */
    ADOPTED
}
