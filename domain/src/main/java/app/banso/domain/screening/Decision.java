package app.banso.domain.screening;

/** The outcome of a screening step. */
public enum Decision { PASS, REJECT }
