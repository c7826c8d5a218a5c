-- Submitted applications per programme and status, kept by a trigger in the transaction that
-- changes an application: the PostgreSQL V33 explains why. H2's trigger is a Java class.
CREATE TABLE application_status_count (
    programme_id BIGINT      NOT NULL,
    status       VARCHAR(30) NOT NULL,
    n            BIGINT      NOT NULL,
    CONSTRAINT pk_application_status_count PRIMARY KEY (programme_id, status)
);

INSERT INTO application_status_count (programme_id, status, n)
SELECT programme_id, status, COUNT(*) FROM application WHERE status <> 'DRAFT' GROUP BY programme_id, status;

CREATE TRIGGER application_status_count AFTER INSERT, UPDATE, DELETE ON application
    FOR EACH ROW CALL 'app.banso.persistence.screening.StatusCountTrigger';
