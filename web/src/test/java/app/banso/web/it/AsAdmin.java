package app.banso.web.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Runs work in the container with the role ADMIN, as a signed-in user of that role would call
 * the boundaries (the principal is mapped in {@link Deployments#realWarWithRunAsCallers()}).
 * Test deployments only.
 */
@Stateless
@RunAs("ADMIN")
public class AsAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
