package app.banso.domain.intake;

import app.banso.domain.shared.InvalidDataException;
import app.banso.domain.shared.RuleViolationException;
import app.banso.domain.shared.RuleId;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The company's own website (EX-3: a company without one is not eligible). Only absolute
 * http/https addresses with a host are accepted.
 */
@Embeddable
public class WebsiteUrl implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX = 500;

    @Column(name = "website_url", length = MAX)
    private String value;

    protected WebsiteUrl() {
        // for JPA
    }

    private WebsiteUrl(String value) {
        this.value = value;
    }

    /**
     * @throws RuleViolationException EX-3 when empty
     * @throws InvalidDataException when not an http(s) address
     */
    public static WebsiteUrl of(String input) {
        if (input == null || input.isBlank()) {
            throw new RuleViolationException(RuleId.EX_3, "rule.EX-3");
        }
        String trimmed = input.strip();
        if (trimmed.length() > MAX) {
            throw new InvalidDataException("websiteUrl", "validation.tooLong", MAX);
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !uri.getHost().contains(".")) {
                throw new InvalidDataException("websiteUrl", "websiteUrl.format");
            }
        } catch (URISyntaxException e) {
            throw new InvalidDataException("websiteUrl", "websiteUrl.format");
        }
        return new WebsiteUrl(trimmed);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WebsiteUrl other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
