package org.mediationdesk.partners;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.AttachmentUploads;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grid worker reports a dispute over the API: intake checks and routes it as any registration, the report keeps
 * its grid and place, and the grid worker follows its status without seeing the case itself.
 */
@ApplicationTest
class GridReportIT {

    private static final String GRID_WORKER = "grid.worker";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void gridWorkersReportIsRoutedAsAnyRegistrationWithTheReporterGridAndPlaceRecorded() {
        var response = ApiClient.as(rest, GRID_WORKER).postJson("/api/grid/reports", report("南街社区第3网格"));

        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = response.getBody().get("caseNumber").asText();
        Map<String, Object> stored = jdbc.queryForMap("SELECT c.registered_by, c.source, c.centre_code, g.grid,"
                + " g.location_text, g.latitude, g.longitude FROM dispute_case c JOIN grid_report g"
                + " ON g.case_number = c.case_number WHERE c.case_number = ?", caseNumber);
        assertThat(stored.get("registered_by")).isEqualTo(GRID_WORKER);
        assertThat(stored.get("source")).isEqualTo("GRID_WORKER");
        assertThat(stored.get("centre_code")).isEqualTo("WX-FEIYING");
        assertThat(stored.get("grid")).isEqualTo("南街社区第3网格");
        assertThat(stored.get("location_text")).isEqualTo("南街菜场东门");
        assertThat(stored.get("latitude").toString()).isEqualTo("30.871235");
        assertThat(stored.get("longitude").toString()).isEqualTo("120.092000");
        var photo = AttachmentUploads.as(rest, GRID_WORKER).upload(caseNumber, "现场.jpg", SampleFiles.jpeg(), "SITE_PHOTO");
        assertThat(photo.getStatusCode()).as("%s", photo.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void gridWorkerFollowsTheStatusOfTheirReportsButCannotOpenTheCase() {
        ApiClient gridWorker = ApiClient.as(rest, GRID_WORKER);
        String caseNumber = gridWorker.postJson("/api/grid/reports", report("南街社区第1网格")).getBody()
                .get("caseNumber").asText();

        JsonNode mine = gridWorker.get("/api/grid/reports").getBody();
        JsonNode line = null;
        for (JsonNode report : mine) {
            if (caseNumber.equals(report.get("caseNumber").asText())) {
                line = report;
            }
        }
        assertThat(line).isNotNull();
        assertThat(line.get("status").asText()).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(line.toString()).doesNotContain("周大伯", "13857201234", "parties");
        assertThat(gridWorker.get("/api/cases/" + caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(gridWorker.get("/api/cases?number=" + caseNumber).getBody().findValuesAsText("caseNumber"))
                .doesNotContain(caseNumber);
        assertThat(ApiClient.as(rest, "clerk").get("/api/grid/reports").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void reportMissingItsGridAndTownshipIsRefusedNamingBothAndNothingIsStored() {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case WHERE registered_by = ?", Integer.class,
                GRID_WORKER);

        var response = ApiClient.as(rest, GRID_WORKER).postJson("/api/grid/reports",
                report(" ").replace("\"township\": \"飞英街道\"", "\"township\": \"\""));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).contains("grid", "township");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case WHERE registered_by = ?", Integer.class,
                GRID_WORKER)).isEqualTo(before);
    }

    private static String report(String grid) {
        return """
                {"type": "NEIGHBOUR", "countyCode": "330502", "township": "飞英街道", "village": "南街社区",
                 "description": "楼道堆放杂物引发邻里争吵", "occurredOn": "%s", "peopleInvolved": 2,
                 "applicantName": "周大伯", "applicantPhone": "13857201234", "respondentName": "吴阿姨",
                 "grid": "%s", "locationText": "南街菜场东门", "latitude": 30.8712345, "longitude": 120.092}
                """.formatted(BusinessTime.today(), grid);
    }
}
