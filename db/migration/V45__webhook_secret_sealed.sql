-- The event feed's signing secrets are sealed with the personal-data key like second-factor secrets, so a database
-- backup alone cannot sign events as MediationDesk: room for the sealed form and the key version (NULL while a row
-- is still plain; the resealing job seals it).
ALTER TABLE webhook_subscription MODIFY COLUMN secret VARCHAR(200) NOT NULL;
ALTER TABLE webhook_subscription ADD COLUMN pii_key_version INT NULL;
