package app.banso.domain.programme;

import app.banso.domain.shared.InvalidDataException;
import java.io.Serializable;

/** Who applicants contact about the programme (shown on the landing page and in e-mails). */
public record ProgrammeContact(String nameJa, String nameEn, String email, String phone) implements Serializable {

    public ProgrammeContact {
        if (nameJa == null || nameJa.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new InvalidDataException("contactName", "validation.required");
        }
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidDataException("contactEmail", "validation.email");
        }
        phone = phone == null || phone.isBlank() ? null : phone.strip();
    }
}
