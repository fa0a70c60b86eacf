-- Leave can be ended early (the mediator is back) or called off before it begins; the row keeps who did it.
ALTER TABLE mediator_leave ADD COLUMN ended_by VARCHAR(64) NULL;
ALTER TABLE mediator_leave ADD COLUMN ended_at DATETIME(3) NULL;
