-- Submitted applications per programme and status, kept by a trigger in the transaction that
-- changes an application (issue 8, bench/inbox-scale.sh): the inbox's per-status counts are then
-- a few rows, read in constant time, instead of a count over every application's index entry
-- (10-15 ms at 82,000 submitted applications, growing with them). Drafts are not counted (the
-- inbox never shows them), so creating a draft touches no count. A trigger, not application code,
-- so that every way a row changes is counted: the use cases, the seed, a restore, SQL by hand.
-- H2 (the embedded database) has its own V33 with a Java trigger (StatusCountTrigger).
CREATE TABLE application_status_count (
    programme_id BIGINT      NOT NULL,
    status       VARCHAR(30) NOT NULL,
    n            BIGINT      NOT NULL,
    CONSTRAINT pk_application_status_count PRIMARY KEY (programme_id, status)
);

INSERT INTO application_status_count (programme_id, status, n)
SELECT programme_id, status, COUNT(*) FROM application WHERE status <> 'DRAFT' GROUP BY programme_id, status;

CREATE FUNCTION application_status_count_add(p BIGINT, s VARCHAR, d INTEGER) RETURNS void
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF s = 'DRAFT' THEN
        RETURN;
    END IF;
    INSERT INTO application_status_count AS c (programme_id, status, n) VALUES (p, s, d)
    ON CONFLICT (programme_id, status) DO UPDATE SET n = c.n + d;
END
$$;

CREATE FUNCTION application_status_count_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM application_status_count_add(NEW.programme_id, NEW.status, 1);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM application_status_count_add(OLD.programme_id, OLD.status, -1);
    ELSIF (OLD.programme_id, OLD.status) IS DISTINCT FROM (NEW.programme_id, NEW.status) THEN
        -- Both count rows in one order (programme, then status), so that two transactions that
        -- each move an application never wait for each other's rows crosswise.
        IF (OLD.programme_id, OLD.status) < (NEW.programme_id, NEW.status) THEN
            PERFORM application_status_count_add(OLD.programme_id, OLD.status, -1);
            PERFORM application_status_count_add(NEW.programme_id, NEW.status, 1);
        ELSE
            PERFORM application_status_count_add(NEW.programme_id, NEW.status, 1);
            PERFORM application_status_count_add(OLD.programme_id, OLD.status, -1);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER application_status_count AFTER INSERT OR DELETE OR UPDATE OF programme_id, status ON application
    FOR EACH ROW EXECUTE FUNCTION application_status_count_change();
