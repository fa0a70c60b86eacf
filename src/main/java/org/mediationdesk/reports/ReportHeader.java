package org.mediationdesk.reports;

import java.time.LocalDate;

/**
 * The form fields of a return: 填报单位 (the centre whose report it is), 填报人 (the signed-in
 * manager's name) and 填报日期 (today in Asia/Shanghai); 审核人 and 负责人 are left to sign on paper.
 */
record ReportHeader(String unit, String preparer, LocalDate preparedOn) {
}
