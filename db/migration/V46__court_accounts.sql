-- Which court a COURT account speaks for: an entrustment must name that court, so one court's system cannot
-- send cases (or read answers) as another court. Set by administrators (PUT /api/admin/court-accounts/{username}).
CREATE TABLE court_account (
    username   VARCHAR(64)  NOT NULL PRIMARY KEY,
    court_code VARCHAR(32)  NOT NULL,
    court_name VARCHAR(100) NOT NULL,
    bound_by   VARCHAR(64)  NOT NULL,
    bound_at   DATETIME(3)  NOT NULL,
    CONSTRAINT fk_court_account_user FOREIGN KEY (username) REFERENCES app_user (username)
) DEFAULT CHARSET = utf8mb4;
