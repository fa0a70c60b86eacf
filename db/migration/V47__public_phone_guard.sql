-- One row per phone that has asked for a code, locked while a code request for that phone is judged: two requests
-- for one phone at the same moment are judged one after the other, so the per-phone limits count both.
CREATE TABLE public_phone_guard (
    phone_key CHAR(64) NOT NULL PRIMARY KEY
) DEFAULT CHARSET = utf8mb4;
