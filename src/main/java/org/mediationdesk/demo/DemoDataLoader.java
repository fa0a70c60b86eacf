package org.mediationdesk.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.mediationdesk.cases.PartyKind;
import org.mediationdesk.cases.PartyRole;
import org.mediationdesk.exchange.CourtAccounts;
import org.mediationdesk.intake.CaseRegistrationService;
import org.mediationdesk.intake.PartyRequest;
import org.mediationdesk.intake.RegisterCaseRequest;
import org.mediationdesk.reference.DisputeSource;
import org.mediationdesk.reference.RiskIndicator;
import org.mediationdesk.reference.Vulnerability;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.security.UserMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Demo accounts (password {@code demo}) and a few disputes registered through the real rules. */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final UserMapper users;
    private final PasswordEncoder passwordEncoder;
    private final CaseRegistrationService registration;
    private final TransactionTemplate transaction;
    private final CourtAccounts courtAccounts;
    private final Clock clock;

    DemoDataLoader(UserMapper users, PasswordEncoder passwordEncoder, CaseRegistrationService registration,
                   CourtAccounts courtAccounts, PlatformTransactionManager transactions, Clock clock) {
        this.users = users;
        this.courtAccounts = courtAccounts;
        this.passwordEncoder = passwordEncoder;
        this.registration = registration;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.findByUsername("admin").isPresent()) {
            return;
        }
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        transaction.executeWithoutResult(status -> {
            DemoAccounts.ALL.forEach(account -> create(account, hash));
            courtAccounts.bind("nanxun.court", new CourtAccounts.Binding("J0503", "湖州市南浔区人民法院"), "admin");
        });
        registerDisputes();
        log.info("Demo data loaded: {} accounts with password '{}'", DemoAccounts.ALL.size(), DEMO_PASSWORD);
    }

    private void create(DemoAccounts.Account account, String hash) {
        var user = new UserMapper.NewUser(account.username(), hash, account.displayName(), account.centreCode(),
                LocalDateTime.now(clock));
        users.insertUser(user);
        account.roles().forEach(role -> users.insertRole(user.getId(), role));
        if (account.agencyCode() != null) {
            users.updateAgency(user.getId(), account.agencyCode());
        }
        if (account.roles().contains(Role.MEDIATOR)) {
            users.insertMediator(user.getId(), account.caseCap());
            account.specialties().forEach(type -> users.insertSpecialty(user.getId(), type));
        }
    }

    private void registerDisputes() {
        LocalDate today = LocalDate.now(clock);
        AppUser clerk = asUser("clerk", "NX-COUNTY", Role.INTAKE);
        registration.register(new RegisterCaseRequest("FISHERY", DisputeSource.WALK_IN, "330503", "菱湖镇", "陈邑村",
                "两户养殖户因共用进排水渠道发生纠纷，一方排水导致另一方鱼塘水质恶化，鱼苗大量死亡。",
                today.minusDays(3), 2, new BigDecimal("86000"), List.of(
                        new PartyRequest(PartyRole.APPLICANT, PartyKind.PERSON, "沈建国", "330503197203150012", "13857201234",
                                List.of(Vulnerability.ELDERLY)),
                        new PartyRequest(PartyRole.RESPONDENT, PartyKind.PERSON, "钱小明", null, "13957205678", List.of())),
                List.of(), null, null, null), null, clerk);
        registration.register(new RegisterCaseRequest("LABOUR", DisputeSource.GRID_WORKER, "330503", "练市镇", null,
                "某纺织厂停产，十五名工人被拖欠三个月工资，工人扬言要堵厂门，要求厂方结清。",
                today.minusDays(1), 15, new BigDecimal("270000"), List.of(
                        new PartyRequest(PartyRole.APPLICANT, PartyKind.PERSON, "周丽华", null, "13706821122", List.of()),
                        new PartyRequest(PartyRole.RESPONDENT, PartyKind.ORGANISATION, "湖州练市某纺织有限公司",
                                "91330503MA2B3C4D5N", "0572-3012345", List.of())),
                List.of(RiskIndicator.THREATS), null, null, null), null, clerk);
        registration.register(new RegisterCaseRequest("NEIGHBOUR", DisputeSource.POLICE_REFERRAL, "330502", "飞英街道",
                "南街社区", "楼上住户装修漏水，楼下住户多次交涉未果，双方发生口角，派出所出警后移送调解。",
                today, 2, new BigDecimal("5000"), List.of(
                        new PartyRequest(PartyRole.APPLICANT, PartyKind.PERSON, "李秀英", null, "13511112222", List.of()),
                        new PartyRequest(PartyRole.RESPONDENT, PartyKind.PERSON, "张伟", null, null, List.of())),
                List.of(), null, null, null), null, asUser("feiying.mediator", "WX-FEIYING-POLICE", Role.MEDIATOR));
    }

    private AppUser asUser(String username, String centreCode, Role role) {
        return new AppUser(0, username, "", username, centreCode, true, EnumSet.of(role));
    }

    /** The demo accounts the README lists. */
    static final class DemoAccounts {

        record Account(String username, String displayName, String centreCode, Set<Role> roles, int caseCap,
                       List<String> specialties, String agencyCode) {

            Account(String username, String displayName, String centreCode, Set<Role> roles, int caseCap,
                    List<String> specialties) {
                this(username, displayName, centreCode, roles, caseCap, specialties, null);
            }
        }

        static final List<Account> ALL = List.of(
                new Account("admin", "系统管理员", null, Set.of(Role.ADMIN), 0, List.of()),
                new Account("clerk", "王芳（受理员）", "NX-COUNTY", Set.of(Role.INTAKE), 0, List.of()),
                new Account("huzhou.manager", "钱卫东（湖州市矛调中心副主任）", "HZ-CITY", Set.of(Role.MANAGER), 0, List.of()),
                new Account("nanxun.manager", "沈志强（南浔区矛调中心主任）", "NX-COUNTY", Set.of(Role.MANAGER), 0, List.of()),
                new Account("nanxun.mediator", "吴美娟（南浔区调解员）", "NX-COUNTY", Set.of(Role.MEDIATOR), 20,
                        List.of("LABOUR", "CONTRACT", "LAND_REQUISITION", "OTHER")),
                new Account("linghu.manager", "姚国平（菱湖渔业中心主任）", "NX-LINGHU-FISHERY", Set.of(Role.MANAGER), 0, List.of()),
                new Account("linghu.mediator", "徐海林（渔业调解员）", "NX-LINGHU-FISHERY", Set.of(Role.MEDIATOR), 15,
                        List.of("FISHERY", "CONTRACT", "BUSINESS_OPERATIONS")),
                new Account("linghu.mediator2", "朱红梅（调解员）", "NX-LINGHU-FISHERY", Set.of(Role.MEDIATOR), 15,
                        List.of("DAMAGES", "CONTRACT", "BUSINESS_OPERATIONS")),
                new Account("feiying.mediator", "陆建华（飞英派出所调解员）", "WX-FEIYING-POLICE", Set.of(Role.MEDIATOR), 20,
                        List.of("NEIGHBOUR", "DAMAGES", "ROAD_TRAFFIC", "MARRIAGE_FAMILY")),
                new Account("author", "孙晓（规则编写员）", null, Set.of(Role.RULE_AUTHOR), 0, List.of()),
                new Account("dpo", "郑敏（个人信息保护负责人）", null, Set.of(Role.DPO), 0, List.of()),
                new Account("nanxun.court", "南浔区人民法院（诉调对接系统）", "NX-COUNTY", Set.of(Role.COURT), 0, List.of(),
                        null),
                new Account("agri.officer", "沈国庆（南浔区农业农村局）", null, Set.of(Role.AGENCY), 0, List.of(),
                        "AGRICULTURE_RURAL"),
                new Account("grid.worker", "陈小燕（飞英街道南街社区网格员）", "WX-FEIYING", Set.of(Role.GRID_WORKER), 0,
                        List.of()),
                new Account("feiying.police", "马志军（飞英派出所民警）", "WX-FEIYING-POLICE", Set.of(Role.POLICE), 0,
                        List.of()),
                new Account("nanxun.police", "蒋伟（南浔区矛调中心公安联络员）", "NX-COUNTY", Set.of(Role.POLICE), 0,
                        List.of()));

        private DemoAccounts() {
        }
    }
}
