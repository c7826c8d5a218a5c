package app.banso.persistence.programme;

import app.banso.domain.programme.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProgrammeRepository {

    @PersistenceContext(unitName = "banso")
    private EntityManager em;

    public Optional<Programme> find(long id) {
        return Optional.ofNullable(em.find(Programme.class, id));
    }

    /**
     * Reads the programme and locks its row until the transaction ends ({@code SELECT ... FOR
     * UPDATE}): every use case that takes or frees a place (APPLY-4) goes through this lock, so
     * concurrent submissions for the last places are served one after the other.
     */
    public Programme lock(long id) {
        return em.find(Programme.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Programme> findByFiscalYear(int fiscalYear) {
        return em.createQuery("select p from Programme p where p.fiscalYear = :y", Programme.class)
                .setParameter("y", fiscalYear)
                .getResultStream().findFirst();
    }

    /**
     * The programme that is current on a day: the latest one whose intake has opened by then
     * (a programme stays current through its support period, until the next year opens).
     */
    public Optional<Programme> findCurrent(LocalDate today) {
        return em.createQuery("select p from Programme p where p.intakeOpens <= :today order by p.intakeOpens desc", Programme.class)
                .setParameter("today", today)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .or(() -> em.createQuery("select p from Programme p order by p.intakeOpens", Programme.class)
                        .setMaxResults(1).getResultStream().findFirst());
    }

    public List<Programme> all() {
        return em.createQuery("select p from Programme p order by p.fiscalYear desc", Programme.class).getResultList();
    }
}
