-- Working-day calendar: the days that differ from "Monday to Friday work, weekend off".
-- HOLIDAY = a day off (放假), whatever weekday it falls on; WORKDAY = a make-up working day (调休上班)
-- on a Saturday or Sunday. Any day without a row is a working day from Monday to Friday only.
-- `day` is a reserved word in H2: always write it in backticks (MySQL and H2's MySQL mode accept them).

CREATE TABLE calendar_day (
    `day`      DATE        NOT NULL PRIMARY KEY,
    kind       VARCHAR(16) NOT NULL,
    name_zh    VARCHAR(32) NOT NULL,
    name_en    VARCHAR(64) NULL,
    updated_by VARCHAR(64) NOT NULL,
    updated_at DATETIME(3) NOT NULL,
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
) DEFAULT CHARSET = utf8mb4;

-- 2026, from 国务院办公厅关于2026年部分节假日安排的通知 (General Office of the State Council,
-- 4 November 2025, published by Xinhua the same day). Every day off of each holiday period is listed,
-- weekend days included, so the calendar reads like the notice.
--
-- 2027 and later: NOT entered here. Once the State Council publishes the next year's notice (usually
-- in November), an administrator enters it with PUT /api/calendar/{date} (see docs/process.md).
-- Until then that year counts Monday to Friday as working days. Do not guess the dates.

INSERT INTO calendar_day (`day`, kind, name_zh, name_en, updated_by, updated_at) VALUES
    -- 元旦: 1月1日（周四）至3日（周六）放假调休，1月4日（周日）上班
    ('2026-01-01', 'HOLIDAY', '元旦', 'New Year''s Day', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-01-02', 'HOLIDAY', '元旦', 'New Year''s Day', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-01-03', 'HOLIDAY', '元旦', 'New Year''s Day', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-01-04', 'WORKDAY', '元旦调休上班', 'Make-up working day (New Year''s Day)', 'system', CURRENT_TIMESTAMP(3)),
    -- 春节: 2月15日（周日）至23日（周一）放假调休，2月14日（周六）、2月28日（周六）上班
    ('2026-02-14', 'WORKDAY', '春节调休上班', 'Make-up working day (Spring Festival)', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-02-15', 'HOLIDAY', '春节', 'Spring Festival', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-02-16', 'HOLIDAY', '春节', 'Spring Festival', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-02-17', 'HOLIDAY', '春节', 'Spring Festival', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-02-18', 'HOLIDAY', '春节', 'Spring Festival', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-02-19', 'HOLIDAY', '春节', 'Spring Festival', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-02-20', 'HOLIDAY', '春节', 'Spring Festival', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-02-21', 'HOLIDAY', '春节', 'Spring Festival', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-02-22', 'HOLIDAY', '春节', 'Spring Festival', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-02-23', 'HOLIDAY', '春节', 'Spring Festival', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-02-28', 'WORKDAY', '春节调休上班', 'Make-up working day (Spring Festival)', 'system', CURRENT_TIMESTAMP(3)),
    -- 清明节: 4月4日（周六）至6日（周一）放假
    ('2026-04-04', 'HOLIDAY', '清明节', 'Qingming Festival', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-04-05', 'HOLIDAY', '清明节', 'Qingming Festival', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-04-06', 'HOLIDAY', '清明节', 'Qingming Festival', 'system', CURRENT_TIMESTAMP(3)),
    -- 劳动节: 5月1日（周五）至5日（周二）放假调休，5月9日（周六）上班
    ('2026-05-01', 'HOLIDAY', '劳动节', 'Labour Day', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-05-02', 'HOLIDAY', '劳动节', 'Labour Day', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-05-03', 'HOLIDAY', '劳动节', 'Labour Day', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-05-04', 'HOLIDAY', '劳动节', 'Labour Day', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-05-05', 'HOLIDAY', '劳动节', 'Labour Day', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-05-09', 'WORKDAY', '劳动节调休上班', 'Make-up working day (Labour Day)', 'system', CURRENT_TIMESTAMP(3)),
    -- 端午节: 6月19日（周五）至21日（周日）放假
    ('2026-06-19', 'HOLIDAY', '端午节', 'Dragon Boat Festival', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-06-20', 'HOLIDAY', '端午节', 'Dragon Boat Festival', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-06-21', 'HOLIDAY', '端午节', 'Dragon Boat Festival', 'system', CURRENT_TIMESTAMP(3)),
    -- 中秋节: 9月25日（周五）至27日（周日）放假
    ('2026-09-25', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-09-26', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-09-27', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival', 'system', CURRENT_TIMESTAMP(3)),
    -- 国庆节: 10月1日（周四）至7日（周三）放假调休，9月20日（周日）、10月10日（周六）上班
    ('2026-09-20', 'WORKDAY', '国庆节调休上班', 'Make-up working day (National Day)', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-10-01', 'HOLIDAY', '国庆节', 'National Day', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-10-02', 'HOLIDAY', '国庆节', 'National Day', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-10-03', 'HOLIDAY', '国庆节', 'National Day', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-10-04', 'HOLIDAY', '国庆节', 'National Day', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-10-05', 'HOLIDAY', '国庆节', 'National Day', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-10-06', 'HOLIDAY', '国庆节', 'National Day', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-10-07', 'HOLIDAY', '国庆节', 'National Day', 'system', CURRENT_TIMESTAMP(3)),
    ('2026-10-10', 'WORKDAY', '国庆节调休上班', 'Make-up working day (National Day)', 'system', CURRENT_TIMESTAMP(3));
