package org.mediationdesk.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.CentreKind;
import org.mediationdesk.reference.DisputeSource;
import org.mediationdesk.reference.RiskIndicator;
import org.mediationdesk.routing.DisputeFact;
import org.mediationdesk.routing.MediatorFact;
import org.mediationdesk.routing.PartyFact;
import org.mediationdesk.routing.RiskFlag;
import org.mediationdesk.routing.RiskLevel;
import org.mediationdesk.routing.RoutingSettings;

/**
 * The benchmark's baseline: the choices of {@code rules/triage.drl}, {@code rules/routing.drl} (centre only) and
 * {@code rules/assignment.drl} written as plain Java, with the same inputs and the same outputs the rules give:
 * risk level and flags, the centre and the name of the routing rule that chose it, the mediator, and the
 * exclusion reasons in the rules' wording. Straightforward code, as one would write it without a rule engine:
 * linear scans over the centres and mediators handed in, no indexes built ahead.
 *
 * <p>It copies the rules; it does not replace them. {@link DecisionBenchmark} checks that both give the same
 * answers for every generated dispute before it measures anything.
 */
final class PlainJavaDecisions {

    // triage.drl's function threatening(): the same expression, compiled once here (String.matches there).
    private static final Pattern THREATENING = Pattern.compile("(?s).*(威胁|恐吓|报复|扬言|殴打|打人|动手打|斗殴|砍人|持刀|拿刀|动刀"
            + "|刀砍|杀人|要杀|杀了|弄死|纵火|放火|烧房|炸药|爆炸|同归于尽|持械|寻死).*");

    // routing.drl rule names, reported as the reason like the rules' fired-rule list.
    static final String CRITICAL_TO_COUNTY = "重大风险纠纷由县级矛调中心调处";
    static final String GROUP_TO_COUNTY = "群体性纠纷由县级矛调中心调处";
    static final String LARGE_AMOUNT_TO_COUNTY = "争议金额巨大的纠纷由县级矛调中心调处";
    static final String INDUSTRY_CENTRE = "行业纠纷发生在行业调解中心服务区域内的由该行业中心调处";
    static final String POLICE_STATION = "公安移送的纠纷由当地派出所调处分中心调处";
    static final String TOWNSHIP_SUB_CENTRE = "纠纷由发生地乡镇（街道）分中心调处";
    static final String COUNTY_FALLBACK = "发生地没有分中心的纠纷由县级矛调中心调处";

    // assignment.drl's selection rules ("mediator" activation group).
    static final String CHOSEN_BY_PARTIES = "当事人共同选定的调解员符合条件的由其调解";
    static final String STAND_IN = "休假调解员指定的代理人符合条件的优先接办";
    static final String FEWEST_OPEN_CASES = "由在办案件最少的调解员调解，相同时由最久未分派者调解";

    private final RoutingSettings settings;

    PlainJavaDecisions(RoutingSettings settings) {
        this.settings = settings;
    }

