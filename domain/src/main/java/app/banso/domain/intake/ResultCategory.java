package app.banso.domain.intake;

/** CRIT-5: what the company expects from working with highly-skilled foreign talent. */
public enum ResultCategory {
    BUSINESS_GROWTH, INNOVATION, REGIONAL_ECONOMY
}
