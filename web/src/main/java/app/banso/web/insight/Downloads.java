package app.banso.web.insight;

import app.banso.domain.insight.ExportFormat;
import app.banso.domain.insight.ExportLabels;
import app.banso.web.platform.Messages;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.util.Callbacks;

/**
 * Exports as {@code p:fileDownload} content. The file is written straight into the response by
 * the EJB boundary while it reads its chunks (nothing is buffered here); the buttons are
 * non-ajax (PrimeFaces CSP mode needs no nonce for a plain form post) and watched by
 * {@code PrimeFaces.monitorDownload} for the progress indicator.
 */
public final class Downloads {

    private Downloads() {
    }

    public static StreamedContent of(String fileName, ExportFormat format, Callbacks.SerializableConsumer<OutputStream> writer) {
        return DefaultStreamedContent.builder().name(fileName).contentType(format.contentType()).writer(writer).build();
    }

    /** A format named by the page ("CSV", "XLSX"); anything else is refused. */
    public static ExportFormat format(String name) {
        return ExportFormat.valueOf(name);
    }

    /** The screen's bundle in the user's language, for headers and coded values. */
    public record Labels(Locale locale) implements ExportLabels, Serializable {

        @Override
        public String label(String key) {
            return Messages.text(locale, key);
        }

        @Override
        public String language() {
            return "en".equals(locale.getLanguage()) ? "en" : "ja";
        }
    }
}
