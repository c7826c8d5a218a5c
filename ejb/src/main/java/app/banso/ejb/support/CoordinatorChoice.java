package app.banso.ejb.support;

import java.io.Serializable;

/** A coordinator as ADMIN's assignment menu offers them (SUPPORT-8). */
public record CoordinatorChoice(String email, String name) implements Serializable {
}
