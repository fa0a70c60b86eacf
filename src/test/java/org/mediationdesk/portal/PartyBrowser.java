package org.mediationdesk.portal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.servlet.http.Cookie;
import org.mediationdesk.notifications.MessageStandIns;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A party's phone browser over MockMvc: keeps its cookies (the session), comes from an address of its own (so the
 * limits per address of one test touch no other), sends forms with the CSRF token, and reads the codes its phone
 * received from the SMS stand-in.
 */
final class PartyBrowser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CHALLENGE_TOKEN = Pattern.compile("name=\"challengeToken\" value=\"([0-9a-f]{32})\"");

    private final MockMvc mvc;
    private final String address;
    private final Map<String, Cookie> cookies = new HashMap<>();

    PartyBrowser(MockMvc mvc) {
        this(mvc, newAddress());
    }

    PartyBrowser(MockMvc mvc, String address) {
        this.mvc = mvc;
        this.address = address;
    }

    static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    static String newPhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    MockHttpServletResponse get(String path) {
        return perform(MockMvcRequestBuilders.request(HttpMethod.GET, path));
    }

    /** A form post with the session's CSRF token, as the page's form sends it. */
    MockHttpServletResponse post(String path, String... nameValues) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
        for (int i = 0; i < nameValues.length; i += 2) {
            request.param(nameValues[i], nameValues[i + 1]);
        }
        return perform(request);
    }

    MockHttpServletResponse postWithoutCsrf(String path, String... nameValues) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
        for (int i = 0; i < nameValues.length; i += 2) {
            request.param(nameValues[i], nameValues[i + 1]);
        }
        return perform(request);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) {
        request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            for (Cookie cookie : response.getCookies()) {
                if (cookie.getMaxAge() == 0) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie);
                }
            }
            return response;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Asks a code for {@code phone} from the phone step of {@code next} ("apply" or a case number). */
    MockHttpServletResponse askCode(String phone, String next) {
        return post("/public/codes", "phone", phone, "next", next);
    }

    /** Asks a code answering the picture challenge the last page showed, with the answer {@code answer}. */
    MockHttpServletResponse askCode(String phone, String next, String challengePage, String answer) {
        return post("/public/codes", "phone", phone, "next", next, "challengeToken", challengeToken(challengePage),
                "challengeAnswer", answer);
    }

    MockHttpServletResponse verify(String code, String next) {
        return post("/public/verify", "code", code, "next", next);
    }

    /** Asks a code for the phone and answers it: the phone is then verified for {@code next}. */
    MockHttpServletResponse verifyPhone(String phone, String next) {
        MockHttpServletResponse asked = askCode(phone, next);
        if (asked.getStatus() != 302) {
            throw new AssertionError("code refused: " + asked.getStatus() + " " + content(asked));
        }
        return verify(lastCodeTo(phone), next);
    }

    static String challengeToken(String page) {
        Matcher token = CHALLENGE_TOKEN.matcher(page);
        if (!token.find()) {
            throw new AssertionError("no challenge on the page");
        }
        return token.group(1);
    }

    static String content(MockHttpServletResponse response) {
        try {
            return response.getContentAsString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The code of the newest verification text to {@code phone} (waiting for it a few seconds at most). */
    static String lastCodeTo(String phone) {
        return codeTextTo(phone, 1);
    }

    /** The code of the {@code nth} verification text to {@code phone}, waiting for it a few seconds at most. */
    static String codeTextTo(String phone, int nth) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            List<LoggedRequest> texts = codeTextsTo(phone);
            if (texts.size() >= nth) {
                return param(texts.get(texts.size() - 1), "code");
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no code reached " + phone);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The verification texts the SMS stand-in received for {@code phone}, oldest first. */
    static List<LoggedRequest> codeTextsTo(String phone) {
        return textsTo(phone).stream().filter(text -> "SMS_VERIFICATION_CODE".equals(body(text).get("TemplateCode").asText()))
                .toList();
    }

    static List<LoggedRequest> textsTo(String phone) {
        List<LoggedRequest> texts = new java.util.ArrayList<>(MessageStandIns.SMS.findAll(postRequestedFor(urlEqualTo("/sms"))
                .withRequestBody(matchingJsonPath("$.PhoneNumbers", equalTo(phone)))));
        texts.sort(java.util.Comparator.comparing(LoggedRequest::getLoggedDate));
        return texts;
    }

    static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String param(LoggedRequest request, String name) {
        try {
            return JSON.readTree(body(request).get("TemplateParam").asText()).get(name).asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
