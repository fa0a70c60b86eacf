package org.mediationdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** MediationDesk: carries every dispute from intake to closure at Zhejiang's mediation centres. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MediationDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(MediationDeskApplication.class, args);
    }
}
