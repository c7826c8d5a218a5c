package app.banso.web.platform;

/**
 * The partial response that sends the browser to another page from an ajax request: Faces' and
 * PrimeFaces' ajax scripts follow its {@code <redirect>}. A plain HTTP redirect would be followed
 * by the browser's XMLHttpRequest itself, which hands the script a page of HTML; the script drops
 * it and nothing happens on screen. Used where Faces' own {@code ExternalContext.redirect} is not
 * at hand: before Faces runs (sign-in) and after a page failed to render (error pages).
 */
final class PartialRedirect {

    static final String CONTENT_TYPE = "text/xml";

    private PartialRedirect() {
    }

    /** @param url the address to go to, as the browser should request it */
    static String to(String url) {
        return "<?xml version='1.0' encoding='UTF-8'?>\n<partial-response><redirect url=\""
                + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>";
    }
}