    /** triage.drl: every rule whose conditions hold raises its flag; the highest level wins. */
    Triage triage(DisputeFact dispute, Collection<PartyFact> parties) {
        EnumSet<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);
        RiskLevel level = RiskLevel.LOW;
        boolean group = dispute.getPeopleInvolved() >= settings.groupDisputePeople();
        Set<RiskIndicator> indicators = dispute.getRiskIndicators();
        boolean threatsOrViolence = indicators.contains(RiskIndicator.THREATS)
                || indicators.contains(RiskIndicator.VIOLENCE);
        if (group) {
            flags.add(RiskFlag.GROUP);
            level = max(level, RiskLevel.MEDIUM);
        }
        boolean threatening = THREATENING.matcher(dispute.getDescription()).matches();
        if (threatening) {
            flags.add(RiskFlag.CRIMINAL_RISK);
            level = max(level, RiskLevel.HIGH);
        }
        if (threatsOrViolence) {
            flags.add(RiskFlag.CRIMINAL_RISK);
            level = max(level, RiskLevel.HIGH);
        }
        if (indicators.contains(RiskIndicator.WEAPONS)) {
            flags.add(RiskFlag.CRIMINAL_RISK);
            level = max(level, RiskLevel.CRITICAL);
        }
        if (group && threatening) {
            flags.add(RiskFlag.CRIMINAL_RISK);
            level = max(level, RiskLevel.CRITICAL);
        }
        if (group && threatsOrViolence) {
            flags.add(RiskFlag.CRIMINAL_RISK);
            level = max(level, RiskLevel.CRITICAL);
        }
        if (dispute.getPreviousDisputesOfAParty() > 0) {
            flags.add(RiskFlag.REPEAT);
            level = max(level, RiskLevel.MEDIUM);
        }
        if (dispute.getPreviousDisputesBetweenTheParties() > 0) {
            flags.add(RiskFlag.CRIMINAL_RISK);
            level = max(level, RiskLevel.HIGH);
        }
        for (PartyFact party : parties) {
            Integer age = party.getAge();
            if (!party.getVulnerabilities().isEmpty() || (age != null && (age >= 60 || age < 18))) {
                flags.add(RiskFlag.VULNERABLE);
                level = max(level, RiskLevel.MEDIUM);
                break;
            }
        }
        return new Triage(level, flags);
    }

    /**
     * routing.drl's "centre" activation group: the first rule in salience order whose conditions hold and for
     * which a centre exists. {@code dispute} carries the triage's risk level; excluded centres are skipped.
     */
    Routing route(DisputeFact dispute, List<Centre> centres, Collection<String> excludedCentres) {
        String county = dispute.getCountyCode();
        String township = dispute.getTownshipCode();
        boolean toCounty = dispute.getRiskLevel() == RiskLevel.CRITICAL;
        String countyReason = CRITICAL_TO_COUNTY;
        if (!toCounty && dispute.getPeopleInvolved() >= settings.groupDisputePeople()) {
            toCounty = true;
            countyReason = GROUP_TO_COUNTY;
        }
        if (!toCounty && dispute.getAmountInDispute() != null
                && dispute.getAmountInDispute().compareTo(settings.largeAmountYuan()) >= 0) {
            toCounty = true;
            countyReason = LARGE_AMOUNT_TO_COUNTY;
        }
        Centre countyCentre = null;
        Centre industry = null;
        Centre police = null;
        Centre townshipCentre = null;
        boolean policeReferral = dispute.getSource() == DisputeSource.POLICE_REFERRAL;
        for (Centre centre : centres) {
            if (excludedCentres.contains(centre.code())) {
                continue;
            }
            CentreKind kind = centre.kind();
            if (kind == CentreKind.COUNTY) {
                if (countyCentre == null && centre.countyCode().equals(county)) {
                    countyCentre = centre;
                }
            } else if (kind == CentreKind.INDUSTRY) {
                if (industry == null && dispute.getTypeCode().equals(centre.industry())
                        && centre.servedTownships().contains(township)) {
                    industry = centre;
                }
            } else if (kind == CentreKind.POLICE_STATION) {
                if (police == null && policeReferral && centre.servedTownships().contains(township)) {
                    police = centre;
                }
            } else if (kind == CentreKind.TOWNSHIP) {
                if (townshipCentre == null && centre.regionCode().equals(township)) {
                    townshipCentre = centre;
                }
            }
        }
        if (toCounty && countyCentre != null) {
            return new Routing(countyCentre, countyReason);
        }
        if (industry != null) {
            return new Routing(industry, INDUSTRY_CENTRE);
        }
        if (police != null) {
            return new Routing(police, POLICE_STATION);
        }
        if (townshipCentre != null) {
            return new Routing(townshipCentre, TOWNSHIP_SUB_CENTRE);
        }
        if (countyCentre != null) {
            return new Routing(countyCentre, COUNTY_FALLBACK);
        }
        throw new IllegalStateException("no centre for " + dispute.summary());
    }

    /**
     * assignment.drl: each exclusion that applies is recorded with the rules' reason; among the rest, the one
     * the parties chose, else a stand-in, else the fewest open cases and, on a tie, the longest since the last
     * assignment. Null when nobody is eligible (the centre queue).
     */
    Assignment assign(String typeCode, List<MediatorFact> mediators) {
        List<String> exclusions = new ArrayList<>();
        MediatorFact chosen = null;
        MediatorFact standIn = null;
        MediatorFact fewest = null;
        for (MediatorFact m : mediators) {
            int before = exclusions.size();
            if (!m.getSpecialties().contains(typeCode)) {
                exclusions.add(m.getUsername() + "：无该类纠纷专长");
            }
            if (!m.isActive()) {
                exclusions.add(m.getUsername() + "：已停用");
            }
            if (m.isOnLeave()) {
                exclusions.add(m.getUsername() + "：休假中");
            }
            if (m.getOpenCases() >= m.getCaseCap()) {
                exclusions.add(m.getUsername() + "：在办案件已达上限 " + m.getCaseCap());
            }
            if (m.isConflictWithAParty()) {
                exclusions.add(m.getUsername() + "：与当事人有利害关系，应当回避");
            }
            if (exclusions.size() > before) {
                continue;
            }
            if (chosen == null && m.isChosenByParties()) {
                chosen = m;
            }
            if (standIn == null && m.isStandIn()) {
                standIn = m;
            }
            if (fewest == null || m.getOpenCases() < fewest.getOpenCases()
                    || (m.getOpenCases() == fewest.getOpenCases() && m.getLastAssignedAt() < fewest.getLastAssignedAt())) {
                fewest = m;
            }
        }
        if (chosen != null) {
            return new Assignment(chosen.getUsername(), CHOSEN_BY_PARTIES, exclusions);
        }
        if (standIn != null) {
            return new Assignment(standIn.getUsername(), STAND_IN, exclusions);
        }
        if (fewest != null) {
            return new Assignment(fewest.getUsername(), FEWEST_OPEN_CASES, exclusions);
        }
        return new Assignment(null, null, exclusions);
    }

    private static RiskLevel max(RiskLevel a, RiskLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    record Triage(RiskLevel riskLevel, Set<RiskFlag> flags) {
    }

    record Routing(Centre centre, String rule) {
    }

    /** {@code rule}: the selection rule the rules would fire; both null for the centre queue. */
    record Assignment(String mediator, String rule, List<String> exclusions) {
    }
}
