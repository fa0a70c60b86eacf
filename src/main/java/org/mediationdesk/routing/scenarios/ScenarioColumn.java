package org.mediationdesk.routing.scenarios;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The columns of a scenario table. A header cell names a column by its English key, its Chinese
 * name, or both ("场景 scenario"); columns may come in any order and any of them may be left out.
 * The {@code expected} columns are checked only where a row fills them in.
 */
public enum ScenarioColumn {
    SCENARIO("scenario", "场景", false),
    TYPE("type", "纠纷类型", false),
    SOURCE("source", "来源", false),
    COUNTY("countyCode", "县区", false),
    TOWNSHIP("township", "乡镇街道", false),
    PEOPLE("people", "人数", false),
    AMOUNT("amount", "争议金额", false),
    DESCRIPTION("description", "描述", false),
    INDICATORS("indicators", "风险迹象", false),
    COURT_STAGE("courtStage", "诉讼阶段", false),
    EARLIER_OF_A_PARTY("earlierOfAParty", "当事人一年内纠纷数", false),
    EARLIER_BETWEEN_PARTIES("earlierBetweenParties", "双方一年内纠纷数", false),
    PARTY_AGES("partyAges", "当事人年龄", false),
    PARTY_VULNERABILITIES("partyVulnerabilities", "当事人弱势情形", false),
    EXCLUDED_CENTRES("excludedCentres", "已退回的中心", false),
    RISK("risk", "预期风险等级", true),
    FLAGS("flags", "预期风险标记", true),
    CENTRE("centre", "预期调处中心", true),
    AGENCIES("agencies", "预期联合调处部门", true),
    ACCEPTANCE("acceptance", "预期受理时限", true),
    MEDIATION("mediation", "预期调结时限", true),
    COURT_LIMIT("courtLimit", "预期法院期限", true);

    private final String key;
    private final String nameZh;
    private final boolean expected;

    ScenarioColumn(String key, String nameZh, boolean expected) {
        this.key = key;
        this.nameZh = nameZh;
        this.expected = expected;
    }

    /** The English key, e.g. {@code countyCode}. */
    public String key() {
        return key;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Whether the column holds an expected outcome rather than a fact of the case. */
    public boolean expected() {
        return expected;
    }

    /**
     * The column a header cell names: any of its words (split at spaces) that is a key (any case) or
     * a Chinese name; other words are ignored. Empty when no word names a column, or two words name
     * different columns.
     */
    static Optional<ScenarioColumn> forHeader(String header) {
        var named = Arrays.stream(header.strip().split("[\\s\\u3000]+"))
                .flatMap(word -> Arrays.stream(values())
                        .filter(column -> column.key.equalsIgnoreCase(word) || column.nameZh.equals(word)))
                .distinct()
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** Every column as it would head a table, for messages. */
    static String allHeaders() {
        return Arrays.stream(values()).map(column -> column.nameZh + " " + column.key).collect(Collectors.joining(", "));
    }
}
