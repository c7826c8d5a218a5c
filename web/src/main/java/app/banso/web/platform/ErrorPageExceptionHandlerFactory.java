package app.banso.web.platform;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.primefaces.csp.CspException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An exception during an ajax request shows the same error page as during a full request: the
 * expired-view page when a form is sent after its page state has gone, the 403 page for a
 * refusal, the 500 page (with its error id) for a fault. Without this, the servlet container's
 * error page is not a partial response, so the browser's ajax script drops it and the user sees
 * nothing happen.
 * <p>
 * The pages are those of web.xml's {@code <error-page>} entries, read once: the entry for the
 * nearest type of the exception (after unwrapping Faces' and EL's wrappers), else the one for
 * status 500. The page renders in place of the view, as a full-page update of the partial
 * response, with the request attributes a servlet error page gets ({@link ErrorPageBean} reads
 * them). Full (non-ajax) requests are left to the container, which finds the same pages (see
 * web.xml on why there is no page for {@code java.lang.Throwable}), except a save that lost a
 * race ({@link #rendersInPlace}). Registered in faces-config.xml.
 * <p>
 * OmniFaces' FullAjaxExceptionHandler did this before; it was the only part of OmniFaces the
 * application used, and OmniFaces' other parts cost every page (its resource renderer wrapper
 * grew each page state, issue 8).
 */
public class ErrorPageExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(ErrorPageExceptionHandlerFactory.class.getName());
    private static final String WEB_XML = "/WEB-INF/web.xml";
    /** The page for a save that lost a race with another user's ({@link ConcurrentChange}). */
    static final String CONFLICT_PAGE = "/error/conflict.xhtml";

    /** Exception type (class name) or status code to page, as web.xml declares them; read on first use. */
    private volatile ErrorPages errorPages;

    public ErrorPageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ErrorPageExceptionHandler(getWrapped().getExceptionHandler(), this);
    }

    ErrorPages errorPages(ExternalContext external) {
        ErrorPages pages = errorPages;
        if (pages == null) {
            try (InputStream in = external.getResourceAsStream(WEB_XML)) {
                pages = in == null ? new ErrorPages(Map.of(), Map.of()) : ErrorPages.read(in);
            } catch (IOException e) {
                throw new FacesException("Cannot read " + WEB_XML, e);
            }
            errorPages = pages;
        }
        return pages;
    }

    /** The error pages of a web.xml: by exception type and by status code. */
    record ErrorPages(Map<String, String> byType, Map<Integer, String> byCode) {

        static ErrorPages read(InputStream webXml) {
            try {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                NodeList entries = factory.newDocumentBuilder().parse(webXml).getElementsByTagNameNS("*", "error-page");
                Map<String, String> byType = new LinkedHashMap<>();
                Map<Integer, String> byCode = new LinkedHashMap<>();
                for (int i = 0; i < entries.getLength(); i++) {
                    Element entry = (Element) entries.item(i);
                    String location = text(entry, "location");
                    String type = text(entry, "exception-type");
                    String code = text(entry, "error-code");
                    if (location == null) {
                        continue;
                    }
                    if (type != null) {
                        byType.putIfAbsent(type, location);
                    } else if (code != null) {
                        byCode.putIfAbsent(Integer.valueOf(code), location);
                    }
                }
                return new ErrorPages(Map.copyOf(byType), Map.copyOf(byCode));
            } catch (Exception e) {
                throw new FacesException("Cannot read the error pages of " + WEB_XML, e);
            }
        }

        private static String text(Element parent, String name) {
            NodeList nodes = parent.getElementsByTagNameNS("*", name);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
        }

        /**
         * The page for an exception: the conflict page when another user's save came first
         * ({@link ConcurrentChange}, whatever wraps it); else the entry of its own class or its
         * nearest superclass, as the servlet container chooses; the status-500 page when no type
         * matches; null when there is neither.
         */
        String locationFor(Throwable exception) {
            if (ConcurrentChange.in(exception)) {
                return CONFLICT_PAGE;
            }
            for (Class<?> type = exception.getClass(); type != null; type = type.getSuperclass()) {
                String location = byType.get(type.getName());
                if (location != null) {
                    return location;
                }
            }
            return byCode.get(500);
        }
    }

    /**
     * The exception a page is chosen for: the cause inside Faces' and EL's wrappers (an action
     * method's exception reaches the handler wrapped in both), as a servlet container unwraps
     * its ServletException.
     */
    static Throwable unwrap(Throwable exception) {
        Throwable t = exception;
        while ((t.getClass() == FacesException.class || t instanceof ELException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * Whether this handler renders the error page itself: for every ajax request that has a page
     * (the container's page would not reach the browser); for a full request only the conflict
     * page, which the container cannot choose (it matches the ServletException's cause by type,
     * and a lost race comes wrapped in whatever the EJB container or the provider threw: an
     * applicant's non-ajax submission that lost to a save from another window would otherwise
     * get the server-error page). Every other full request is left to the container.
     */
    static boolean rendersInPlace(boolean ajax, String location) {
        return location != null && (ajax || CONFLICT_PAGE.equals(location));
    }

    static final class ErrorPageExceptionHandler extends ExceptionHandlerWrapper {

        private final ErrorPageExceptionHandlerFactory factory;

        ErrorPageExceptionHandler(ExceptionHandler wrapped, ErrorPageExceptionHandlerFactory factory) {
            super(wrapped);
            this.factory = factory;
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            if (context != null && events.hasNext() && !context.getExternalContext().isResponseCommitted()) {
                Throwable exception = unwrap(events.next().getContext().getException());
                String location = factory.errorPages(context.getExternalContext()).locationFor(exception);
                if (rendersInPlace(context.getPartialViewContext().isAjaxRequest(), location)) {
                    // One error page per request: the first exception is the one shown; the
                    // rest are logged so that none is lost.
                    events.remove();
                    while (events.hasNext()) {
                        Throwable further = events.next().getContext().getException();
                        // A request without its nonce fails each time PrimeFaces asks for it: the
                        // refusal is logged once, not as many times as the page asked.
                        if (!(exception instanceof CspException && unwrap(further) instanceof CspException)) {
                            LOG.log(Level.WARNING, "A further exception in the same request", further);
                        }
                        events.remove();
                    }
                    if (exception instanceof CspException) {
                        refuseWithoutNonce(context, location);
                    } else {
                        renderErrorPage(context, exception, location);
                    }
                }
            }
            getWrapped().handle();
        }

        private static void renderErrorPage(FacesContext context, Throwable exception, String location) {
            ExternalContext external = context.getExternalContext();
            Map<String, Object> request = external.getRequestMap();
            request.put(RequestDispatcher.ERROR_EXCEPTION, exception);
            request.put(RequestDispatcher.ERROR_EXCEPTION_TYPE, exception.getClass());
            request.put(RequestDispatcher.ERROR_MESSAGE, exception.getMessage());
            request.put(RequestDispatcher.ERROR_REQUEST_URI, external.getRequestContextPath() + external.getRequestServletPath());
            request.put(RequestDispatcher.ERROR_STATUS_CODE, 500);
            external.responseReset();
            ViewHandler views = context.getApplication().getViewHandler();
            var errorView = views.createView(context, location);
            context.setViewRoot(errorView);
            if (context.getPartialViewContext().isAjaxRequest()) {
                context.getPartialViewContext().setRenderAll(true);
            }
            try {
                ViewDeclarationLanguage vdl = views.getViewDeclarationLanguage(context, location);
                vdl.buildView(context, errorView);
                context.getApplication().publishEvent(context, PreRenderViewEvent.class, errorView);
                vdl.renderView(context, errorView);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "The error page " + location + " failed to render", e);
                redirectToThePage(context, location);
            } finally {
                // Faces must not handle it again after the page rendered.
                request.remove(RequestDispatcher.ERROR_EXCEPTION);
                context.responseComplete();
            }
        }

        /**
         * An ajax post whose CSP nonce is missing or not its page's: a forged request (a real page
         * always sends its nonce). PrimeFaces refuses to render anything in such a request, the
         * error page included, so the browser is sent to the page instead. A refusal, not a
         * fault of the server: one line in the log, no stack trace.
         */
        private static void refuseWithoutNonce(FacesContext context, String location) {
            ExternalContext external = context.getExternalContext();
            String uri = external.getRequestContextPath() + external.getRequestServletPath();
            LOG.info(() -> "Refused an ajax request at " + uri + ": its CSP nonce is missing or not its page's");
            try {
                redirectToThePage(context, location);
            } finally {
                context.responseComplete();
            }
        }

        /**
         * When the error page itself fails, or cannot render in this request (one without its
         * page's CSP nonce), the browser is sent to it by a redirect: it shows without the
         * request's details.
         */
        private static void redirectToThePage(FacesContext context, String location) {
            ExternalContext external = context.getExternalContext();
            if (external.isResponseCommitted()) {
                return;
            }
            external.responseReset();
            try {
                PartialRedirect.send((HttpServletResponse) external.getResponse(), external.getRequestContextPath() + location);
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
    }
}
