package app.banso.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import jakarta.el.MethodNotFoundException;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cached method calls answer exactly as Jakarta EL's own resolver, and leave it what is not plain. */
class MethodCallResolverTest {

    enum Status { SUBMITTED, ADOPTED }

    public record Row(long id, Status status, LocalDate submittedOn) {
        public String initials(int letters) {
            return "ABCDEF".substring(0, letters);
        }

        public String joined(String... parts) {
            return String.join("+", parts);
        }

        public String failing() {
            throw new IllegalStateException("refused");
        }
    }

    private final MethodCallResolver resolver = new MethodCallResolver();
    private ELProcessor el;

    @BeforeEach
    void processorWithTheResolverAheadOfTheStandardOnes() {
        el = new ELProcessor();
        el.getELManager().addELResolver(resolver);
        el.defineBean("r", new Row(42, Status.ADOPTED, LocalDate.of(2026, 4, 1)));
        el.defineBean("s", Status.SUBMITTED);
    }

    @Test
    void callsRecordAccessorsEnumAndStringMethodsAsTheStandardResolverDoes() {
        assertEquals(Long.valueOf(42), el.eval("r.id()"));
        assertEquals("applicationStatus.ADOPTED", el.eval("'applicationStatus.'.concat(r.status().name())"));
        assertEquals("submitted", el.eval("s.name().toLowerCase()"));
        assertEquals(Integer.valueOf(2026), el.eval("r.submittedOn().getYear()"));
        assertNotNull(resolver.find(Row.class, "id", 0), "a record accessor is a plain method");
        assertNotNull(resolver.find(String.class, "concat", 1), "String.concat is not overloaded");
        assertNotNull(resolver.find(String.class, "toLowerCase", 0), "the only toLowerCase without arguments");
    }

    @Test
    void coercesArgumentsAsTheExpressionLanguageDoes() {
        assertEquals("ABC", el.eval("r.initials('3')"), "a text argument becomes the int parameter");
        assertEquals("AB", el.eval("r.initials(2.0)"));
    }

    @Test
    void findsEachMethodOnceAndKeepsIt() {
        assertSame(resolver.find(Row.class, "initials", 1), resolver.find(Row.class, "initials", 1));
    }

    @Test
    void leavesOverloadedVarargsAndMistakenCallsToTheStandardResolver() {
        assertNull(resolver.find(String.class, "indexOf", 1), "indexOf(int) and indexOf(String)");
        assertEquals(Integer.valueOf(1), el.eval("'abc'.indexOf('b')"), "the standard resolver still answers it");
        assertNull(resolver.find(Row.class, "joined", 1), "varargs");
        assertEquals("x+y", el.eval("r.joined('x', 'y')"));
        assertNull(resolver.find(Row.class, "initials", 2), "wrong number of arguments");
        assertThrows(MethodNotFoundException.class, () -> el.eval("r.noSuchMethod()"));
    }

    @Test
    void aFailingMethodSurfacesAsAnExpressionErrorWithItsCause() {
        ELException e = assertThrows(ELException.class, () -> el.eval("r.failing()"));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals("refused", e.getCause().getMessage());
    }
}
