package org.mediationdesk.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Text messages through a cloud SMS service's HTTP API, in the shape the Chinese providers share: a signed POST
 * ({@link SmsRequestSigner}) of a JSON body with the phone, the sign name (签名), the template code configured for
 * the message's kind and the template's parameters as a JSON string; the answer {@code {"Code":"OK"}} means accepted.
 * A provider whose field names differ is a copy of this class with its own names (docs/integrations.md).
 */
final class CloudSmsChannel implements MessageChannel {

    private final MessageSettings.Sms settings;
    private final HttpClient http;
    private final ObjectMapper json;
    private final SmsRequestSigner signer;

    CloudSmsChannel(MessageSettings.Sms settings, HttpClient http, ObjectMapper json) {
        this.settings = settings;
        this.http = http;
        this.json = json;
        this.signer = new SmsRequestSigner(settings.accessKeyId(), settings.accessKeySecret());
    }

    @Override
    public String name() {
        return MessageChannels.SMS;
    }

    @Override
    public AddressKind addressKind() {
        return AddressKind.PHONE;
    }

    @Override
    public void send(String phone, OutgoingMessage message) throws MessageNotDelivered {
        String template = settings.templates().get(message.kind());
        if (template == null) {
            throw new MessageNotDelivered("未配置短信模板：mediationdesk.messages.sms.templates." + message.kind());
        }
        byte[] body = body(phone, template, message.params());
        URI uri = settings.endpoint();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("host", uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
        headers.put("x-sms-date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        headers.put("x-sms-nonce", UUID.randomUUID().toString());
        headers.put("x-sms-content-sha256", SmsRequestSigner.sha256Hex(body));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", signer.authorization("POST", uri, headers, body));
        headers.forEach((name, value) -> {
            if (!name.equals("host")) {
                request.header(name, value);
            }
        });
        answer(send(request.build()));
    }

    private byte[] body(String phone, String template, Map<String, String> params) {
        try {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("PhoneNumbers", phone);
            fields.put("SignName", settings.signName());
            fields.put("TemplateCode", template);
            fields.put("TemplateParam", json.writeValueAsString(params));
            return json.writeValueAsBytes(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Strings always make JSON", e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws MessageNotDelivered {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MessageNotDelivered("短信服务无法连接：" + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessageNotDelivered("短信发送被中断", e);
        }
    }

    private void answer(HttpResponse<String> response) throws MessageNotDelivered {
        String code = null;
        String text = response.body();
        try {
            JsonNode answer = json.readTree(text);
            code = answer.path("Code").asText(null);
            text = answer.path("Message").asText(text);
        } catch (JsonProcessingException notJson) {
            // the answer's text is reported below as it came
        }
        if (response.statusCode() != 200 || !"OK".equals(code)) {
            throw new MessageNotDelivered("短信服务拒绝（HTTP " + response.statusCode() + "，" + code + "）：" + text);
        }
    }
}
