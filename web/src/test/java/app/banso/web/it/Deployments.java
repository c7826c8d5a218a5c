package app.banso.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The integration tests deploy the real build output, not hand-picked classes. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive realWar() {
        File war = new File(System.getProperty("it.war", "target/banso.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
