package app.banso.web.programme;

import app.banso.ejb.programme.ProgrammeHeading;
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
    private ProgrammeHeading heading;
    private boolean headingLoaded;

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

    /**
     * What the header and footer of every page show (name, contact): no places are counted for
     * it, and it is remembered for a minute, so a page pays no SQL for its frame. Empty only when
     * the database cannot be read; error pages still render then.
     */
    public ProgrammeHeading getHeading() {
        if (!headingLoaded) {
            headingLoaded = true;
            try {
                heading = programmes.heading().orElse(null);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Programme not available", e);
            }
        }
        return heading;
    }

    public String getProgrammeName() {
        ProgrammeHeading h = getHeading();
        if (h == null) {
            return "";
        }
        return locale.isJapanese() ? h.nameJa() : h.nameEn();
    }

    public String getContactName() {
        ProgrammeHeading h = getHeading();
        return h == null ? "" : locale.isJapanese() ? h.contactNameJa() : h.contactNameEn();
    }
}
