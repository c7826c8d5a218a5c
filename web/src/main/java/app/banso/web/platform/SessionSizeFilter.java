package app.banso.web.platform;

import app.banso.persistence.platform.Settings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Benchmarks only ({@code banso.bench.session-size=true}): after each page request, logs the
 * serialised size of the session, attribute by attribute, as
 * {@code BENCH-SESSION <total bytes> <path> <name>=<bytes> ... views=<n> states=<n>} (the Faces
 * view states held: logical views and their states). An attribute that plain Java serialisation
 * cannot write shows as -1; EJB and CDI proxies, which Payara writes as small references of its own, are
 * left out of the count. A {@code <distributable/>} application's
 * session is serialised for the other node after every request, so its size is a cost of every
 * request (issue 8, bench/RESULTS.md). Does nothing when the setting is off.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class SessionSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionSizeFilter.class.getName());
    /** Mojarra's server-side view states: logical view (one per GET) to its states (one per full postback). */
    private static final String VIEW_STATES = "com.sun.faces.renderkit.ServerSideStateHelper.LogicalViewMap";
    /** Mojarra's view maps and view contexts by view map id: the names ViewContextPruningFilter prunes by. */
    private static final String VIEW_MAPS = ViewContextPruningFilter.VIEW_MAPS;
    private static final String VIEW_CONTEXTS = ViewContextPruningFilter.VIEW_CONTEXTS;
    private static final String SETTING = Settings.get("banso.bench.session-size").orElse("false");
    private static final boolean VERBOSE = "verbose".equalsIgnoreCase(SETTING);
    private static final boolean ENABLED = VERBOSE || Boolean.parseBoolean(SETTING);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (ENABLED) {
                log(request);
            }
        }
    }

    private static void log(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        ViewContextPruningFilter.prune(session); // measured as the session store sees it, whichever filter runs first
        StringBuilder line = new StringBuilder();
        try {
            TreeMap<String, Long> sizes = new TreeMap<>();
            long total = 0;
            for (String name : Collections.list(session.getAttributeNames())) {
                long size = serialisedSize(session.getAttribute(name));
                sizes.put(name, size);
                total += Math.max(size, 0);
            }
            line.append("BENCH-SESSION ").append(total).append(' ').append(request.getRequestURI());
            sizes.forEach((name, size) -> line.append(' ').append(name).append('=').append(size));
            if (session.getAttribute(VIEW_STATES) instanceof Map<?, ?> logical) {
                int states = logical.values().stream().mapToInt(actual -> actual instanceof Map<?, ?> m ? m.size() : 1).sum();
                line.append(" views=").append(logical.size()).append(" states=").append(states);
                if (VERBOSE) {
                    largestComponentStates(logical, line);
                }
            }
            if (VERBOSE && session.getAttribute(VIEW_MAPS) instanceof Map<?, ?> viewMaps) {
                newestViewMap(viewMaps, line);
            }
            if (session.getAttribute(VIEW_CONTEXTS) instanceof Map<?, ?> contexts
                    && session.getAttribute(VIEW_MAPS) instanceof Map<?, ?> viewMaps) {
                // ViewContextPruningFilter: every view context should belong to an active view map
                line.append(" viewContexts=").append(contexts.size())
                        .append(" live=").append(contexts.keySet().stream().filter(viewMaps::containsKey).count());
            }
        } catch (IllegalStateException invalidated) {
            return;
        }
        LOG.info(line::toString);
    }

    /** {@code verbose}: the ten component states (by client id) that weigh most in one view state. */
    private static void largestComponentStates(Map<?, ?> logical, StringBuilder line) {
        Object actual = logical.values().stream().reduce((first, second) -> second).orElse(null);
        if (!(actual instanceof Map<?, ?> states) || states.isEmpty()
                || !(states.values().iterator().next() instanceof Object[] state) || state.length < 2
                || !(state[1] instanceof Map<?, ?> byClientId)) {
            return;
        }
        line.append(" largest:");
        byClientId.entrySet().stream()
                .map(e -> Map.entry(String.valueOf(e.getKey()), serialisedSize(e.getValue())))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> line.append(' ').append(e.getKey()).append('=').append(e.getValue()));
        line.append(" components=").append(byClientId.size());
    }

    /** {@code verbose}: what the newest view map holds, each entry with its serialised size. */
    private static void newestViewMap(Map<?, ?> viewMaps, StringBuilder line) {
        Object newest = viewMaps.values().stream().reduce((first, second) -> second).orElse(null);
        if (newest instanceof Map<?, ?> entries) {
            line.append(" viewMaps=").append(viewMaps.size()).append(" newestViewMap:");
            entries.forEach((key, value) -> line.append(' ').append(key).append('=').append(serialisedSize(value)));
        }
    }

    private static long serialisedSize(Object value) {
        CountingStream counter = new CountingStream();
        try (ObjectOutputStream out = new LenientStream(counter)) {
            out.writeObject(value);
        } catch (IOException | RuntimeException notSerialisableOrChangedMeanwhile) {
            return -1;
        }
        return counter.count;
    }

    /**
     * Writes what plain Java serialisation can and leaves out (as null) what it cannot: the EJB
     * proxies that CDI beans hold, which Payara writes as small references of its own. So a
     * view-scoped bean is measured by its own fields.
     */
    private static final class LenientStream extends ObjectOutputStream {
        LenientStream(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            return obj instanceof Serializable && !obj.getClass().getName().contains("$Proxy$_$$_Weld")
                    && !obj.getClass().getName().contains("__EJB31_Generated__") ? obj : null;
        }
    }

    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
