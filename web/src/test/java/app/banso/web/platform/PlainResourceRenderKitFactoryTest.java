package app.banso.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseStream;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.ResponseStateManager;
import java.io.OutputStream;
import java.io.Writer;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.omnifaces.renderer.CorsAwareResourceRenderer;

/** Scripts and stylesheets are rendered by Faces' own renderers, not through OmniFaces' crossorigin wrapper (issue 8). */
class PlainResourceRenderKitFactoryTest {

    static final String SCRIPT = "jakarta.faces.resource.Script";
    static final String STYLESHEET = "jakarta.faces.resource.Stylesheet";

    /** A render kit as OmniFaces hands it out: resource renderers wrapped, all others as they are. */
    static final class LibraryRenderKit extends RenderKit {
        final Map<String, Renderer<?>> renderers = new HashMap<>();

        @Override
        public void addRenderer(String family, String type, Renderer renderer) {
            renderers.put(family + "/" + type, renderer);
        }

        @Override
        public Renderer<?> getRenderer(String family, String type) {
            Renderer<?> r = renderers.get(family + "/" + type);
            return r != null && (SCRIPT.equals(type) || STYLESHEET.equals(type)) ? new CorsAwareResourceRenderer(r) : r;
        }

        @Override
        public ResponseStateManager getResponseStateManager() {
            return null;
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypes, String encoding) {
            return null;
        }

        @Override
        public ResponseStream createResponseStream(OutputStream out) {
            return null;
        }
    }

    static final class LibraryFactory extends RenderKitFactory {
        final RenderKit kit = new LibraryRenderKit();

        LibraryFactory() {
            super(null);
        }

        @Override
        public void addRenderKit(String id, RenderKit renderKit) {
        }

        @Override
        public RenderKit getRenderKit(FacesContext context, String id) {
            return RenderKitFactory.HTML_BASIC_RENDER_KIT.equals(id) ? kit : null;
        }

        @Override
        public Iterator<String> getRenderKitIds() {
            return List.of(RenderKitFactory.HTML_BASIC_RENDER_KIT).iterator();
        }
    }

    static final Renderer<?> FACES_SCRIPT = new Renderer<>() { };
    static final Renderer<?> FACES_STYLESHEET = new Renderer<>() { };
    static final Renderer<?> TEXT = new Renderer<>() { };

    final LibraryFactory library = new LibraryFactory();
    final RenderKitFactory factory = new PlainResourceRenderKitFactory(library);

    PlainResourceRenderKitFactoryTest() {
        library.kit.addRenderer("jakarta.faces.Output", SCRIPT, FACES_SCRIPT);
        library.kit.addRenderer("jakarta.faces.Output", STYLESHEET, FACES_STYLESHEET);
        library.kit.addRenderer("jakarta.faces.Output", "jakarta.faces.Text", TEXT);
    }

    @Test
    void scriptsAndStylesheetsGetFacesOwnRenderersWithoutTheCrossOriginWrapper() {
        RenderKit kit = factory.getRenderKit(null, RenderKitFactory.HTML_BASIC_RENDER_KIT);
        assertSame(FACES_SCRIPT, kit.getRenderer("jakarta.faces.Output", SCRIPT));
        assertSame(FACES_STYLESHEET, kit.getRenderer("jakarta.faces.Output", STYLESHEET));
    }

    @Test
    void otherRenderersAndRenderKitsAreLeftAsTheLibrariesGiveThem() {
        RenderKit kit = factory.getRenderKit(null, RenderKitFactory.HTML_BASIC_RENDER_KIT);
        assertSame(TEXT, kit.getRenderer("jakarta.faces.Output", "jakarta.faces.Text"));
        assertEquals(null, factory.getRenderKit(null, "unknown"));
        assertEquals(List.of(RenderKitFactory.HTML_BASIC_RENDER_KIT), iterate(factory.getRenderKitIds()));
    }

    private static List<String> iterate(Iterator<String> ids) {
        List<String> list = new java.util.ArrayList<>();
        ids.forEachRemaining(list::add);
        return list;
    }
}
