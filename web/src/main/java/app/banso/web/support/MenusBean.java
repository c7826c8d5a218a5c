package app.banso.web.support;

import app.banso.domain.shared.BusinessException;
import app.banso.domain.support.MenuRequest;
import app.banso.ejb.support.MenuService;
import app.banso.web.platform.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** ADMIN: limited menus and the screening of requests for their places (SUPPORT-6). */
@Named
@ViewScoped
public class MenusBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MenuService menus;

    private List<MenuService.MenuView> list;
    private String nameJa;
    private String nameEn;
    private Integer places;

    @PostConstruct
    void load() {
        list = menus.menus();
    }

    public void define() {
        try {
            menus.define(nameJa, nameEn, places == null ? 0 : places);
            Messages.info("menu.defined");
            nameJa = null;
            nameEn = null;
            places = null;
            load();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void decide(long requestId, String decision) {
        try {
            menus.decide(requestId, MenuRequest.State.valueOf(decision));
            Messages.info("menu.decided");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        load();
    }

    public List<MenuService.MenuView> getList() { return list; }
    public String getNameJa() { return nameJa; }
    public void setNameJa(String v) { nameJa = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public Integer getPlaces() { return places; }
    public void setPlaces(Integer v) { places = v; }
}
