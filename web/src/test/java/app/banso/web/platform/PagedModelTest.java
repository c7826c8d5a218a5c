package app.banso.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedModelTest {

    private static final List<String> ALL = IntStream.range(0, 100).mapToObj(i -> "row-" + i + "-" + "x".repeat(200)).toList();

    private static PagedModel<String> model() {
        return new PagedModel<>(() -> ALL.size(), (first, size) -> ALL.subList(first, Math.min(ALL.size(), first + size)), s -> s);
    }

    private static byte[] serialised(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    @Test
    void theSessionsCopyLeavesOutThePageShownAndReadsItAgainWhereItIsRestored() throws Exception {
        PagedModel<String> empty = model();
        PagedModel<String> shown = model();
        List<String> page = shown.load(0, 25, Map.of(), Map.of());
        shown.setWrappedData(page);

        byte[] copy = serialised(shown);
        assertEquals(serialised(empty).length, copy.length, "the 25 rows shown (5 KB) are not in the copy");
        assertSame(page, shown.getWrappedData(), "the model in memory keeps its rows");

        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(copy))) {
            @SuppressWarnings("unchecked")
            PagedModel<String> restored = (PagedModel<String>) in.readObject();
            assertNull(restored.getWrappedData(), "no rows: a lazy table loads its page again");
            assertEquals(100, restored.count(Map.of()));
            List<String> again = restored.load(25, 25, Map.of(), Map.of());
            assertEquals(ALL.subList(25, 50), again);
            assertTrue(restored.getRowKey(again.getFirst()).startsWith("row-25-"));
        }
    }
}
