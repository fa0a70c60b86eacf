package org.mediationdesk.documents;

/**
 * The built-in templates, after the Ministry of Justice's 人民调解文书格式: one .docx per kind, laid out
 * by {@link FormLayout} with poi-tl placeholders that {@link DocumentModel} fills. A centre replaces one
 * by putting its own .docx in the template folder (see docs/process.md, "Templates and placeholders").
 */
final class StandardTemplates {

    private static final String SIGN = "____________";
    private static final String PARTY_SIGNS = "{{role}} {{name}}（签名、盖章或按指印）：" + SIGN;
    private static final String[] PARTY_HEADERS = {"当事人", "性别、民族", "出生日期（年龄）", "职业或工作单位", "住所",
            "身份证号码、联系电话", "法定代理人或委托代理人"};
    private static final String[] PARTY_FIELDS = {"roleAndName", "sexAndEthnicity", "birth", "occupation", "address",
            "idAndPhone", "agent"};
    private static final String[] PARTY_WIDTHS = {"13%", "10%", "14%", "15%", "18%", "16%", "14%"};

    private StandardTemplates() {
    }

    static byte[] of(DocumentKind kind, String bodyFont, String titleFont) {
        FormLayout form = new FormLayout(bodyFont, titleFont);
        switch (kind) {
            case APPLICATION -> application(form);
            case ACCEPTANCE_FORM -> acceptance(form);
            case SESSION_RECORD -> session(form);
            case INVESTIGATION_RECORD -> investigation(form);
            case NON_ACCEPTANCE_NOTICE -> nonAcceptance(form);
            case TERMINATION_NOTICE -> termination(form);
            case ORAL_AGREEMENT_REGISTRATION -> oralAgreement(form);
            case FOLLOW_UP_RECORD -> followUp(form);
            case AGREEMENT -> agreement(form);
        }
        return form.bytes();
    }

    private static void application(FormLayout form) {
        form.title(DocumentKind.APPLICATION.title()).right("编号：{{caseNumber}}")
                .rows("parties", PARTY_HEADERS, PARTY_FIELDS, PARTY_WIDTHS)
                .heading("纠纷简要情况").lines("descriptionLines")
                .heading("申请事项").text("请求{{committee}}依法予以调解。")
                .line("此致").line("{{committee}}")
                .repeated("applicants", () -> form.signature(PARTY_SIGNS))
                .right("{{registeredOn}}");
    }

    private static void acceptance(FormLayout form) {
        form.committee().title(DocumentKind.ACCEPTANCE_FORM.title()).right("编号：{{caseNumber}}")
                .fields(new String[][] {
                        {"受理日期", "{{acceptedOn}}", "纠纷来源", "{{source}}"},
                        {"纠纷类型", "{{type}}", "发生日期", "{{occurredOn}}"},
                        {"纠纷发生地", "{{place}}"},
                        {"当事人", "{{partySummaries}}"},
                        {"纠纷简要情况", "{{description}}"},
                        {"受理调解组织", "{{committee}}"},
                        {"承办单位", "{{centre}}"},
                        {"调解员", "{{mediator}}", "登记人", "{{registeredBy}}"},
                        {"登记日期", "{{registeredOn}}", "涉及人数", "{{peopleInvolved}}"}});
    }

    private static void session(FormLayout form) {
        form.committee().title(DocumentKind.SESSION_RECORD.title()).right("编号：{{caseNumber}}　第{{sessionNo}}次")
                .fields(new String[][] {
                        {"时间", "{{heldAt}}", "地点", "{{sessionPlace}}"},
                        {"当事人", "{{partyNames}}"},
                        {"参加人员", "{{attendees}}"},
                        {"调解员", "{{sessionMediator}}", "记录人", "{{recorder}}"}})
                .heading("调解情况").lines("summary")
                .heading("下一步安排").lines("nextSteps")
                .text("以上记录经当事人阅看（或向其宣读），确认无误。")
                .repeated("signers", () -> form.signature(PARTY_SIGNS))
                .signature("人民调解员（签名）：" + SIGN + "　　记录人（签名）：" + SIGN);
    }

