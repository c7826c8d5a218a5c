package app.banso.web.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.util.Iterator;

/**
 * Renders script and stylesheet resources with Faces' own renderers, without the wrapper that
 * OmniFaces (here for its ajax exception handler only) puts around them.
 * <p>
 * That wrapper sets {@code crossorigin="anonymous"} on every script and stylesheet component as
 * the page renders. It is meant for resources served from a CDN; this application serves all of
 * its own. Because it sets the attribute after the view's initial state was marked, partial
 * state saving kept the changed pass-through attributes of every resource of every page: about
 * half a kilobyte each, several per page, in every page state of the session. A
 * {@code <distributable/>} application's session is copied after every request (issue 8,
 * bench/RESULTS.md), so this was paid on every request.
 * <p>
 * Registered in faces-config.xml; an application's own factory wraps those of its libraries, so
 * this one sees OmniFaces' render kit and hands out the renderers that it wraps.
 */
public class PlainResourceRenderKitFactory extends RenderKitFactory {

    static final String CORS_AWARE_RENDERER = "org.omnifaces.renderer.CorsAwareResourceRenderer";

    public PlainResourceRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : new PlainResourceRenderKit(kit);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    /** The render kit as it is, but a script or stylesheet renderer without OmniFaces' wrapper. */
    static final class PlainResourceRenderKit extends RenderKitWrapper {

        PlainResourceRenderKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public Renderer<?> getRenderer(String family, String rendererType) {
            return unwrapped(super.getRenderer(family, rendererType));
        }
    }

    static Renderer<?> unwrapped(Renderer<?> renderer) {
        Renderer<?> r = renderer;
        while (r instanceof RendererWrapper w && CORS_AWARE_RENDERER.equals(r.getClass().getName())) {
            r = w.getWrapped();
        }
        return r;
    }
}
