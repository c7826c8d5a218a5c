package app.banso.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Usability habits every view keeps: empty states on tables, progress on long actions, no inline styles. */
class ViewConventionsTest {

    private static Map<String, String> views() throws IOException {
        Map<String, String> views = new TreeMap<>();
        try (var files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                views.put(view.toString(), Files.readString(view).replaceAll("(?s)<!--.*?-->", ""));
            }
        }
        return views;
    }

    private static Set<String> tagsWithout(String tag, String attribute) throws IOException {
        Set<String> found = new TreeSet<>();
        Pattern start = Pattern.compile("<" + Pattern.quote(tag) + "\\b[^>]*>", Pattern.DOTALL);
        for (var view : views().entrySet()) {
            Matcher m = start.matcher(view.getValue());
            while (m.find()) {
                if (!m.group().contains(attribute)) {
                    found.add(view.getKey() + ": " + m.group().replaceAll("\\s+", " "));
                }
            }
        }
        return found;
    }

    @Test
    void everyTableSaysWhenItIsEmpty() throws IOException {
        assertEquals(Set.of(), tagsWithout("p:dataTable", "emptyMessage="));
    }

    /**
     * A table says whether it is lazy. Otherwise PrimeFaces reads its value once more, when it
     * first renders or decodes it, just to find out, and logs SEVERE when that read fails (a
     * boundary that refuses the caller's role, before the 403 page shows).
     */
    @Test
    void everyTableSaysWhetherItIsLazy() throws IOException {
        assertEquals(Set.of(), tagsWithout("p:dataTable", "lazy="));
    }

    /** A date is typed with the keyboard; the calendar opens from its button, never on focus (README Accessibility). */
    @Test
    void datePickersOpenTheirCalendarFromTheButtonOnly() throws IOException {
        assertEquals(Set.of(), tagsWithout("p:datePicker", "showOnFocus=\"false\""));
    }

    /** The breadcrumb's home link has text (axe: a link must have a discernible name). */
    @Test
    void everyBreadcrumbNamesItsHomeLink() throws IOException {
        assertEquals(Set.of(), tagsWithout("p:breadCrumb", "homeDisplay=\"text\""));
    }

    /** The template shows the progress of every ajax action; uploads show their own progress bar (advanced mode). */
    @Test
    void longActionsShowTheirProgress() throws IOException {
        assertTrue(views().get(Path.of("src/main/webapp/WEB-INF/templates/layout.xhtml").toString()).contains("<p:ajaxStatus"),
                "the layout's ajax status");
        assertEquals(Set.of(), tagsWithout("p:fileUpload", "mode=\"advanced\""), "uploads with a progress bar");
    }

    /** Styles live in banso.css (and the Content-Security-Policy allows no inline style attribute to change that). */
    @Test
    void viewsHaveNoInlineStyles() throws IOException {
        Set<String> found = new TreeSet<>();
        for (var view : views().entrySet()) {
            if (Pattern.compile("\\sstyle=\"").matcher(view.getValue()).find()) {
                found.add(view.getKey());
            }
        }
        assertEquals(Set.of(), found);
    }
}
