package app.banso.web.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The integration tests deploy the real build output, not hand-picked classes. */
final class Deployments {

    private static final String PAYARA_WEB = "WEB-INF/payara-web.xml";

    /** The principal each test caller runs as (a demo user of that role). */
    private static final Map<String, String> RUN_AS_PRINCIPALS = Map.of(
            "ADMIN", "admin@example.jp",
            "SCREENER", "screener@example.jp",
            "COORDINATOR", "coordinator@example.jp",
            "APPLICANT", "applicant@example.jp");

    private Deployments() {
    }

    /**
     * Adds Apache POI, which the WAR no longer carries (it writes .xlsx itself), for the container
     * tests that read a downloaded Excel file: Maven copies POI and its dependencies from the
     * test classpath to {@code target/excel-reader} before the integration tests.
     */
    static WebArchive withExcelReader(WebArchive war) {
        File[] jars = new File(System.getProperty("it.excel-reader", "target/excel-reader")).listFiles((dir, name) -> name.endsWith(".jar"));
        if (jars == null || Arrays.stream(jars).noneMatch(j -> j.getName().startsWith("poi-ooxml-"))) {
            throw new IllegalStateException("Apache POI is missing from target/excel-reader (mvn verify copies it there)");
        }
        return war.addAsLibraries(jars);
    }

    static WebArchive realWar() {
        File war = new File(System.getProperty("it.war", "target/banso.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The real WAR plus the {@code @RunAs} callers of the test sources ({@link AsAdmin}, {@link AsScreener},
     * {@link AsCoordinator}, {@link AsApplicant}), so that container tests call the boundaries
     * with a role. Payara runs a {@code @RunAs} role only as a principal mapped to it, and the
     * app maps roles to groups alone: this deployment's copy of {@code payara-web.xml} also maps
     * each role to one demo user of that role. Nothing else differs from the real WAR.
     */
    static WebArchive realWarWithRunAsCallers() {
        WebArchive war = realWar();
        String xml;
        try (InputStream in = war.get(PAYARA_WEB).getAsset().openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (var e : RUN_AS_PRINCIPALS.entrySet()) {
            String role = "<role-name>" + e.getKey() + "</role-name>";
            if (!xml.contains(role)) {
                throw new IllegalStateException(PAYARA_WEB + " no longer maps " + e.getKey());
            }
            xml = xml.replace(role, role + "<principal-name>" + e.getValue() + "</principal-name>");
        }
        war.delete(PAYARA_WEB);
        war.addAsWebInfResource(new StringAsset(xml), "payara-web.xml");
        return war.addClasses(AsAdmin.class, AsScreener.class, AsCoordinator.class, AsApplicant.class);
    }
}
