package app.banso.web.platform;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The public pages are transient (stateless) views, so that a visitor who is not signed in starts
 * no session by reading them: a crawler, a scanner's 404s, a crowd watching the remaining places
 * on the landing page on opening day. A form page keeps its state in the session, and PrimeFaces
 * keeps each response's CSP nonce in the page's view map, which Mojarra creates in the session.
 * The flag is set here, as the view is created, because PrimeFaces asks for the nonce before
 * the page's tags are applied ({@code <f:view transient>} in the layout would come too late for
 * a page built on a template). The only form on these pages is the header's (language links,
 * sign-out): its post builds the page again, as Faces does for any transient view, only with the
 * flag set before the page is built (Faces' own rebuild refuses a view that its tags did not
 * mark transient). {@code PlatformIT} checks that these pages set no cookie and that the
 * language links work on them.
 */
public class PublicPages extends ViewHandlerWrapper {

    /** The landing page, help, the e-mail address check and the error pages. */
    static final Set<String> VIEWS = Set.of("/index.xhtml", "/help.xhtml", "/verify.xhtml", "/error/403.xhtml",
            "/error/404.xhtml", "/error/500.xhtml", "/error/expired.xhtml");

    public PublicPages(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && VIEWS.contains(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        if (!VIEWS.contains(viewId)) {
            return super.restoreView(context, viewId);
        }
        ViewDeclarationLanguage vdl = getViewDeclarationLanguage(context, viewId);
        boolean processingEvents = context.isProcessingEvents();
        context.setProcessingEvents(true);
        try {
            UIViewRoot root = createView(context, viewId);
            context.setViewRoot(root);
            vdl.buildView(context, root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            context.setProcessingEvents(processingEvents);
        }
    }
}
