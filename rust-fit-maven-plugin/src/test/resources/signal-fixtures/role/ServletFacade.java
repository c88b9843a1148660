package fixtures.role;

import jakarta.servlet.http.HttpServlet;
import java.io.Closeable;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

/** An API facade: it implements the Servlet API's contract, reported once for the file. */
final class TimingFilter implements Filter { // expect: role.api-contracts

    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) {}
}

final class StatusServlet extends HttpServlet {}

final class Driver implements java.sql.Driver {}
