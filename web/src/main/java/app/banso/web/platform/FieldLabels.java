package app.banso.web.platform;

import jakarta.el.ValueExpression;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Named;
import java.util.List;

/**
 * Gives the input of a {@code b:field} its label while the view is built, not while it renders.
 *
 * <p>PrimeFaces' {@code p:outputLabel} copies its text to the input it labels (so that messages
 * name the field) when it renders, if the input has no label of its own. A change made after the
 * view was built is not part of the view's initial state, so Faces then saved every expression of
 * the input (value, disabled, label, ...) in the view state: about 2 KB per input, 20 KB per form
 * view, kept for each of the user's last 15 pages in the session, which a
 * {@code <distributable/>} application serialises after every request (bench/RESULTS.md,
 * "Session size"). Done here, on the field's message being added to the view (after the input),
 * the label is part of the initial state and nothing of the input is saved but what the user
 * changed.
 */
@Named
@ApplicationScoped
public class FieldLabels {

    /** {@code postAddToView} of the field's {@code p:message}: its {@code for} names the input. */
    public void attach(ComponentSystemEvent event) {
        UIComponent message = event.getComponent();
        String inputId = (String) message.getAttributes().get("for");
        UIComponent parent = message.getParent();
        if (inputId == null || parent == null) {
            return;
        }
        List<UIComponent> siblings = parent.getChildren();
        HtmlOutputLabel label = null;
        for (int i = siblings.indexOf(message) - 1; i >= 0 && label == null; i--) {
            if (siblings.get(i) instanceof HtmlOutputLabel l && inputId.equals(l.getFor())) {
                label = l;
            }
        }
        ValueExpression text = label == null ? null : label.getValueExpression("value");
        if (text != null && message.findComponent(inputId) instanceof UIInput input
                && input.getValueExpression("label") == null && input.getAttributes().get("label") == null) {
            input.setValueExpression("label", text);
        }
    }
}
