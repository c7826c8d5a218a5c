package app.banso.web.account;

import app.banso.domain.account.Role;
import app.banso.domain.shared.BusinessException;
import app.banso.ejb.account.AccountService;
import app.banso.ejb.account.AccountSummary;
import app.banso.web.platform.Messages;
import app.banso.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;

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
    @Size(max = 254)
    private String search;
    /** The search the table shows (the text field may have been typed in since). */
    private String searched;
    private Long roleAccountId;
    private String roleEmail;
    private Role newRole;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> accounts.accountCount(searched), (first, size) -> accounts.accounts(searched, first, size),
                AccountSummary::id);
    }

    /** Shows the accounts whose address or name contains the search text, from the first page. */
    public void find() {
        searched = search == null || search.isBlank() ? null : search.strip();
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("accounts:table") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** Disables the account (its sessions end on every node); refused for one's own or a coordinator with open cases. */
    public void disable(long id, String email) {
        try {
            Messages.info(accounts.disableAccount(id) ? "admin.users.disabledDone" : "admin.users.unchanged", email);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** The account whose role the dialog changes. */
    public void pickForRole(long id, String email, Role role) {
        roleAccountId = id;
        roleEmail = email;
        newRole = role;
    }

    /** Gives the picked member of staff the chosen role (their sessions end); refused as the EJB says. */
    public void changeRole() {
        try {
            if (roleAccountId == null) {
                return;
            }
            Messages.info(accounts.changeRole(roleAccountId, newRole) ? "admin.users.roleChanged" : "admin.users.unchanged",
                    roleEmail, Messages.text("role." + newRole.name()));
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void enable(long id, String email) {
        try {
            Messages.info(accounts.enableAccount(id) ? "admin.users.enabledDone" : "admin.users.unchanged", email);
        } catch (BusinessException e) {
            Messages.error(e);
        }
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
    public String getSearch() { return search; }
    public String getRoleEmail() { return roleEmail; }
    public Role getNewRole() { return newRole; }
    public void setNewRole(Role newRole) { this.newRole = newRole; }
    public void setSearch(String search) { this.search = search; }
    public void setLanguage(String language) { this.language = language; }
}
