package app.banso.domain.support;

/** SUPPORT-2: how the coordinator supports the company. */
public enum ActivityType {
    PHONE, EMAIL, ONLINE_MEETING, VISIT, TRIP_ACCOMPANIMENT,
    /** A request outside the programme was declined with an explanation (see {@link OutOfScope}). */
    DECLINED_OUT_OF_SCOPE
}
