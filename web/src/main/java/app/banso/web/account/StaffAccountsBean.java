package app.banso.web.account;

import app.banso.domain.account.Role;
import app.banso.domain.shared.BusinessException;
import app.banso.ejb.account.AccountService;
import app.banso.ejb.account.AccountSummary;
import app.banso.ejb.screening.ScreeningService;
import app.banso.ejb.support.SupportService;
import app.banso.web.platform.Messages;
import app.banso.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
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

    @Inject
    private ScreeningService screening;

    @Inject
    private SupportService support;

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
    /** The account whose role the dialog changes (null: none picked). */
    private AccountSummary roleAccount;
    private Role newRole;
    /** The account whose work the hand-over dialog gives to another (null: none picked). */
    private AccountSummary handOverFrom;
    @NotBlank
    private String handOverTo;
    @Size(max = 500)
    private String handOverReason;

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

    /**
     * Disables the account (its sessions end on every node); refused for one's own or a coordinator
     * with open cases. Applications still assigned to it are pointed out for a hand-over.
     */
    public void disable(AccountSummary account) {
        try {
            if (accounts.disableAccount(account.id())) {
                Messages.info("admin.users.disabledDone", account.email());
                pointOutApplicationsLeft(account);
            } else {
                Messages.info("admin.users.unchanged", account.email());
            }
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Screening staff who stop screening still hold their applications until ADMIN hands them over. */
    private static void pointOutApplicationsLeft(AccountSummary account) {
        if (!account.assignedCases() && account.assignedWork() > 0) {
            Messages.info("handOver.stillAssigned", account.email(), account.assignedWork());
        }
    }

    /** The account whose role the dialog changes. */
    public void pickForRole(AccountSummary account) {
        roleAccount = account;
        newRole = account.role();
    }

    /** Gives the picked member of staff the chosen role (their sessions end); refused as the EJB says. */
    public void changeRole() {
        try {
            if (roleAccount == null) {
                return;
            }
            if (!accounts.changeRole(roleAccount.id(), newRole)) {
                Messages.info("admin.users.unchanged", roleAccount.email());
                return;
            }
            Messages.info("admin.users.roleChanged", roleAccount.email(), Messages.text("role." + newRole.name()));
            if (newRole == Role.COORDINATOR) {
                pointOutApplicationsLeft(roleAccount);
            }
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** The account whose applications or cases the hand-over dialog gives to another. */
    public void pickForHandOver(AccountSummary account) {
        handOverFrom = account;
        handOverTo = null;
        handOverReason = null;
    }

    /**
     * Who the picked account's work can go to: screening staff for applications (SCREEN-1),
     * coordinators for cases (SUPPORT-8); only accounts that can sign in, never the account itself.
     */
    public List<SelectItem> getHandOverTargets() {
        if (handOverFrom == null) {
            return List.of();
        }
        List<SelectItem> targets = handOverFrom.assignedCases()
                ? support.coordinators().stream().map(c -> new SelectItem(c.email(), c.name() + " (" + c.email() + ")")).toList()
                : screening.screeners().stream().map(e -> new SelectItem(e, e)).toList();
        return targets.stream().filter(t -> !handOverFrom.email().equals(t.getValue())).toList();
    }

    /** Gives all of the picked account's applications awaiting a decision, or open cases, to the chosen account. */
    public void handOver() {
        if (handOverFrom == null) {
            return;
        }
        try {
            int handed = handOverFrom.assignedCases()
                    ? support.handOverCases(handOverFrom.email(), handOverTo, handOverReason == null || handOverReason.isBlank()
                            ? null : handOverReason.strip())
                    : screening.handOver(handOverFrom.email(), handOverTo);
            Messages.info(handOverFrom.assignedCases() ? "handOver.casesDone" : "handOver.applicationsDone", handed,
                    handOverFrom.email(), handOverTo);
            handOverFrom = null;
        } catch (BusinessException e) {
            Messages.error(e, Map.of("handOverTo", "handOverForm:handOverTo", "email", "handOverForm:handOverTo"));
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
    public String getRoleEmail() { return roleAccount == null ? null : roleAccount.email(); }
    public Role getNewRole() { return newRole; }
    public void setNewRole(Role newRole) { this.newRole = newRole; }
    public void setSearch(String search) { this.search = search; }
    public AccountSummary getHandOverFrom() { return handOverFrom; }
    public String getHandOverTo() { return handOverTo; }
    public void setHandOverTo(String handOverTo) { this.handOverTo = handOverTo; }
    public String getHandOverReason() { return handOverReason; }
    public void setHandOverReason(String handOverReason) { this.handOverReason = handOverReason; }
    public void setLanguage(String language) { this.language = language; }
}
