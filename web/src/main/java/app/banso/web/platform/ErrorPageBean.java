package app.banso.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Error pages show an error id that is also written to the server log with the exception, so
 * support can find the cause; the user never sees a stack trace.
 */
@Named
@RequestScoped
public class ErrorPageBean {

    private static final Logger LOG = Logger.getLogger(ErrorPageBean.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The page web.xml names for refusals (status 403 and the exceptions that mean one). */
    private static final String REFUSAL_PAGE = "/error/403.xhtml";

    private String errorId;
    /** Computed once per request; the page asks three times. */
    private Optional<String> reopenUrl;

    /**
     * Gives the error an id, writes it to the log with the exception, and answers a refusal as
     * 403: once, when the error page first asks for the bean.
     */
    @PostConstruct
    void identify() {
        byte[] b = new byte[5];
        RANDOM.nextBytes(b);
        errorId = HexFormat.of().formatHex(b).toUpperCase();
        var request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        Object exception = request.get("jakarta.servlet.error.exception");
        Object uri = request.get("jakarta.servlet.error.request_uri");
        Object status = request.get("jakarta.servlet.error.status_code");
        String page = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        if (exception instanceof Throwable t && REFUSAL_PAGE.equals(page)) {
            // An exception web.xml sends to the 403 page is a refusal (a forged or bookmarked
            // protected-view link, a role the boundary refuses, a post without its page's CSP
            // nonce): answered as 403 (an exception's error page is a 500 otherwise) and not
            // logged as a server error. An ajax request keeps 200: the browser's ajax script
            // shows a partial response only when it comes with 200. Which exceptions are
            // refusals is said once, in web.xml.
            if (!FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
            }
            Throwable cause = t;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String refused = cause.getClass().getSimpleName();
            LOG.info(() -> "Refused " + errorId + " at " + uri + " (" + refused + ")");
        } else if (exception instanceof Throwable t && ErrorPageExceptionHandlerFactory.CONFLICT_PAGE.equals(page)) {
            // Another user's save came first (ConcurrentChange): expected now and then when staff
            // work on the same data, so a warning, not a server error; the trace still says which
            // row or key, in case a unique key is hit by something other than a race.
            LOG.log(Level.WARNING, "Concurrent change " + errorId + " at " + uri + ": another save came first", t);
            // A full request (an applicant's submission) is answered 409 Conflict; an ajax one keeps
            // 200, which the browser's ajax script needs to show the page.
            if (!FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_CONFLICT);
            }
        } else if (exception instanceof ViewExpiredException) {
            // A page kept open past the session or behind 15 newer ones: routine, not a server
            // error, so no stack trace in the log (the page offers to open it again).
            LOG.info(() -> "Expired view " + errorId + " at " + uri);
        } else if (exception instanceof Throwable t) {
            LOG.log(Level.SEVERE, "Error " + errorId + " at " + uri + " (status " + status + ")", t);
        } else {
            LOG.info(() -> "Error " + errorId + " at " + uri + " (status " + status + ")");
        }
    }

    public String getErrorId() {
        return errorId;
    }

    /**
     * The page whose view expired, to open it again: the page the browser showed (its Referer;
     * the application sends {@code Referrer-Policy: same-origin}), as a path of this application
     * with its query (the application number of a case, say); null when there is none to offer.
     */
    public String getReopenUrl() {
        if (reopenUrl == null) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            reopenUrl = Optional.ofNullable(reopenUrl(external.getRequestHeaderMap().get("Referer"),
                    external.getRequestServerName(), external.getRequestContextPath()));
        }
        return reopenUrl.orElse(null);
    }

    /**
     * The referring page as a path and query when it is a page of this application on this host
     * (a local path as {@link SignInMechanism#isLocalPath} has it, never an error page); otherwise null.
     */
    static String reopenUrl(String referer, String host, String contextPath) {
        if (referer == null || referer.length() > 2_000) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(referer);
        } catch (URISyntaxException malformed) {
            return null;
        }
        String path = uri.getRawPath();
        if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(host) || path == null
                || !path.startsWith(contextPath + "/") || path.contains("/error/") || !path.endsWith(".xhtml")) {
            return null;
        }
        String page = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return SignInMechanism.isLocalPath(page) ? page : null;
    }
}
