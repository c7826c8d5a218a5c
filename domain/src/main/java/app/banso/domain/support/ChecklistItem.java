package app.banso.domain.support;

import app.banso.domain.shared.InvalidDataException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** SUPPORT-5: one item of a stage's checklist, ticked when done. */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem {

    @Id
    @SequenceGenerator(name = "checklist_item_seq", sequenceName = "checklist_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_item_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "stage", nullable = false)
    private int stage;

    @Column(name = "text", nullable = false, length = 300)
    private String text;

    @Column(name = "done_at")
    private Instant doneAt;

    protected ChecklistItem() {
        // for JPA
    }

    public ChecklistItem(long caseId, int stage, String text) {
        if (stage < 1 || stage > SupportCase.STAGES) {
            throw new IllegalArgumentException("stage");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidDataException("checklistText", "validation.required");
        }
        this.caseId = caseId;
        this.stage = stage;
        this.text = text.strip().length() > 300 ? text.strip().substring(0, 300) : text.strip();
    }

    public void toggle(Instant now) {
        this.doneAt = doneAt == null ? now : null;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public int getStage() { return stage; }
    public String getText() { return text; }
    public Optional<Instant> getDoneAt() { return Optional.ofNullable(doneAt); }
}
