-- TOTP secrets are sealed with the personal-data key (module privacy), like ID numbers and phones, so a
-- database backup alone cannot compute anyone's codes: room for the sealed form and the key version
-- (NULL while a row is still plain; the resealing job seals it).
ALTER TABLE user_second_factor MODIFY COLUMN secret VARCHAR(200) NOT NULL;
ALTER TABLE user_second_factor ADD COLUMN pii_key_version INT NULL;
