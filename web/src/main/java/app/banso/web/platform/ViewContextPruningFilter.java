package app.banso.web.platform;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes from the session the CDI contexts of views whose view-scoped beans Faces has already let
 * go. Mojarra 4.1 keeps, per view, the context of its {@code @ViewScoped} beans in the session
 * attribute {@code activeViewContexts}, keyed by the view map's id, and does not remove the entry
 * when the view map leaves its list of active view maps (the 25 most recent, then evicted and its
 * beans destroyed). So every page a user opens leaves an entry for as long as the session lives:
 * a screener's session after ~340 page requests held 340 entries, 15 of them for live views,
 * 142 KB of a 202 KB session (bench/RESULTS.md, eleventh session). A node with web availability
 * serialises the whole session after every request, so that grew the cost of every request all
 * day long. After each page request, entries whose view map is no longer active are removed.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class ViewContextPruningFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            // A resource request (a page's scripts and styles, *.xhtml too) never evicts a view map.
            if (!request.getRequestURI().startsWith(request.getContextPath() + ResourceHandler.RESOURCE_IDENTIFIER)) {
                prune(request.getSession(false));
            }
        }
    }

    /** Removes the session's stale view contexts (nothing without a session or before Faces made them). */
    static void prune(HttpSession session) {
        if (session == null) {
            return;
        }
        try {
            if (session.getAttribute(VIEW_CONTEXTS) instanceof Map<?, ?> contexts
                    && session.getAttribute(VIEW_MAPS) instanceof Map<?, ?> viewMaps) {
                removeStale(contexts, viewMaps);
            }
        } catch (IllegalStateException invalidated) {
            // the session ended during the request: nothing to keep small
        }
    }

    /**
     * Removes the entries of {@code contexts} whose key is not a key of {@code viewMaps}; returns how
     * many. The contexts' keys are read first: an entry is made after its view map is registered, and
     * an evicted view map never comes back, so an entry added by a concurrent request meanwhile is
     * either not looked at or has its view map among the keys read next.
     */
    static int removeStale(Map<?, ?> contexts, Map<?, ?> viewMaps) {
        List<Object> known = new ArrayList<>(contexts.keySet());
        Set<Object> live;
        try {
            synchronized (viewMaps) { // Mojarra changes its active view maps under this lock
                live = new HashSet<>(viewMaps.keySet());
            }
        } catch (ConcurrentModificationException changing) {
            return 0; // next request
        }
        int removed = 0;
        for (Object key : known) {
            if (!live.contains(key) && contexts.remove(key) != null) {
                removed++;
            }
        }
        return removed;
    }
}
