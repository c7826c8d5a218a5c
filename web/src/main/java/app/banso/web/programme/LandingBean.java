package app.banso.web.programme;

import app.banso.ejb.programme.ProgrammeOverview;
import app.banso.ejb.programme.ProgrammeService;
import app.banso.web.platform.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The current programme as shown in the header and on the landing page. */
@Named
@RequestScoped
public class LandingBean {

    private static final Logger LOG = Logger.getLogger(LandingBean.class.getName());

    @Inject
    private ProgrammeService programmes;

    @Inject
    private LocaleBean locale;

    private ProgrammeOverview overview;
    private boolean loaded;

    /** Empty only when the database cannot be read; error pages still render then. */
    public ProgrammeOverview getOverview() {
        if (!loaded) {
            loaded = true;
            try {
                overview = programmes.current();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Programme not available", e);
            }
        }
        return overview;
    }

    public String getProgrammeName() {
        ProgrammeOverview o = getOverview();
        if (o == null) {
            return "";
        }
        return locale.isJapanese() ? o.nameJa() : o.nameEn();
    }

    public String getContactName() {
        ProgrammeOverview o = getOverview();
        return o == null ? "" : locale.isJapanese() ? o.contactNameJa() : o.contactNameEn();
    }
}
