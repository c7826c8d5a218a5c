package app.banso.persistence.intake;

import app.banso.domain.intake.ConsentContent;
import app.banso.domain.intake.ConsentDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Consent forms: metadata and content are read separately, so lists never load the bytes. */
@ApplicationScoped
public class ConsentRepository {

    @PersistenceContext(unitName = "banso")
    private EntityManager em;

    public Optional<ConsentDocument> findDocument(long applicationId) {
        return em.createQuery("select d from ConsentDocument d where d.applicationId = :a", ConsentDocument.class)
                .setParameter("a", applicationId)
                .getResultStream().findFirst();
    }

    public Optional<ConsentContent> findContent(long applicationId) {
        return Optional.ofNullable(em.find(ConsentContent.class, applicationId));
    }

    public void add(ConsentDocument document, ConsentContent content) {
        em.persist(document);
        em.persist(content);
    }
}
