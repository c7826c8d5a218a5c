package app.banso.web.platform;

import app.banso.persistence.platform.SqlStatementCounter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Benchmarks only ({@code banso.bench.count-sql=true}): logs how many SQL statements each page
 * request sent, as {@code BENCH-SQL <count> <method> <path> <ajax source>}; {@code bench/inbox.sh}
 * reads these lines. Does nothing, not even read the request, when counting is off.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class SqlCountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SqlCountFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SqlStatementCounter.enabled()) {
            chain.doFilter(request, response);
            return;
        }
        SqlStatementCounter.reset();
        try {
            chain.doFilter(request, response);
        } finally {
            String contentType = request.getContentType();
            String source = contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
                    ? request.getParameter("jakarta.faces.source") : null;
            LOG.info(() -> "BENCH-SQL " + SqlStatementCounter.count() + " " + request.getMethod() + " "
                    + request.getRequestURI() + " " + (source == null ? "-" : source));
        }
    }
}
