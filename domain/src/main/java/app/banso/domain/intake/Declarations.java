package app.banso.domain.intake;

import app.banso.domain.shared.RuleId;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Step 5: the explicit consents. LAW-1..3 (compliance of the company, its officers and
 * employees), COOP-1..6 (duties of an adopted company) and the privacy notice (PRIV-1, PRIV-2).
 * All must be given to submit.
 */
@Embeddable
public class Declarations implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "d_law1", nullable = false) private boolean law1;
    @Column(name = "d_law2", nullable = false) private boolean law2;
    @Column(name = "d_law3", nullable = false) private boolean law3;
    @Column(name = "d_coop1", nullable = false) private boolean coop1;
    @Column(name = "d_coop2", nullable = false) private boolean coop2;
    @Column(name = "d_coop3", nullable = false) private boolean coop3;
    @Column(name = "d_coop4", nullable = false) private boolean coop4;
    @Column(name = "d_coop5", nullable = false) private boolean coop5;
    @Column(name = "d_coop6", nullable = false) private boolean coop6;
    @Column(name = "d_privacy", nullable = false) private boolean privacy;

    /** Equal when every answer is equal (an autosave that changes nothing writes nothing). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Declarations other && answers().equals(other.answers());
    }

    @Override
    public int hashCode() {
        return answers().hashCode();
    }

    private List<Object> answers() {
        return Arrays.asList(law1, law2, law3, coop1, coop2, coop3, coop4, coop5, coop6, privacy);
    }

    public Declarations copy() {
        Declarations d = new Declarations();
        d.law1 = law1; d.law2 = law2; d.law3 = law3; d.coop1 = coop1; d.coop2 = coop2; d.coop3 = coop3;
        d.coop4 = coop4; d.coop5 = coop5; d.coop6 = coop6; d.privacy = privacy;
        return d;
    }

    /** The rules whose declaration is still missing, in order. */
    public List<RuleId> missing() {
        List<RuleId> missing = new ArrayList<>();
        if (!law1) missing.add(RuleId.LAW_1);
        if (!law2) missing.add(RuleId.LAW_2);
        if (!law3) missing.add(RuleId.LAW_3);
        if (!coop1) missing.add(RuleId.COOP_1);
        if (!coop2) missing.add(RuleId.COOP_2);
        if (!coop3) missing.add(RuleId.COOP_3);
        if (!coop4) missing.add(RuleId.COOP_4);
        if (!coop5) missing.add(RuleId.COOP_5);
        if (!coop6) missing.add(RuleId.COOP_6);
        if (!privacy) missing.add(RuleId.PRIV_1);
        return missing;
    }

    public boolean isLaw1() { return law1; }
    public void setLaw1(boolean v) { law1 = v; }
    public boolean isLaw2() { return law2; }
    public void setLaw2(boolean v) { law2 = v; }
    public boolean isLaw3() { return law3; }
    public void setLaw3(boolean v) { law3 = v; }
    public boolean isCoop1() { return coop1; }
    public void setCoop1(boolean v) { coop1 = v; }
    public boolean isCoop2() { return coop2; }
    public void setCoop2(boolean v) { coop2 = v; }
    public boolean isCoop3() { return coop3; }
    public void setCoop3(boolean v) { coop3 = v; }
    public boolean isCoop4() { return coop4; }
    public void setCoop4(boolean v) { coop4 = v; }
    public boolean isCoop5() { return coop5; }
    public void setCoop5(boolean v) { coop5 = v; }
    public boolean isCoop6() { return coop6; }
    public void setCoop6(boolean v) { coop6 = v; }
    public boolean isPrivacy() { return privacy; }
    public void setPrivacy(boolean v) { privacy = v; }
}
