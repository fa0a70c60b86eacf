package org.mediationdesk.cases.forms;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Ask agencies to join the mediation (联合调解). */
public record AgenciesForm(@NotEmpty @Size(max = 10, message = "{validation.list.size}") List<@NotBlank @Size(max = 32) String> agencies,
                           @Size(max = 500) String note) {
}
