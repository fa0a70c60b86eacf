package org.mediationdesk.security;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface UserMapper {

    Optional<UserRow> findByUsername(String username);

    List<Role> findRoles(long userId);

    void insertUser(NewUser user);

    List<UserRow> findAll();

    /** Enabled users with {@code role} at {@code centreCode}, or anywhere when it is null. */
    int countEnabledWithRole(@Param("centreCode") String centreCode, @Param("role") Role role);

    List<UserRoleRow> findAllRoles();

    void updateProfile(@Param("id") long id, @Param("displayName") String displayName,
                       @Param("centreCode") String centreCode);

    /** The agency an AGENCY user answers for; null for none. */
    void updateAgency(@Param("id") long id, @Param("agencyCode") String agencyCode);

    void updateEnabled(@Param("id") long id, @Param("enabled") boolean enabled);

    /** {@code changeRequired}: the user must change it at their next sign-in (an administrator set it). */
    void updatePassword(@Param("id") long id, @Param("passwordHash") String passwordHash,
                        @Param("changeRequired") boolean changeRequired);

    void deleteRoles(long userId);

    boolean isMediator(long userId);

    void updateMediatorActive(@Param("userId") long userId, @Param("active") boolean active);

    void insertRole(@Param("userId") long userId, @Param("role") Role role);

    void insertMediator(@Param("userId") long userId, @Param("caseCap") int caseCap);

    void insertSpecialty(@Param("userId") long userId, @Param("disputeTypeCode") String disputeTypeCode);

    record UserRow(long id, String username, String passwordHash, String displayName, String centreCode,
                   boolean enabled, boolean passwordChangeRequired, String agencyCode) {
    }

    record UserRoleRow(long userId, Role roleCode) {
    }

    /** Insert parameter; MyBatis writes the generated id back. */
    final class NewUser {
        private Long id;
        private final String username;
        private final String passwordHash;
        private final String displayName;
        private final String centreCode;
        private final LocalDateTime createdAt;

        public NewUser(String username, String passwordHash, String displayName, String centreCode,
                       LocalDateTime createdAt) {
            this.username = username;
            this.passwordHash = passwordHash;
            this.displayName = displayName;
            this.centreCode = centreCode;
            this.createdAt = createdAt;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getUsername() {
            return username;
        }

        public String getPasswordHash() {
            return passwordHash;
        }

        public String getDisplayName() {
            return displayName;
        }

        public String getCentreCode() {
            return centreCode;
        }

        public LocalDateTime getCreatedAt() {
            return createdAt;
        }
    }
}
