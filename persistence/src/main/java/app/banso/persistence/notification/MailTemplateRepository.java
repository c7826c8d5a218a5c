package app.banso.persistence.notification;

import app.banso.domain.notification.MailTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class MailTemplateRepository {

    @PersistenceContext(unitName = "banso")
    private EntityManager em;

    public Optional<MailTemplate> find(String key, String language) {
        return em.createQuery("select t from MailTemplate t where t.templateKey = :k and t.language = :l", MailTemplate.class)
                .setParameter("k", key).setParameter("l", language)
                .getResultStream().findFirst();
    }

    public void add(MailTemplate template) {
        em.persist(template);
    }

    public void remove(String key, String language) {
        em.createQuery("delete from MailTemplate t where t.templateKey = :k and t.language = :l")
                .setParameter("k", key).setParameter("l", language).executeUpdate();
    }
}
