package org.mediationdesk.rulesets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * A finished simulation's report as it is stored with its job: the API's JSON, gzip-compressed
 * (20,000 changed cases take a few megabytes as JSON, a tenth of that compressed).
 */
@Component
class StoredReports {

    private final ObjectMapper json;

    StoredReports(ObjectMapper json) {
        this.json = json;
    }

    byte[] store(SimulationReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            json.writeValue(gzip, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    SimulationReport read(byte[] stored) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return json.readValue(gzip, SimulationReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
