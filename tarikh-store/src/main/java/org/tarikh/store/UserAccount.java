package org.tarikh.store;

/**
 * A user of the web chronicle as the store keeps it.
 *
 * @param name login name
 * @param role {@code editor} (may review and upload) or {@code reader}
 * @param passwordHash the server's self-describing KDF string; never a password
 * @param createdAt when the account was made (ISO instant)
 */
public record UserAccount(String name, String role, String passwordHash, String createdAt) {
}
