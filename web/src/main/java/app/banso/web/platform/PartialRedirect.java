package app.banso.web.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The partial response that sends the browser to another page from an ajax request: Faces' and
 * PrimeFaces' ajax scripts follow its {@code <redirect>}. A plain HTTP redirect would be followed
 * by the browser's XMLHttpRequest itself, which hands the script a page of HTML; the script drops
 * it and nothing happens on screen. Used where Faces' own {@code ExternalContext.redirect} is not
 * at hand: before Faces runs (sign-in) and after a page failed to render (error pages).
 */
final class PartialRedirect {

    private PartialRedirect() {
    }

    /** Answers the request (status 200, as the ajax script wants it) with a redirect to {@code url}. */
    static void send(HttpServletResponse response, String url) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(to(url));
        response.getWriter().flush();
    }

    /** @param url the address to go to, as the browser should request it */
    static String to(String url) {
        return "<?xml version='1.0' encoding='UTF-8'?>\n<partial-response><redirect url=\""
                + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>";
    }
}
