package app.banso.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ViewContextPruningFilterTest {

    @Test
    void theContextsOfViewsNoLongerActiveAreRemovedAndThoseOfActiveViewsKept() {
        Map<String, Object> contexts = new ConcurrentHashMap<>();
        for (int i = 0; i < 340; i++) {
            contexts.put("view-" + i, Map.of("inboxBean", "context " + i));
        }
        Map<String, Object> activeViewMaps = new LinkedHashMap<>();
        for (int i = 325; i < 340; i++) {
            activeViewMaps.put("view-" + i, Map.of());
        }

        assertEquals(325, ViewContextPruningFilter.removeStale(contexts, activeViewMaps));
        assertEquals(activeViewMaps.keySet(), contexts.keySet());
        assertEquals(0, ViewContextPruningFilter.removeStale(contexts, activeViewMaps), "nothing more to remove");
    }

    @Test
    void aContextWhoseViewMapIsActiveIsNeverRemoved() {
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("a", 1, "b", 2));
        assertEquals(0, ViewContextPruningFilter.removeStale(contexts, Map.of("a", Map.of(), "b", Map.of(), "c", Map.of())));
        assertEquals(Set.of("a", "b"), contexts.keySet());
    }
}