    private static void investigation(FormLayout form) {
        form.committee().title(DocumentKind.INVESTIGATION_RECORD.title()).right("编号：{{caseNumber}}")
                .fields(new String[][] {
                        {"纠纷当事人", "{{partyNames}}"},
                        {"纠纷类型", "{{type}}", "调查人", "{{mediator}}"},
                        {"调查时间", "　　年　　月　　日", "调查地点", ""},
                        {"被调查人", "", "记录人", ""}})
                .handwritten("调查事项", "", 2)
                .handwritten("调查内容", "", 14)
                .text("以上记录经被调查人阅看（或向其宣读），确认无误。")
                .signature("被调查人（签名、盖章或按指印）：" + SIGN)
                .signature("调查人（签名）：" + SIGN + "　　记录人（签名）：" + SIGN);
    }

    private static void nonAcceptance(FormLayout form) {
        form.committee().title(DocumentKind.NON_ACCEPTANCE_NOTICE.title()).right("编号：{{caseNumber}}")
                .line("{{applicantNames}}：")
                .text("你（们）于{{registeredOn}}申请调解的与{{respondentNames}}之间的{{type}}纠纷，经审查，"
                        + "{{declineReason}}。根据《中华人民共和国人民调解法》的规定，本委员会决定不予受理。")
                .text("特此告知。")
                .sealLine("{{committee}}（盖章）").keepWithNext().right("{{declinedOn}}");
    }

    private static void termination(FormLayout form) {
        form.committee().title(DocumentKind.TERMINATION_NOTICE.title()).right("编号：{{caseNumber}}")
                .line("{{partyNames}}：")
                .text("本委员会于{{acceptedOn}}受理的你们之间的{{type}}纠纷，经调解，{{terminationReason}}。"
                        + "本委员会决定终止调解。")
                .text("根据《中华人民共和国人民调解法》第二十六条，当事人可以依法通过仲裁、行政、司法等途径维护自己的权利。")
                .text("特此告知。")
                .sealLine("{{committee}}（盖章）").keepWithNext().right("{{terminatedOn}}");
    }

    private static void oralAgreement(FormLayout form) {
        form.committee().title(DocumentKind.ORAL_AGREEMENT_REGISTRATION.title()).right("编号：{{caseNumber}}")
                .fields(new String[][] {
                        {"调解日期", "{{effectiveOn}}", "纠纷类型", "{{type}}"},
                        {"当事人", "{{partySummaries}}"},
                        {"纠纷简要情况", "{{description}}"}})
                .heading("协议内容").lines("terms").lines("amountLines")
                .heading("履行方式、时限").lines("performance")
                .repeated("signers", () -> form.signature(PARTY_SIGNS).keepWithNext())
                .signature("人民调解员（签名）：{{mediator}}　　记录人（签名）：" + SIGN).keepWithNext()
                .sealLine("{{committee}}（盖章）").keepWithNext().right("{{effectiveOn}}");
    }

    private static void followUp(FormLayout form) {
        form.committee().title(DocumentKind.FOLLOW_UP_RECORD.title()).right("编号：{{caseNumber}}")
                .fields(new String[][] {
                        {"回访时间", "{{followedUpOn}}", "回访人", "{{followedUpBy}}"},
                        {"被回访人", "{{partyNames}}"},
                        {"协议履行期限", "{{performanceDeadline}}", "履行情况", "{{performed}}"},
                        {"申请人满意度", "{{applicantSatisfaction}}", "被申请人满意度", "{{respondentSatisfaction}}"}})
                .heading("回访情况").lines("followUpNotes")
                .signature("回访人（签名）：" + SIGN + "　　被回访人（签名、盖章或按指印）：" + SIGN);
    }

    /** From the last term on, every paragraph keeps with the next, so the signatures never stand alone on a page. */
    private static void agreement(FormLayout form) {
        form.committee().title(DocumentKind.AGREEMENT.title()).right("编号：{{caseNumber}}")
                .rows("parties", PARTY_HEADERS, PARTY_FIELDS, PARTY_WIDTHS)
                .heading("纠纷主要事实、争议事项").lines("descriptionLines")
                .heading("经调解，各方当事人自愿达成如下协议：").lines("earlierTerms").lines("lastTerm", true)
                .lines("amountLines", true)
                .heading("履行方式、时限").lines("performance", true)
                .text("{{copiesNote}}").keepWithNext()
                .text("{{effectNote}}").keepWithNext()
                .repeated("signers", () -> form.signature(PARTY_SIGNS).keepWithNext())
                .signature("人民调解员（签名）：" + SIGN).keepWithNext()
                .signature("记录人（签名）：" + SIGN).keepWithNext()
                .sealLine("{{committee}}（盖章）").keepWithNext().right("{{effectiveOn}}");
    }
}
