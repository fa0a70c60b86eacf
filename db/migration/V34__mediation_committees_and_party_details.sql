-- The people's mediation committee (人民调解委员会) behind each centre: the body that issues the
-- standard documents and seals the agreement. Several centres may share one (a police-station
-- sub-centre and the township's, the Linghu fishery centre and Linghu town's).
CREATE TABLE mediation_committee (
    code    VARCHAR(32)  NOT NULL PRIMARY KEY,
    name_zh VARCHAR(100) NOT NULL,
    name_en VARCHAR(200) NOT NULL
) DEFAULT CHARSET = utf8mb4;

INSERT INTO mediation_committee (code, name_zh, name_en)
SELECT c.code, CONCAT(r.name_zh, '人民调解委员会'), CONCAT(r.name_en, ' People''s Mediation Committee')
FROM centre c JOIN region r ON r.code = c.region_code
WHERE c.kind IN ('CITY', 'COUNTY');

INSERT INTO mediation_committee (code, name_zh, name_en)
SELECT c.code, CONCAT(county.name_zh, r.name_zh, '人民调解委员会'),
       CONCAT(county.name_en, ' ', r.name_en, ' People''s Mediation Committee')
FROM centre c JOIN region r ON r.code = c.region_code JOIN region county ON county.code = r.parent_code
WHERE c.kind = 'TOWNSHIP';

INSERT INTO mediation_committee (code, name_zh, name_en) VALUES
    ('DQ-WUSI-VILLAGE', '德清县阜溪街道五四村人民调解委员会', 'Deqing Fuxi Street Wusi Village People''s Mediation Committee');

ALTER TABLE centre ADD COLUMN committee_code VARCHAR(32) NULL;
ALTER TABLE centre ADD CONSTRAINT fk_centre_committee FOREIGN KEY (committee_code) REFERENCES mediation_committee (code);
UPDATE centre SET committee_code = code WHERE code IN (SELECT code FROM mediation_committee);
UPDATE centre SET committee_code = 'WX-FEIYING' WHERE code = 'WX-FEIYING-POLICE';
UPDATE centre SET committee_code = 'NX-LINGHU' WHERE code = 'NX-LINGHU-FISHERY';

-- What the standard forms ask of a party beyond name, ID number and phone. All optional: a party may
-- refuse to give them (details_refused says why). Address and agent_phone are personal data kept in
-- this row like id_number and phone, so that encrypting those columns can take these along.
ALTER TABLE case_party ADD COLUMN sex VARCHAR(8) NULL;
ALTER TABLE case_party ADD COLUMN ethnicity VARCHAR(20) NULL;
ALTER TABLE case_party ADD COLUMN birth_date DATE NULL;
ALTER TABLE case_party ADD COLUMN occupation VARCHAR(100) NULL;
ALTER TABLE case_party ADD COLUMN address VARCHAR(200) NULL;
ALTER TABLE case_party ADD COLUMN agent_name VARCHAR(100) NULL;
ALTER TABLE case_party ADD COLUMN agent_capacity VARCHAR(50) NULL;
ALTER TABLE case_party ADD COLUMN agent_phone VARCHAR(20) NULL;
ALTER TABLE case_party ADD COLUMN details_refused VARCHAR(200) NULL;

-- 履行方式: how the agreement will be performed (the deadline is performance_deadline).
ALTER TABLE case_agreement ADD COLUMN performance_method VARCHAR(500) NULL;
