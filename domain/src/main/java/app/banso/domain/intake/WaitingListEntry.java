package app.banso.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * APPLY-4: a complete draft waiting for a place while the programme is full. Entries are served
 * in arrival order (joined at, then id); the draft cannot change while it waits.
 */
@Entity
@Table(name = "waiting_list_entry")
public class WaitingListEntry {

    public enum State { WAITING, PROMOTED, LEFT }

    @Id
    @SequenceGenerator(name = "waiting_list_entry_seq", sequenceName = "waiting_list_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waiting_list_entry_seq")
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Column(name = "application_id", nullable = false, unique = true)
    private Long applicationId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private State state;

    @Column(name = "left_at")
    private Instant leftAt;

    protected WaitingListEntry() {
        // for JPA
    }

    public WaitingListEntry(long programmeId, long applicationId, Instant now) {
        this.programmeId = programmeId;
        this.applicationId = applicationId;
        this.joinedAt = now;
        this.state = State.WAITING;
    }

    public void promote(Instant now) {
        state = State.PROMOTED;
        leftAt = now;
    }

    public void leave(Instant now) {
        state = State.LEFT;
        leftAt = now;
    }

    public boolean isWaiting() {
        return state == State.WAITING;
    }

    public Long getId() { return id; }
    public Long getProgrammeId() { return programmeId; }
    public Long getApplicationId() { return applicationId; }
    public Instant getJoinedAt() { return joinedAt; }
    public State getState() { return state; }
}
