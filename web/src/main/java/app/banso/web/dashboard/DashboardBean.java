package app.banso.web.dashboard;

import app.banso.domain.intake.ApplicationStatus;
import app.banso.ejb.dashboard.Dashboard;
import app.banso.ejb.dashboard.DashboardService;
import app.banso.ejb.platform.Roles;
import app.banso.web.platform.CurrentUser;
import app.banso.web.screening.InboxPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The staff dashboard: figures from {@link DashboardService}, each chart given to PrimeFaces'
 * Chart.js component as its configuration, and the same numbers as a table for screen readers
 * and keyboard users (every chart has one).
 */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /**
     * Looked up once: each static {@code Json.createXxx} call looks the JSON provider up again
     * through the ServiceLoader, which searched every jar of the application on each dashboard
     * request (about 15 % of its samples in a JFR profile of bench/dashboard.sh).
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** One bar of a chart, and one row of its table. */
    public record Bar(String label, long value, String link) implements Serializable {
    }

    /** A chart: its Chart.js configuration and its rows. */
    public record Chart(String id, String config, List<Bar> bars) implements Serializable {

        public long total() {
            return bars.stream().mapToLong(Bar::value).sum();
        }
    }

    @Inject private DashboardService service;
    @Inject private InboxPreferences inboxPreferences;
    /** Who asks (not Jakarta Security's SecurityContext: a view-scoped bean cannot keep it, SessionStateSerializableTest). */
    @Inject private CurrentUser currentUser;

    private Dashboard figures;
    private List<Chart> screeningCharts;
    private List<Chart> supportCharts;

    @PostConstruct
    void load() {
        figures = service.figures(inboxPreferences.filter(currentUser.hasRole(Roles.ADMIN),
                currentUser.getCallerName()));
        ResourceBundle msg = bundle();
        screeningCharts = new ArrayList<>();
        supportCharts = new ArrayList<>();
        if (figures.screening()) {
            List<Bar> funnel = new ArrayList<>();
            funnel.add(new Bar(msg.getString("applicationStatus.DRAFT"), figures.drafts(), null));
            figures.funnel().forEach((s, n) -> funnel.add(new Bar(msg.getString("applicationStatus." + s.name()), n, s.name())));
            screeningCharts.add(chart("funnel", funnel, true));
            screeningCharts.add(chart("prefecture", bars(figures.byPrefecture(), p -> msg.getString("prefecture." + p.name())), true));
            screeningCharts.add(chart("industry", bars(figures.byIndustry(),
                    i -> i.division() + " " + msg.getString("industry." + i.name())), true));
        }
        if (figures.support()) {
            supportCharts.add(chart("caseStatus", bars(figures.casesByStatus(), s -> msg.getString("caseStatus." + s.name())), false));
            supportCharts.add(chart("stage", bars(figures.activeCasesByStage(),
                    n -> n + ". " + msg.getString("case.stage." + n)), false));
            DateTimeFormatter month = DateTimeFormatter.ofPattern(japanese() ? "yyyy年M月" : "MMM yyyy", locale());
            supportCharts.add(chart("activities", bars(figures.activitiesPerMonth(), month::format), false));
            supportCharts.add(chart("terminations", bars(figures.terminations(),
                    r -> r.rule().code() + " " + msg.getString("term." + r.name())), false));
        }
    }

    private static <K> List<Bar> bars(Map<K, Long> counts, Function<K, String> label) {
        List<Bar> bars = new ArrayList<>();
        counts.forEach((k, n) -> bars.add(new Bar(label.apply(k), n, null)));
        return bars;
    }

    /** A bar chart's Chart.js configuration (horizontal for long category names). */
    private Chart chart(String id, List<Bar> bars, boolean horizontal) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder data = JSON.createArrayBuilder();
        bars.forEach(b -> {
            labels.add(b.label());
            data.add(b.value());
        });
        String title = bundle().getString("dashboard." + id);
        var config = JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("label", title).add("data", data).add("backgroundColor", "#1558a6")
                                .add("maxBarThickness", 32))))
                .add("options", JSON.createObjectBuilder()
                        .add("indexAxis", horizontal ? "y" : "x")
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("display", false)))
                        .add("scales", JSON.createObjectBuilder().add(horizontal ? "x" : "y",
                                JSON.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", JSON.createObjectBuilder().add("precision", 0)))))
                .build();
        return new Chart(id, config.toString(), bars);
    }

    /** The share of the capacity taken, 0-100, for the gauge. */
    public int getCapacityPercent() {
        return figures.capacity() == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * figures.counted() / figures.capacity()));
    }

    /** The median as text with one decimal, or a dash before the first notice. */
    public String getMedianDays() {
        Double median = figures.medianDaysToNotice();
        return median == null ? "–" : String.format(locale(), "%.1f", median);
    }

    public Dashboard getFigures() { return figures; }
    public List<Chart> getScreeningCharts() { return screeningCharts; }
    public List<Chart> getSupportCharts() { return supportCharts; }

    /** For the funnel's links: the inbox filtered by a status, keeping the other filters. */
    public String showInStatus(String status) {
        inboxPreferences.setStatus(ApplicationStatus.valueOf(status));
        return "/staff/inbox?faces-redirect=true";
    }

    private static ResourceBundle bundle() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg");
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static boolean japanese() {
        return "ja".equals(locale().getLanguage());
    }
}
