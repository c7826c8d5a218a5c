package app.banso.web.screening;

import app.banso.domain.screening.ServiceOffering;
import app.banso.domain.shared.BusinessException;
import app.banso.ejb.screening.CatalogueService;
import app.banso.web.platform.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** ADMIN: the service catalogue. */
@Named
@ViewScoped
public class CatalogueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogueService catalogue;

    private List<ServiceOffering> services;
    @NotBlank @Size(max = 200) private String nameJa;
    @NotBlank @Size(max = 200) private String nameEn;
    @NotBlank @Size(max = 200) private String provider = "JETRO";
    @Size(max = 500) private String url;
    private boolean paid;

    @PostConstruct
    void load() {
        services = catalogue.active();
    }

    public void add() {
        try {
            catalogue.add(nameJa, nameEn, provider, url, paid);
            Messages.info("catalogue.added", nameJa);
            nameJa = null;
            nameEn = null;
            url = null;
            paid = false;
            load();
        } catch (BusinessException e) {
            Messages.error(e, Map.of("url", "newService:url", "nameJa", "newService:nameJa"));
        }
    }

    public void retire(ServiceOffering s) {
        catalogue.retire(s.getId());
        Messages.info("catalogue.retired", s.getNameJa());
        load();
    }

    public List<ServiceOffering> getServices() { return services; }
    public String getNameJa() { return nameJa; }
    public void setNameJa(String v) { nameJa = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public String getProvider() { return provider; }
    public void setProvider(String v) { provider = v; }
    public String getUrl() { return url; }
    public void setUrl(String v) { url = v; }
    public boolean isPaid() { return paid; }
    public void setPaid(boolean v) { paid = v; }
}
