package org.mediationdesk.users;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mediationdesk.security.Role;

/**
 * A user as an administrator enters it. The password is needed only when creating; roles that work
 * at a centre (intake, mediator, manager) need the centre.
 */
public class UserForm {

    @NotBlank(message = "{user.username.required}")
    @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "{user.username.pattern}")
    private String username;

    @NotBlank(message = "{user.displayName.required}")
    @Size(max = 64, message = "{user.displayName.size}")
    private String displayName;

    @Size(max = 72, message = "{user.password.size}")
    private String password;

    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private String centreCode;

    private String agencyCode;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getCentreCode() {
        return centreCode;
    }

    public void setCentreCode(String centreCode) {
        this.centreCode = centreCode == null || centreCode.isBlank() ? null : centreCode;
    }

    /** The agency an AGENCY user answers for (the fishery association, the agriculture bureau…). */
    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode == null || agencyCode.isBlank() ? null : agencyCode;
    }
}
