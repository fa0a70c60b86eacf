package org.mediationdesk.privacy;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.mediationdesk.MediationDeskApplication;
import org.mediationdesk.cases.AgreementParties;
import org.mediationdesk.cases.CaseQueries;
import org.mediationdesk.intake.CaseRegistrationService;
import org.mediationdesk.intake.RegisterCaseRequest;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.support.Disputes;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Registration and case-page reads with personal data encrypted at rest against the same application with
 * {@code mediationdesk.privacy.encryption=false} (values written plain; blind indexes and the keyed request
 * hash are computed either way), in one run: two application contexts on two databases of one MariaDB/MySQL
 * server, measured in alternating rounds, one request at a time so the figure is the cost of one operation.
 * A registration is {@code CaseRegistrationService.register} (case, parties, events, rules, process start);
 * a case-page read is what the case page reads: {@code CaseQueries.find} and {@code AgreementParties.shownTo}
 * as the case's own mediator (both open the parties' values).
 * Not a test. {@code mvn -q -Pbenchmarks test-compile exec:exec
 * -Dbenchmark.main=org.mediationdesk.privacy.PersonalDataEncryptionBenchmark
 * -Dbenchmark.args="jdbc:mysql://127.0.0.1:3306 300 5"} (server URL without a database, operations per round
 * and mode, rounds). It drops and creates the databases {@code bench_sealed} and {@code bench_plain}.
 */
public final class PersonalDataEncryptionBenchmark {

    private static final String KEY = "MjM0NTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5PUFE=";
    private static final String INDEX_KEY = "WltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHk=";

    private PersonalDataEncryptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        args = args.length == 1 ? args[0].trim().split("\\s+") : args;
        String server = args.length > 0 ? args[0] : "jdbc:mysql://127.0.0.1:3306";
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        recreate(server, "bench_sealed");
        recreate(server, "bench_plain");
        try (ConfigurableApplicationContext sealed = start(server + "/bench_sealed", true);
             ConfigurableApplicationContext plain = start(server + "/bench_plain", false)) {
            Side withEncryption = new Side(sealed);
            Side without = new Side(plain);
            System.out.printf("warm-up: %d registrations and reads on each%n", perRound);
            for (Side side : List.of(withEncryption, without)) {
                side.registrations(perRound);
                side.reads(perRound);
            }
            List<Double> registrationRatios = new ArrayList<>();
            List<Double> readRatios = new ArrayList<>();
            System.out.printf("%-8s %-10s %16s %16s%n", "round", "mode", "register µs/op", "case read µs/op");
            for (int round = 1; round <= rounds; round++) {
                boolean encryptedFirst = round % 2 == 1;
                Side first = encryptedFirst ? withEncryption : without;
                Side second = encryptedFirst ? without : withEncryption;
                double[] a = {first.registrations(perRound), second.registrations(perRound)};
                double[] b = {first.reads(perRound), second.reads(perRound)};
                double sealedRegister = encryptedFirst ? a[0] : a[1];
                double plainRegister = encryptedFirst ? a[1] : a[0];
                double sealedRead = encryptedFirst ? b[0] : b[1];
                double plainRead = encryptedFirst ? b[1] : b[0];
                System.out.printf("%-8d %-10s %16.0f %16.0f%n", round, "encrypted", sealedRegister, sealedRead);
                System.out.printf("%-8d %-10s %16.0f %16.0f%n", round, "plain", plainRegister, plainRead);
                registrationRatios.add(sealedRegister / plainRegister);
                readRatios.add(sealedRead / plainRead);
            }
            System.out.printf("median encrypted/plain: registration %.3f, case read %.3f%n",
                    median(registrationRatios), median(readRatios));
            PersonalDataCipher cipher = sealed.getBean(PersonalDataCipher.class);
            System.out.printf("one ID number sealed and opened again: %.1f µs; one blind index: %.1f µs%n",
                    perValue(() -> cipher.open(cipher.sealer().seal("330503197203150012"))),
                    perValue(() -> cipher.idNumberLookup("330503197203150012")));
        }
    }

    private static ConfigurableApplicationContext start(String url, boolean encryption) {
        return new SpringApplicationBuilder(MediationDeskApplication.class).profiles("mysql", "demo").run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=root",
                "--spring.datasource.password=", "--camunda.bpm.generate-unique-process-engine-name=true",
                "--mediationdesk.privacy.keys.1=" + KEY, "--mediationdesk.privacy.index-key=" + INDEX_KEY,
                "--mediationdesk.privacy.encryption=" + encryption,
                "--spring.main.banner-mode=off", "--logging.level.root=WARN");
    }

    private static void recreate(String server, String database) throws Exception {
        try (var connection = DriverManager.getConnection(server + "/", "root", "")) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS " + database);
            connection.createStatement().execute("CREATE DATABASE " + database
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static double perValue(Runnable operation) {
        for (int i = 0; i < 20_000; i++) {
            operation.run();
        }
        long began = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            operation.run();
        }
        return (System.nanoTime() - began) / 100_000 / 1e3;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** One application: registers the benchmark's dispute and reads back what it registered. */
    private static final class Side {

        private final CaseRegistrationService registration;
        private final CaseQueries queries;
        private final AgreementParties parties;
        private final AppUser clerk;
        private final AppUser mediator;
        private final RegisterCaseRequest request;
        private final List<String> caseNumbers = new ArrayList<>();

        Side(ConfigurableApplicationContext app) throws Exception {
            this.registration = app.getBean(CaseRegistrationService.class);
            this.queries = app.getBean(CaseQueries.class);
            this.parties = app.getBean(AgreementParties.class);
            UserDetailsService users = app.getBean(UserDetailsService.class);
            this.clerk = (AppUser) users.loadUserByUsername("clerk");
            this.mediator = (AppUser) users.loadUserByUsername("linghu.mediator");
            this.request = new ObjectMapper().findAndRegisterModules().readValue(
                    Disputes.fisheryDisputeInLinghu().toString(), RegisterCaseRequest.class);
        }

        /** @return microseconds per registration */
        double registrations(int count) {
            long began = System.nanoTime();
            for (int i = 0; i < count; i++) {
                caseNumbers.add(registration.register(request, null, clerk).caseNumber());
            }
            return (System.nanoTime() - began) / 1e3 / count;
        }

        /** @return microseconds per case-page read, over the cases registered last */
        double reads(int count) {
            List<String> recent = caseNumbers.subList(Math.max(0, caseNumbers.size() - count), caseNumbers.size());
            long began = System.nanoTime();
            for (String caseNumber : recent) {
                queries.find(caseNumber, mediator);
                parties.shownTo(caseNumber, mediator);
            }
            return (System.nanoTime() - began) / 1e3 / recent.size();
        }
    }

}
