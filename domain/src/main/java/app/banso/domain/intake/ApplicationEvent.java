package app.banso.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an application's timeline; written by the application's own transitions. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

    @Id
    @SequenceGenerator(name = "application_event_seq", sequenceName = "application_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 40)
    private ApplicationEventType type;

    @Column(name = "detail", length = 500)
    private String detail;

    protected ApplicationEvent() {
        // for JPA
    }

    ApplicationEvent(Application application, ApplicationEventType type, Instant occurredAt, String detail) {
        this.application = application;
        this.type = type;
        this.occurredAt = occurredAt;
        this.detail = detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public ApplicationEventType getType() { return type; }
    public String getDetail() { return detail; }
}
