package app.banso.domain.intake;

/** Required education of a hire (TALENT-3): a university degree or equivalent, in Japan or abroad. */
public enum Education {
    DOCTORATE, MASTER, BACHELOR, EQUIVALENT, BELOW_BACHELOR;

    public boolean meetsTalent3() {
        return this != BELOW_BACHELOR;
    }
}
