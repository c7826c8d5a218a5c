package app.banso.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NotInSessionTest {

    private static final String ANSWERS = "six motivation texts and the eligibility results";

    @Test
    void theValueShownIsUsedWithoutLoadingIt() {
        NotInSession<String> shown = new NotInSession<>();
        shown.set(ANSWERS);
        assertEquals(ANSWERS, shown.get(() -> "loaded"));
    }

    @Test
    void theSessionsCopyLeavesTheValueOutAndTheNodeThatReadsItBackLoadsItOnce() throws Exception {
        NotInSession<String> shown = new NotInSession<>();
        shown.set(ANSWERS);
        byte[] copy = serialise(shown);
        assertFalse(new String(copy, StandardCharsets.ISO_8859_1).contains(ANSWERS), "the answers are not in the session's copy");

        @SuppressWarnings("unchecked")
        NotInSession<String> readBack = (NotInSession<String>) new ObjectInputStream(new ByteArrayInputStream(copy)).readObject();
        AtomicInteger loads = new AtomicInteger();
        assertEquals("from the database", readBack.get(() -> { loads.incrementAndGet(); return "from the database"; }));
        assertEquals("from the database", readBack.get(() -> { loads.incrementAndGet(); return "again"; }));
        assertEquals(1, loads.get());
    }

    @Test
    void nothingShownStaysNothingWithoutALoad() {
        NotInSession<String> shown = new NotInSession<>();
        shown.set(null);
        assertNull(shown.get(() -> "loaded"));
    }

    private static byte[] serialise(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }
}
