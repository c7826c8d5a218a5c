package app.banso.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.web.platform.ErrorPageExceptionHandlerFactory.ErrorPages;
import jakarta.ejb.EJBAccessException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An exception during an ajax request is answered with the page web.xml names for it, as a full request is. */
class ErrorPagesTest {

    private static ErrorPages applicationPages() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("src/main/webapp/WEB-INF/web.xml"))) {
            return ErrorPages.read(in);
        }
    }

    @Test
    void anExpiredViewShowsTheExpiredPageAndARefusalTheForbiddenPage() throws Exception {
        ErrorPages pages = applicationPages();
        assertEquals("/error/expired.xhtml", pages.locationFor(new ViewExpiredException("gone", "/applicant/form.xhtml")));
        assertEquals("/error/403.xhtml", pages.locationFor(new ProtectedViewException("no token")));
        assertEquals("/error/403.xhtml", pages.locationFor(new EJBAccessException("role")));
    }

    @Test
    void aFaultOfAnyOtherTypeShowsTheServerErrorPage() throws Exception {
        assertEquals("/error/500.xhtml", applicationPages().locationFor(new IllegalStateException("bug")));
    }

    @Test
    void theNearestDeclaredTypeWinsAndWithoutATypeTheStatus500Page() {
        ErrorPages pages = new ErrorPages(Map.of("java.lang.RuntimeException", "/runtime.xhtml",
                "java.lang.IllegalArgumentException", "/argument.xhtml"), Map.of(500, "/500.xhtml"));
        assertEquals("/argument.xhtml", pages.locationFor(new NumberFormatException()));
        assertEquals("/runtime.xhtml", pages.locationFor(new IllegalStateException()));
        assertEquals("/500.xhtml", pages.locationFor(new Exception()));
        assertNull(new ErrorPages(Map.of(), Map.of()).locationFor(new Exception()), "no page: left to Faces");
    }

    @Test
    void anActionsExceptionIsMatchedInsideTheWrappersOfFacesAndEl() {
        EJBAccessException refused = new EJBAccessException("role");
        assertSame(refused, ErrorPageExceptionHandlerFactory.unwrap(new FacesException(new ELException(refused))));
        ViewExpiredException expired = new ViewExpiredException("gone", "/x.xhtml");
        assertSame(expired, ErrorPageExceptionHandlerFactory.unwrap(expired), "a subtype of FacesException is the exception itself");
    }

    @Test
    void aFullRequestThatLostARaceGetsTheConflictPageFromFacesAndEveryOtherFullRequestTheContainersPage() {
        String conflict = ErrorPageExceptionHandlerFactory.CONFLICT_PAGE;
        assertTrue(ErrorPageExceptionHandlerFactory.rendersInPlace(false, conflict), "an applicant's non-ajax submission that lost a race");
        assertTrue(ErrorPageExceptionHandlerFactory.rendersInPlace(true, conflict));
        assertFalse(ErrorPageExceptionHandlerFactory.rendersInPlace(false, "/error/500.xhtml"), "the container shows its own pages to full requests");
        assertFalse(ErrorPageExceptionHandlerFactory.rendersInPlace(false, "/error/expired.xhtml"));
        assertTrue(ErrorPageExceptionHandlerFactory.rendersInPlace(true, "/error/500.xhtml"), "an ajax request gets every page from Faces");
        assertFalse(ErrorPageExceptionHandlerFactory.rendersInPlace(true, null), "no page: left to Faces");
    }

    @Test
    void aSaveThatLostARaceWithAnotherUsersSaveShowsTheConflictPageWhateverWrapsIt() throws Exception {
        ErrorPages pages = applicationPages();
        // As the EJB container reports a commit whose row version had moved on.
        var stale = new jakarta.ejb.EJBException(new RuntimeException("rolled back",
                new jakarta.persistence.OptimisticLockException("version 3 is not 2")));
        assertEquals(ErrorPageExceptionHandlerFactory.CONFLICT_PAGE, pages.locationFor(stale));
        // A unique key another transaction had just taken (PostgreSQL and H2: SQLSTATE 23505), inside the provider's exception.
        var taken = new jakarta.persistence.PersistenceException(new java.sql.SQLException("duplicate key", "23505"));
        assertEquals(ErrorPageExceptionHandlerFactory.CONFLICT_PAGE, pages.locationFor(taken));
        var chained = new java.sql.SQLException("batch failed", "XX000");
        chained.setNextException(new java.sql.SQLException("could not serialize access", "40001"));
        assertEquals(ErrorPageExceptionHandlerFactory.CONFLICT_PAGE, pages.locationFor(new jakarta.ejb.EJBException(chained)));
        assertTrue(ConcurrentChange.in(new jakarta.persistence.OptimisticLockException()));
        // Other database failures are faults.
        assertEquals("/error/500.xhtml", pages.locationFor(new jakarta.persistence.PersistenceException(
                new java.sql.SQLException("value too long", "22001"))));
        assertFalse(ConcurrentChange.in(new IllegalStateException("bug")));
        RuntimeException loop = new RuntimeException("self");
        loop.initCause(new RuntimeException("cause", loop) {
        });
        assertFalse(ConcurrentChange.in(loop), "a cause chain that loops ends");
    }

    @Test
    void aWebXmlWithADoctypeIsRefusedNotResolved() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE web-app [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><web-app>&x;</web-app>";
        assertThrows(FacesException.class,
                () -> ErrorPages.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    }
}
