-- A password an administrator set (a new account, a reset) is changed by its user at first sign-in.
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
