package org.mediationdesk.routing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mediationdesk.reference.DisputeSource;
import org.mediationdesk.reference.ReferenceData;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real {@code rules/routing.drl} against the real reference data from the migrations: one test
 * per routing rule, each asserting the centre and the rule that chose it.
 */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ReferenceData.class, DisputeRules.class, DecisionEngine.class, RulesFromFiles.class})
@EnableConfigurationProperties({RoutingSettings.class, RuleLimits.class})
class RoutingRulesTest {

    private static final String NANXUN = "330503";
    private static final String WUXING = "330502";
    private static final String DEQING = "330521";
    private static final String LINGHU_TOWN = "330503105";
    private static final String HEFU_TOWN = "330503106";
    private static final String LIANSHI_TOWN = "330503103";
    private static final String FEIYING_STREET = "330502004";
    private static final String YUEHE_STREET = "330502001";
    private static final String FUXI_STREET = "330521003";

    @Autowired
    DisputeRules rules;

    @Test
    void fisheryDisputeInLinghuGoesToFisheryCentre() {
        var result = route(dispute("FISHERY", DisputeSource.WALK_IN, NANXUN, LINGHU_TOWN, 2, null));

        assertThat(result.result().centre().code()).isEqualTo("NX-LINGHU-FISHERY");
        assertThat(result.firedRules()).containsExactly("行业纠纷发生在行业调解中心服务区域内的由该行业中心调处");
    }

    @Test
    void fisheryDisputeInOtherNanxunFisheryWatersGoesToFisheryCentre() {
        var result = route(dispute("FISHERY", DisputeSource.GRID_WORKER, NANXUN, HEFU_TOWN, 3, null));

        assertThat(result.result().centre().code()).isEqualTo("NX-LINGHU-FISHERY");
    }

    @Test
    void fisheryDisputeOutsideFisheryWatersGoesToTownshipSubCentre() {
        var result = route(dispute("FISHERY", DisputeSource.WALK_IN, NANXUN, LIANSHI_TOWN, 2, null));

        assertThat(result.result().centre().code()).isEqualTo("NX-LIANSHI");
    }

    @Test
    void contractDisputeInLinghuGoesToLinghuTownSubCentreNotFisheryCentre() {
        var result = route(dispute("CONTRACT", DisputeSource.WALK_IN, NANXUN, LINGHU_TOWN, 2, null));

        assertThat(result.result().centre().code()).isEqualTo("NX-LINGHU");
    }

    @Test
    void policeReferralInFeiyingGoesToPoliceStationSubCentre() {
        var result = route(dispute("NEIGHBOUR", DisputeSource.POLICE_REFERRAL, WUXING, FEIYING_STREET, 2, null));

        assertThat(result.result().centre().code()).isEqualTo("WX-FEIYING-POLICE");
        assertThat(result.firedRules()).containsExactly("公安移送的纠纷由当地派出所调处分中心调处");
    }

    @Test
    void walkInDisputeInFeiyingGoesToFeiyingStreetSubCentre() {
        var result = route(dispute("NEIGHBOUR", DisputeSource.WALK_IN, WUXING, FEIYING_STREET, 2, null));

        assertThat(result.result().centre().code()).isEqualTo("WX-FEIYING");
    }

    @Test
    void policeReferralWhereNoPoliceSubCentreExistsGoesToStreetSubCentre() {
        var result = route(dispute("NEIGHBOUR", DisputeSource.POLICE_REFERRAL, WUXING, YUEHE_STREET, 2, null));

        assertThat(result.result().centre().code()).isEqualTo("WX-YUEHE");
    }

    @Test
    void tenOrMorePeopleGoToCountyCentre() {
        var result = route(dispute("LABOUR", DisputeSource.GRID_WORKER, NANXUN, LIANSHI_TOWN, 10, null));

        assertThat(result.result().centre().code()).isEqualTo("NX-COUNTY");
        assertThat(result.firedRules()).containsExactly("群体性纠纷由县级矛调中心调处");
    }

    @Test
    void ninePeopleStayAtTownshipSubCentre() {
        var result = route(dispute("LABOUR", DisputeSource.GRID_WORKER, NANXUN, LIANSHI_TOWN, 9, null));

        assertThat(result.result().centre().code()).isEqualTo("NX-LIANSHI");
    }

