package app.banso.persistence.account;

import app.banso.domain.account.AccountStatus;
import app.banso.domain.account.Role;
import app.banso.domain.account.RetiredEmail;
import app.banso.domain.account.UserAccount;
import app.banso.persistence.platform.LikePattern;
import app.banso.persistence.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

@ApplicationScoped
public class UserAccountRepository {

    static final int REMEMBERED_IDS = 20_000;

    @PersistenceContext(unitName = "banso")
    private EntityManager em;

    /** See {@link #idOf}. */
    private final Map<String, Long> idsByEmail = new ConcurrentHashMap<>();

    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    /** @param normalisedEmail already trimmed and lower-cased */
    public Optional<UserAccount> findByEmail(String normalisedEmail) {
        return em.createQuery("select u from UserAccount u where u.email = :e", UserAccount.class)
                .setParameter("e", normalisedEmail)
                .getResultStream().findFirst();
    }

    /**
     * An account's id by its address, remembered on this node: an address names one account for
     * good (when an applicant moves to another address the old one stays that account's,
     * {@link RetiredEmail}, and no other account may take it) and an account is never deleted, so
     * once read the pair holds for good. Every call of an applicant's
     * form (each autosave) names its account by the signed-in address; this spares that call its
     * query (issue 8, bench/RESULTS.md, twentieth session). At most {@link #REMEMBERED_IDS} pairs;
     * past that the memory starts again.
     *
     * @param normalisedEmail already trimmed and lower-cased
     */
    public Optional<Long> idOf(String normalisedEmail) {
        Long known = idsByEmail.get(normalisedEmail);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Long> id = findByEmail(normalisedEmail).map(UserAccount::getId);
        id.ifPresent(v -> {
            if (idsByEmail.size() >= REMEMBERED_IDS) {
                idsByEmail.clear();
            }
            idsByEmail.put(normalisedEmail, v);
        });
        return id;
    }

    public Optional<UserAccount> findByVerificationTokenSha256(String sha256) {
        return em.createQuery("select u from UserAccount u where u.verificationTokenSha256 = :t", UserAccount.class)
                .setParameter("t", sha256)
                .getResultStream().findFirst();
    }

    public Optional<UserAccount> findByPasswordResetSha256(String sha256) {
        return em.createQuery("select u from UserAccount u where u.passwordResetSha256 = :t", UserAccount.class)
                .setParameter("t", sha256)
                .getResultStream().findFirst();
    }

    /** An address an account signed in with before it moved ({@link RetiredEmail}). */
    public Optional<RetiredEmail> retired(String normalisedEmail) {
        return Optional.ofNullable(em.find(RetiredEmail.class, normalisedEmail));
    }

    /** Whether another account than {@code accountId} has the address, now or before it moved (null: any account). */
    public boolean addressTaken(String normalisedEmail, Long accountId) {
        return findByEmail(normalisedEmail).filter(a -> !a.getId().equals(accountId)).isPresent()
                || retired(normalisedEmail).filter(r -> accountId == null || !r.mayBeTakenBy(accountId)).isPresent();
    }

    /** Keeps the address the account moved from as that account's for good (once: it may move back and away again). */
    public void retire(String normalisedEmail, long accountId, Instant now) {
        if (em.find(RetiredEmail.class, normalisedEmail) == null) {
            em.persist(new RetiredEmail(normalisedEmail, accountId, now));
        }
    }

    /** The account whose pending change of address has a link with this token's hash. */
    public Optional<UserAccount> findByEmailChangeSha256(String sha256) {
        return em.createQuery("select u from UserAccount u where u.emailChangeSha256 = :t", UserAccount.class)
                .setParameter("t", sha256)
                .getResultStream().findFirst();
    }

    public UserAccount add(UserAccount account) {
        em.persist(account);
        return account;
    }

    /**
     * Stamps the time of a successful sign-in with one UPDATE that leaves the account's version
     * alone: the same account signing in from two browsers at once must not fail either of them on
     * an optimistic lock (it did, with HTTP 500, under the applicant-flow benchmark). The later
     * stamp wins, which is what "last sign-in" means. Native SQL, because EclipseLink's JPQL bulk
     * UPDATE bumps the version, and a sign-in elsewhere must not make an edit of the account fail.
     */
    public void recordSignIn(long id, Instant at) {
        em.createNativeQuery("update user_account set last_sign_in_at = ? where id = ?")
                .setParameter(1, at.atOffset(ZoneOffset.UTC)).setParameter(2, id)
                .executeUpdate();
    }

    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    /**
     * How many accounts the ADMIN's list shows for a search (its address or name contains the
     * text, in any case; every account for a blank search).
     */
    public long count(String search) {
        if (search == null || search.isBlank()) {
            return count();
        }
        return em.createQuery("select count(u) from UserAccount u where " + SEARCH, Long.class)
                .setParameter("q", LikePattern.containing(search)).getSingleResult();
    }

    /** A page of the ADMIN's list for a search ({@link #count(String)}), by role and address. */
    public List<UserAccount> page(String search, PageRequest page) {
        if (search == null || search.isBlank()) {
            return page(page);
        }
        return em.createQuery("select u from UserAccount u where " + SEARCH + " order by u.role, u.email", UserAccount.class)
                .setParameter("q", LikePattern.containing(search)).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    /** The address, a former address ({@link RetiredEmail}, kept in lower case) or the name contains the text. */
    private static final String SEARCH = "(lower(u.email) like :q escape '\\' or lower(u.displayName) like :q escape '\\'"
            + " or u.id in (select r.accountId from RetiredEmail r where r.email like :q escape '\\'))";

    /**
     * The addresses each of these accounts signed in with before (oldest first), for the ADMIN's
     * list; an account that moved back to one does not list its current address. One query.
     */
    public Map<Long, List<String>> formerAddresses(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> former = new HashMap<>();
        for (Object[] row : em.createQuery("select r.accountId, r.email from RetiredEmail r, UserAccount u"
                        + " where r.accountId in :ids and u.id = r.accountId and u.email <> r.email order by r.retiredAt, r.email", Object[].class)
                .setParameter("ids", accountIds).getResultList()) {
            former.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return former;
    }

    /** An account whose sessions were ended, with the count it reached ({@code UserAccount.endedSession}). */
    public record SessionsEnded(long accountId, int generation) {
    }

    /** The accounts whose sessions were ended at or after {@code since} (every one ever for null). */
    public List<SessionsEnded> sessionsEndedSince(Instant since) {
        var q = since == null
                ? em.createQuery("select u.id, u.sessionGeneration from UserAccount u where u.sessionsEndedAt is not null", Object[].class)
                : em.createQuery("select u.id, u.sessionGeneration from UserAccount u where u.sessionsEndedAt >= :since", Object[].class)
                        .setParameter("since", since);
        return q.getResultList().stream().map(r -> new SessionsEnded(((Number) r[0]).longValue(), ((Number) r[1]).intValue())).toList();
    }

    /**
     * The accounts of these roles that can sign in, by e-mail address: the staff to choose from
     * (a query of its own: a page of all accounts would be mostly applicants).
     */
    public List<UserAccount> activeWithRoles(Collection<Role> roles) {
        return em.createQuery("select u from UserAccount u where u.role in :roles and u.status = :active order by u.email",
                        UserAccount.class)
                .setParameter("roles", roles).setParameter("active", AccountStatus.ACTIVE).getResultList();
    }

    public List<UserAccount> page(PageRequest page) {
        return em.createQuery("select u from UserAccount u order by u.role, u.email", UserAccount.class)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }
}
