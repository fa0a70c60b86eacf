package org.mediationdesk.imports;

/** A column of the import template: its headers (Chinese, English) and the registration field it fills. */
enum ImportColumn {
    TYPE("纠纷类型", "Dispute type", "type"),
    SOURCE("来源", "Source", "source"),
    COUNTY("县（区）", "County", "countyCode"),
    TOWNSHIP("乡镇（街道）", "Township or street", "township"),
    VILLAGE("村（社区）", "Village or community", "village"),
    DESCRIPTION("纠纷描述", "Description", "description"),
    OCCURRED_ON("发生日期", "Occurred on (yyyy-mm-dd)", "occurredOn"),
    PEOPLE("涉及人数", "People involved", "peopleInvolved"),
    AMOUNT("争议金额（元）", "Amount in dispute (yuan)", "amountInDispute"),
    APPLICANT_NAME("申请人姓名", "Applicant name", "parties[0].name"),
    APPLICANT_KIND("申请人类别", "Applicant kind (个人/单位)", "parties[0].kind"),
    APPLICANT_ID("申请人证件号", "Applicant ID or credit code", "parties[0].idNumber"),
    APPLICANT_PHONE("申请人电话", "Applicant phone", "parties[0].phone"),
    RESPONDENT_NAME("被申请人姓名", "Respondent name", "parties[1].name"),
    RESPONDENT_KIND("被申请人类别", "Respondent kind (个人/单位)", "parties[1].kind"),
    RESPONDENT_ID("被申请人证件号", "Respondent ID or credit code", "parties[1].idNumber"),
    RESPONDENT_PHONE("被申请人电话", "Respondent phone", "parties[1].phone");

    final String zh;
    final String en;
    final String field;

    ImportColumn(String zh, String en, String field) {
        this.zh = zh;
        this.en = en;
        this.field = field;
    }

    /** The column a registration problem names; the list of parties as a whole is the applicant's name. */
    static ImportColumn ofField(String field) {
        if (field == null) {
            return null;
        }
        if (field.equals("parties")) {
            return APPLICANT_NAME;
        }
        for (ImportColumn column : values()) {
            if (column.field.equals(field)) {
                return column;
            }
        }
        return null;
    }
}
