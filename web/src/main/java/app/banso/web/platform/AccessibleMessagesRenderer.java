package app.banso.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages} without {@code role="alert"} on its list items: a {@code li}
 * with another role breaks the list for screen readers (axe-core rule "list", serious). The
 * container already announces new messages ({@code aria-live}). PrimeFaces fixed the same in a
 * later 15.0.x release (primefaces/primefaces#14864); drop this renderer when upgrading past it.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessages(FacesContext context, Messages uiMessages, String severity, List<FacesMessage> messages)
            throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(original) {
            private String element;

            @Override
            public void startElement(String name, UIComponent component) throws IOException {
                element = name;
                super.startElement(name, component);
            }

            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!("li".equals(element) && "role".equals(name))) {
                    super.writeAttribute(name, value, property);
                }
            }
        });
        try {
            super.encodeMessages(context, uiMessages, severity, messages);
        } finally {
            context.setResponseWriter(original);
        }
    }
}
