package app.banso.domain.support;

/** COOP-6: the registered information a company reports changes of. */
public enum ChangeField {
    LEGAL_NAME, LEGAL_FORM, HEAD_OFFICE, WEBSITE, REPRESENTATIVE, CONTACT_PERSON,
    /** Dissolution or discontinuation of the business (TERM-4 review). */
    DISSOLUTION
}
