package app.banso.web.support;

import app.banso.ejb.support.CaseView;
import app.banso.ejb.support.SupportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The support cases a coordinator may see (their own), or all for ADMIN. */
@Named
@RequestScoped
public class CasesBean {

    @Inject
    private SupportService support;

    private List<CaseView> cases;

    public List<CaseView> getCases() {
        if (cases == null) {
            cases = support.cases();
        }
        return cases;
    }
}
