package app.banso.ejb.audit;

import jakarta.enterprise.context.RequestScoped;

/** The client address of the current HTTP request, filled in by the web layer for the audit log. */
@RequestScoped
public class RequestOrigin {

    private String clientAddress;

    public String clientAddress() {
        return clientAddress;
    }

    public void clientAddress(String address) {
        this.clientAddress = address;
    }
}
