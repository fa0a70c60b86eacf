package org.mediationdesk.privacy;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mediationdesk.support.Disputes;

/** Parties no other test (nor an earlier run on the shared MariaDB database) has: fresh ID numbers and phones. */
final class TestParties {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private TestParties() {
    }

    /** A valid resident ID number of 南浔区, born on a random day of 1960-1999. */
    static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(40 * 365));
        String body = "330503" + born.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK_CHARACTERS.charAt(sum % 11);
    }

    static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** The fishery dispute in 菱湖镇 with this applicant. */
    static ObjectNode disputeOf(String name, String idNumber, String phone) {
        ObjectNode body = Disputes.fisheryDisputeInLinghu();
        Disputes.party(body, 0).put("name", name).put("idNumber", idNumber).put("phone", phone);
        return body;
    }
}
