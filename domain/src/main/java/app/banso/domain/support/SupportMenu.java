package app.banso.domain.support;

import app.banso.domain.shared.InvalidDataException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * SUPPORT-6: a menu with a limited number of places in a programme year (e.g. presentation support
 * at the online job fair, specialist consultations, retention seminars).
 */
@Entity
@Table(name = "support_menu")
public class SupportMenu {

    @Id
    @SequenceGenerator(name = "support_menu_seq", sequenceName = "support_menu_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_menu_seq")
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Column(name = "name_ja", nullable = false, length = 200)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "places", nullable = false)
    private int places;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SupportMenu() {
        // for JPA
    }

    public SupportMenu(long programmeId, String nameJa, String nameEn, int places) {
        if (nameJa == null || nameJa.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new InvalidDataException("menuName", "validation.required");
        }
        if (places < 1 || places > 10_000) {
            throw new InvalidDataException("places", "menu.placesInvalid");
        }
        this.programmeId = programmeId;
        this.nameJa = nameJa.strip();
        this.nameEn = nameEn.strip();
        this.places = places;
    }

    public Long getId() { return id; }
    public Long getProgrammeId() { return programmeId; }
    public String getNameJa() { return nameJa; }
    public String getNameEn() { return nameEn; }
    public int getPlaces() { return places; }
}
