package app.banso.web.platform;

import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.audit.RequestOrigin;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * For every request: records the client address for the audit log, and sets the protective
 * response headers; pages of signed-in users are never stored by browsers or proxies.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class ResponseFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestOrigin origin;

    @EJB
    private AuditLog audit;

    /**
     * The reverse proxies whose X-Forwarded-For is believed (comma-separated addresses); empty by
     * default, so a client can never choose the address that audit and sign-in throttling see.
     */
    @Inject
    @ConfigProperty(name = "banso.trusted-proxies")
    private Optional<String> trustedProxiesSetting;

    /** Parsed once, not on every request. */
    private Set<String> trustedProxies;

    @Override
    public void init() throws ServletException {
        trustedProxies = Arrays.stream(trustedProxiesSetting.orElse("").split(",")).map(String::strip)
                .filter(a -> !a.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The protective headers. Also called by {@link SignInMechanism}, which answers some requests
     * (the redirect to sign in) before any filter runs.
     */
    static void protect(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'self'; object-src 'none'; base-uri 'self'");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getUserPrincipal() != null && !path.startsWith("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /**
     * The client's address: the connection's peer, or, when that peer is a trusted proxy, the
     * right-most address of X-Forwarded-For that is not itself a trusted proxy.
     */
    static String clientAddress(String peer, String forwardedFor, Set<String> trusted) {
        if (forwardedFor == null || !trusted.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.clientAddress(clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies));
        protect(request, response);
        if (request.getDispatcherType() == DispatcherType.ERROR && request.getUserPrincipal() != null
                && Integer.valueOf(403).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
            auditRefusal(request);
        }
        chain.doFilter(request.getDispatcherType() == DispatcherType.ERROR ? new FreshView(request) : request, response);
    }

    /**
     * A signed-in user refused a page or file of another area (PRIV-2): audited with the path and
     * the query (say, another company's id), in a transaction of its own.
     */
    private void auditRefusal(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(Math.min(uri.toString().length(), request.getContextPath().length()));
        Object query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
        String detail = query == null ? request.getQueryString() : query.toString();
        audit.recordAlone(request.getUserPrincipal().getName(), "ACCESS_REFUSED", "page:" + limit(path, 190),
                detail == null ? null : limit(detail, 500));
    }

    private static String limit(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /**
     * An error page is a new view, not a postback of the view that failed: without this, Faces
     * would treat a failed POST's error page as a postback (its view state is still among the
     * parameters) and PrimeFaces' CSP mode would refuse it for lacking the failed view's nonce.
     */
    static final class FreshView extends HttpServletRequestWrapper {

        private static final Set<String> HIDDEN = Set.of("jakarta.faces.ViewState", "primefaces.nonce");

        FreshView(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return HIDDEN.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return HIDDEN.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            var map = new LinkedHashMap<>(super.getParameterMap());
            HIDDEN.forEach(map::remove);
            return Collections.unmodifiableMap(map);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
