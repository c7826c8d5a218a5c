package app.banso.persistence.account;

import app.banso.domain.account.SignInFailure;
import app.banso.domain.account.SignInThrottle.Failures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Recent failed sign-ins, two indexed queries per key (indexed in V17). */
@ApplicationScoped
public class SignInFailureRepository {

    @PersistenceContext(unitName = "banso")
    private EntityManager em;

    public void add(SignInFailure failure) {
        em.persist(failure);
    }

    public Failures ofAccount(String accountKey, Instant since) {
        return failures("f.accountKey", accountKey, since);
    }

    public Failures ofAddress(String clientAddress, Instant since) {
        return failures("f.clientAddress", clientAddress, since);
    }

    /** A successful sign-in clears the account's count (not the address's). */
    public int clearAccount(String accountKey) {
        return em.createQuery("delete from SignInFailure f where f.accountKey = :k").setParameter("k", accountKey).executeUpdate();
    }

    /** Rows older than the window are no longer counted; the daily clean-up removes them. */
    public int deleteBefore(Instant before) {
        return em.createQuery("delete from SignInFailure f where f.failedAt < :t").setParameter("t", before).executeUpdate();
    }

    /** The count, then the latest time (read as the attribute: an aggregate max() would bypass its converter). */
    private Failures failures(String field, String key, Instant since) {
        String where = " from SignInFailure f where " + field + " = :k and f.failedAt >= :t";
        long count = em.createQuery("select count(f)" + where, Long.class).setParameter("k", key).setParameter("t", since)
                .getSingleResult();
        if (count == 0) {
            return Failures.NONE;
        }
        Instant last = em.createQuery("select f.failedAt" + where + " order by f.failedAt desc", Instant.class)
                .setParameter("k", key).setParameter("t", since).setMaxResults(1).getSingleResult();
        return new Failures(count, last);
    }
}
