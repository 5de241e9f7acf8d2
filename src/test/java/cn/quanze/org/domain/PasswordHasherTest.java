package cn.quanze.org.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Passwords as the sign-in keeps them: salted PBKDF2, verified in constant time, strengthened on the next login. */
class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String stored = hasher.hash("tianlin2026".toCharArray());
        assertThat(stored).startsWith("pbkdf2-sha256$1000$").doesNotContain("tianlin2026");
        assertThat(hasher.verify("tianlin2026".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("tianlin2027".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("".toCharArray(), stored)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        String a = hasher.hash("tianlin2026".toCharArray());
        String b = hasher.hash("tianlin2026".toCharArray());
        assertThat(a).isNotEqualTo(b);
        assertThat(hasher.verify("tianlin2026".toCharArray(), b)).isTrue();
    }

    @Test
    void aHashKeepsItsOwnIterationCountWhenTheDefaultIsRaised() {
        String old = hasher.hash("tianlin2026".toCharArray());
        PasswordHasher stronger = new PasswordHasher(2000);
        assertThat(stronger.verify("tianlin2026".toCharArray(), old)).isTrue();
        assertThat(stronger.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(old)).isFalse();
        assertThat(new PasswordHasher(999).needsRehash(old)).isFalse();
        assertThat(stronger.needsRehash(stronger.hash("tianlin2026".toCharArray()))).isFalse();
        assertThat(hasher.needsRehash("plain-text-password")).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "abc", "pbkdf2-sha256$1000$c2FsdA", "md5$1000$c2FsdA$aGFzaA",
        "pbkdf2-sha256$many$c2FsdA$aGFzaA", "pbkdf2-sha256$1000$***$aGFzaA", "pbkdf2-sha256$1000$c2FsdA$aGFzaA$x"})
    void aMalformedStoredHashNeverVerifies(String stored) {
        assertThat(hasher.verify("tianlin2026".toCharArray(), stored)).isFalse();
    }

    @Test
    void atLeastOneIteration() {
        assertThatThrownBy(() -> new PasswordHasher(0)).isInstanceOf(IllegalArgumentException.class);
        String one = new PasswordHasher(1).hash("tianlin2026".toCharArray());
        assertThat(new PasswordHasher(1).verify("tianlin2026".toCharArray(), one)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefg1", "1234567a", "田林街道2026年", "a1a1a1a1a1"})
    void passwordsOfEightWithDigitsAndOtherCharactersAreAcceptable(String password) {
        assertThat(PasswordHasher.acceptable(password.toCharArray())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdef1", "12345678", "abcdefgh", "田林街道办事处主任", ""})
    void shortPasswordsAndThoseOfOneKindAreNot(String password) {
        assertThat(PasswordHasher.acceptable(password.toCharArray())).isFalse();
    }
}
