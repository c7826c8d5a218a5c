package app.banso.web.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Jakarta Security: form sign-in on our own Faces page. A visitor who opens a protected page
 * is redirected to the sign-in page and, once signed in, back to where they were going.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/signin.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"APPLICANT", "SCREENER", "COORDINATOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfig {
}
