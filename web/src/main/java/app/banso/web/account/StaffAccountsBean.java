package app.banso.web.account;

import app.banso.domain.account.Role;
import app.banso.domain.shared.BusinessException;
import app.banso.ejb.account.AccountService;
import app.banso.ejb.account.AccountSummary;
import app.banso.web.platform.Messages;
import app.banso.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** ADMIN: the list of accounts and the creation of staff accounts. */
@Named
@ViewScoped
public class StaffAccountsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private PagedModel<AccountSummary> model;

    @NotBlank @Size(max = 254)
    private String email;
    @NotBlank @Size(max = 100)
    private String displayName;
    @NotNull
    private Role role = Role.SCREENER;
    @NotBlank @Size(min = 10, max = 128)
    private String initialPassword;
    private String language = "ja";

    @PostConstruct
    void init() {
        model = new PagedModel<>(accounts::accountCount, accounts::accounts, AccountSummary::id);
    }

    public void create() {
        try {
            accounts.createStaffAccount(email, displayName, role, initialPassword.toCharArray(), language);
            Messages.info("admin.users.created", email);
            email = null;
            displayName = null;
            initialPassword = null;
        } catch (BusinessException e) {
            Messages.error(e, Map.of("email", "newStaff:email", "password", "newStaff:initialPassword",
                    "displayName", "newStaff:displayName", "role", "newStaff:role"));
        }
    }

    public List<Role> getStaffRoles() {
        return List.of(Role.SCREENER, Role.COORDINATOR, Role.ADMIN);
    }

    public PagedModel<AccountSummary> getModel() { return model; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
