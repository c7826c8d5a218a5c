package app.banso.web.account;

import app.banso.web.platform.Messages;
import jakarta.faces.context.FacesContext;

/** The "password (again)" field of the registration, reset and change forms. */
final class PasswordRepeat {

    private PasswordRepeat() {
    }

    /**
     * Whether the password was typed the same twice; if not, says so under the repeat field
     * ({@code formId:passwordRepeat}) and marks the request as failed validation.
     */
    static boolean matches(String password, String repeat, String formId) {
        if (password.equals(repeat)) {
            return true;
        }
        Messages.fieldError(formId + ":passwordRepeat", "password.mismatch");
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }
}
