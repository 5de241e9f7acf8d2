package cn.quanze.core.domain;

/**
 * A file attached to a record: stored once by its SHA-256 under {@code <dataDir>/attachments/<sha256>}, named here
 * with its original name and the record it belongs to ({@code ownerEntity} is the entity name, e.g. feedback).
 */
public record Attachment(String id, String sha256, String originalName, long size, String ownerEntity,
                         String ownerId) {
}
