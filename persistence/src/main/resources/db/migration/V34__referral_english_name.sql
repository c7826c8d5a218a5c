-- SUPPORT-3: a referral keeps the service's name in both languages as it was when referred, so that
-- an English page (a foreign-owned company, an English-speaking coordinator) shows the English name.
ALTER TABLE referral ADD COLUMN service_name_en VARCHAR(200);
UPDATE referral SET service_name_en = (SELECT s.name_en FROM service_offering s WHERE s.id = referral.service_id);
UPDATE referral SET service_name_en = service_name WHERE service_name_en IS NULL;
ALTER TABLE referral ALTER COLUMN service_name_en SET NOT NULL;
