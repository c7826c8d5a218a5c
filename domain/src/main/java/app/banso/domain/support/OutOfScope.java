package app.banso.domain.support;

/** Requests the programme does not cover, refused with a clear message (programme-rules.md). */
public enum OutOfScope {
    /** Recruiting for an overseas subsidiary. */
    OVERSEAS_SUBSIDIARY,
    /** Introducing individual candidates. */
    CANDIDATE_INTRODUCTION,
    /** Questions about Specified Skilled Worker or Technical Intern Training. */
    SSW_TITP,
    /** Joining only the job fair without the accompanying support. */
    JOB_FAIR_ONLY
}
