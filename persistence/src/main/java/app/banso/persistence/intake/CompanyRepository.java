package app.banso.persistence.intake;

import app.banso.domain.intake.Company;
import app.banso.domain.intake.CorporateNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class CompanyRepository {

    @PersistenceContext(unitName = "banso")
    private EntityManager em;

    public Optional<Company> find(long id) {
        return Optional.ofNullable(em.find(Company.class, id));
    }

    public Optional<Company> findByCorporateNumber(CorporateNumber number) {
        return em.createQuery("select c from Company c where c.corporateNumber = :n", Company.class)
                .setParameter("n", number)
                .getResultStream().findFirst();
    }

    public Company add(Company company) {
        em.persist(company);
        return company;
    }
}
