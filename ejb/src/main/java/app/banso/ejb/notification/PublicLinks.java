package app.banso.ejb.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Absolute links to pages of this application for e-mails, from {@code banso.public.url}. */
@ApplicationScoped
public class PublicLinks {

    @Inject
    @ConfigProperty(name = "banso.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** @param path from the context root, starting with "/" (or "" for the root itself) */
    public String url(String path) {
        return (publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl) + path;
    }

    /** The public address's host name (e.g. the domain part of a calendar event's UID). */
    public String host() {
        String host = java.net.URI.create(publicUrl.strip()).getHost();
        return host == null || host.isBlank() ? "localhost" : host;
    }
}