    @Test
    void groupFisheryDisputeGoesToCountyCentreRatherThanFisheryCentre() {
        var result = route(dispute("FISHERY", DisputeSource.WALK_IN, NANXUN, LINGHU_TOWN, 30, null));

        assertThat(result.result().centre().code()).isEqualTo("NX-COUNTY");
    }

    @Test
    void veryLargeAmountGoesToCountyCentre() {
        var result = route(dispute("CONTRACT", DisputeSource.WALK_IN, DEQING, FUXI_STREET, 2,
                new BigDecimal("1000000")));

        assertThat(result.result().centre().code()).isEqualTo("DQ-COUNTY");
        assertThat(result.firedRules()).containsExactly("争议金额巨大的纠纷由县级矛调中心调处");
    }

    @Test
    void amountBelowThresholdStaysAtStreetSubCentre() {
        var result = route(dispute("CONTRACT", DisputeSource.WALK_IN, DEQING, FUXI_STREET, 2,
                new BigDecimal("999999.99")));

        assertThat(result.result().centre().code()).isEqualTo("DQ-FUXI");
        assertThat(result.firedRules()).containsExactly("纠纷由发生地乡镇（街道）分中心调处");
    }

    @Test
    void everyDecisionNamesTheRuleSetVersion() {
        var result = route(dispute("OTHER", DisputeSource.HOTLINE, DEQING, FUXI_STREET, 1, null));

        assertThat(result.ruleSetVersion()).matches("files-[0-9a-f]{12}");
    }

    @Test
    void criticalDisputeGoesToCountyCentreEvenInFisheryWaters() {
        var result = route(dispute("FISHERY", DisputeSource.WALK_IN, NANXUN, LINGHU_TOWN, 2, null)
                .withRiskLevel(RiskLevel.CRITICAL));

        assertThat(result.result().centre().code()).isEqualTo("NX-COUNTY");
        assertThat(result.firedRules()).containsExactly("重大风险纠纷由县级矛调中心调处");
    }

    @Test
    void centreThatReturnedTheCaseIsNotChosenAgain() {
        var result = rules.route(dispute("FISHERY", DisputeSource.WALK_IN, NANXUN, LINGHU_TOWN, 2, null),
                List.of("NX-LINGHU-FISHERY"));

        assertThat(result.result().centre().code()).isEqualTo("NX-LINGHU");
    }

    @Test
    void fisheryDisputeNeedsFisheryAssociationAndAgricultureBureau() {
        var result = rules.agencies(dispute("FISHERY", DisputeSource.WALK_IN, NANXUN, LINGHU_TOWN, 2, null));

        assertThat(result.result().agencies()).containsExactly("FISHERY_ASSOCIATION", "AGRICULTURE_RURAL");
        assertThat(result.firedRules()).containsExactly("渔业纠纷须渔业协会和农业农村局联合调处");
    }

    @Test
    void labourDisputeNeedsLabourArbitration() {
        var result = rules.agencies(dispute("LABOUR", DisputeSource.WALK_IN, NANXUN, LIANSHI_TOWN, 2, null));

        assertThat(result.result().agencies()).containsExactly("LABOUR_ARBITRATION");
    }

    @Test
    void criticalDisputeNeedsThePolice() {
        var result = rules.agencies(dispute("NEIGHBOUR", DisputeSource.WALK_IN, WUXING, YUEHE_STREET, 2, null)
                .withRiskLevel(RiskLevel.CRITICAL));

        assertThat(result.result().agencies()).containsExactly("POLICE");
    }

    @Test
    void ordinaryNeighbourDisputeNeedsNoAgency() {
        var result = rules.agencies(dispute("NEIGHBOUR", DisputeSource.WALK_IN, WUXING, YUEHE_STREET, 2, null));

        assertThat(result.result().agencies()).isEmpty();
    }

    private Decision<RoutingDecision> route(DisputeFact dispute) {
        return rules.route(dispute, List.of());
    }

    private static DisputeFact dispute(String type, DisputeSource source, String county, String township,
                                       int people, BigDecimal amount) {
        return new DisputeFact(type, source, county, township, people, amount, "", Set.of(), null, 0, 0, RiskLevel.LOW);
    }
}
