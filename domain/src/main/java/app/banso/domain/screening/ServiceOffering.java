package app.banso.domain.screening;

import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A JETRO or partner service in the catalogue that ADMIN maintains: SCREEN-4 points a company
 * that is not adopted to these; support referrals (SUPPORT-3) use them later. Serializable: the
 * catalogue page keeps the list in its view, which a cluster replicates with the session.
 */
@Entity
@Table(name = "service_offering")
public class ServiceOffering implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "service_offering_seq", sequenceName = "service_offering_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_offering_seq")
    private Long id;

    @Column(name = "name_ja", nullable = false, length = 200)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "provider", nullable = false, length = 200)
    private String provider;

    @Column(name = "url", length = 500)
    private String url;

    @Column(name = "paid", nullable = false)
    private boolean paid;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected ServiceOffering() {
        // for JPA
    }

    public ServiceOffering(String nameJa, String nameEn, String provider, String url, boolean paid) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.provider = provider;
        this.url = url;
        this.paid = paid;
        this.active = true;
    }

    /**
     * SCREEN-4, SUPPORT-3: the services asked for, each of them found and still offered. A
     * rejection or a referral must not point a company to a service that was retired or never
     * existed (a screen opened before the retirement still lists it).
     * @param asked the ids chosen (repeats count once)
     * @param found the services read for those ids
     * @throws RuleViolationException under {@code rule}, naming the first id not offered
     */
    public static List<ServiceOffering> offered(List<Long> asked, List<ServiceOffering> found, RuleId rule) {
        List<ServiceOffering> offered = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(asked)) {
            ServiceOffering s = found.stream().filter(f -> id.equals(f.getId())).findFirst()
                    .filter(ServiceOffering::isActive)
                    .orElseThrow(() -> new RuleViolationException(rule, "catalogue.notOffered", id));
            offered.add(s);
        }
        return offered;
    }

    public void retire() {
        this.active = false;
    }

    public Long getId() { return id; }
    public String getNameJa() { return nameJa; }
    public String getNameEn() { return nameEn; }
    public String getProvider() { return provider; }
    public String getUrl() { return url; }
    public boolean isPaid() { return paid; }
    public boolean isActive() { return active; }
}
